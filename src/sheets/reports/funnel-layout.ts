import type { ReportLayout, ReportTable } from "../report/report-layout";
import type { FunnelView } from "./report-views";

/** The filters a funnel was built with, as the request gave them. */
export interface FunnelFilters {
  readonly createdFrom?: string;
  readonly createdTo?: string;
  readonly owner?: string;
}

function describeCreated(filters: FunnelFilters): string {
  if (filters.createdFrom === undefined && filters.createdTo === undefined) return "any date";
  return `${filters.createdFrom ?? "…"} to ${filters.createdTo ?? "…"}`;
}

function buildStagesTable(report: FunnelView): ReportTable {
  return {
    title: "Stages",
    columns: [
      { header: "Stage", format: "text" },
      { header: "Reached", format: "integer" },
      { header: "Reached value", format: "money" },
      { header: "Advanced", format: "integer" },
      { header: "Lost", format: "integer" },
      { header: "Open", format: "integer" },
      { header: "Step conversion", format: "fraction" },
      { header: "Cumulative conversion", format: "fraction" },
      { header: "Win rate", format: "fraction" },
      { header: "Median days in stage", format: "days" },
    ],
    rows: report.stages.map((stage) => [
      stage.stage,
      stage.reached,
      stage.reachedValue,
      stage.advanced,
      stage.lost,
      stage.open,
      stage.stepConversion,
      stage.cumulativeConversion,
      stage.winRate,
      stage.medianDaysInStage,
    ]),
    emptyText: "No open stages in the Stages tab.",
    chart: { type: "bar", title: "Leads that reached each stage", labelColumn: 0, valueColumn: 1 },
  };
}

/** The Funnel tab: one row per open stage (the bar chart beside it), then the lead totals. */
export function buildFunnelLayout(report: FunnelView, filters: FunnelFilters): ReportLayout {
  const { leads, open, won, lost } = report.totals;
  const totals: ReportTable = {
    title: "Totals",
    columns: [
      { header: "Leads", format: "integer" },
      { header: "Open", format: "integer" },
      { header: "Won", format: "integer" },
      { header: "Lost", format: "integer" },
      { header: "Win rate", format: "fraction" },
    ],
    rows: [[leads, open, won, lost, won + lost === 0 ? null : won / (won + lost)]],
  };
  return {
    kind: "funnel",
    tabName: "Funnel",
    title: "Funnel report",
    asOf: report.asOf ?? "",
    parameters: [
      { label: "Created", value: describeCreated(filters) },
      { label: "Owner", value: filters.owner ?? "all owners" },
    ],
    notes: report.notes,
    tables: [buildStagesTable(report), totals],
    issues: report.issues,
  };
}
