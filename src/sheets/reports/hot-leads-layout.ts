import type { ReportLayout } from "../report/report-layout";
import type { HotLeadsView } from "./report-views";

/** The Hot Leads tab: open leads at or above the threshold, by weighted value (as the report sorts them). */
export function buildHotLeadsLayout(
  report: HotLeadsView,
  request: { readonly staleDays: number; readonly owner?: string },
): ReportLayout {
  return {
    kind: "hot",
    tabName: "Hot Leads",
    title: "Hot leads",
    asOf: report.asOf,
    parameters: [
      { label: "Threshold", value: { value: report.threshold, format: "percent" } },
      { label: "Owner", value: request.owner ?? "all owners" },
      { label: "Stale after (days)", value: { value: request.staleDays, format: "integer" } },
      { label: "Hot leads", value: { value: report.leads.length, format: "integer" } },
    ],
    notes: report.notes,
    tables: [
      {
        title: "Leads",
        columns: [
          { header: "Lead", format: "text" },
          { header: "Owner", format: "text" },
          { header: "Stage", format: "text" },
          { header: "Value", format: "money" },
          { header: "Confidence", format: "percent" },
          { header: "Weighted value", format: "money" },
          { header: "Last activity", format: "date" },
          { header: "Days since", format: "integer" },
          { header: "Stale", format: "text" },
          { header: "Explanation", format: "text" },
        ],
        rows: report.leads.map((lead) => [
          lead.name === undefined || lead.name === "" ? lead.id : `${lead.id} ${lead.name}`,
          lead.owner,
          lead.stage,
          lead.value,
          lead.confidence,
          lead.weighted,
          lead.lastActivity ?? "none",
          lead.daysSinceActivity,
          lead.stale ? "stale" : "",
          lead.explanation,
        ]),
        emptyText: "No open lead reaches the threshold.",
      },
    ],
    issues: report.issues,
  };
}
