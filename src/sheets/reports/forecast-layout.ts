import type { ReportCell, ReportLayout, ReportTable } from "../report/report-layout";
import { buildGroupTable } from "./build-group-table";
import type { ForecastView } from "./report-views";

function buildSummaryTable(report: ForecastView): ReportTable {
  const money = (value: number | null): ReportCell => ({ value, format: "money" });
  const target = report.target === null ? "not set" : money(report.target);
  const whenTargetSet = (cell: ReportCell): ReportCell => (report.target === null ? "no target" : cell);
  return {
    title: "Summary",
    columns: [
      { header: "Figure", format: "text" },
      { header: "Value", format: "money" },
    ],
    rows: [
      ["Won", money(report.won)],
      ["Open pipeline", money(report.openPipeline)],
      ["Weighted pipeline", money(report.weightedPipeline)],
      ["Expected", money(report.expected)],
      ["Target", target],
      ["Gap", whenTargetSet(money(report.gap))],
      ["Win rate", { value: report.winRate, format: "fraction" }],
      ["Pipeline needed", whenTargetSet(money(report.pipelineNeeded))],
      ["Coverage", whenTargetSet({ value: report.coverage, format: "ratio" })],
      ["Required coverage", { value: report.requiredCoverage, format: "ratio" }],
      ["P10", money(report.p10)],
      ["P50", money(report.p50)],
      ["P90", money(report.p90)],
      ["Probability of target", whenTargetSet({ value: report.probabilityOfTarget, format: "fraction" })],
      ...overdueRows(report),
    ],
  };
}

// Counted in the period (SPEC §3) though their Expected Close is already past: a figure to chase.
function overdueRows(report: ForecastView): ReportCell[][] {
  const overdue = report.overdue;
  if (overdue === undefined) return [];
  return [
    ["Overdue open leads", { value: overdue.count, format: "integer" }],
    ["Overdue open value", { value: overdue.value, format: "money" }],
  ];
}

function buildDistributionTable(report: ForecastView): ReportTable {
  return {
    title: "Outcome distribution",
    columns: [
      { header: "Percentile", format: "text" },
      { header: "Revenue", format: "money" },
      { header: "Chance of at least this", format: "fraction" },
    ],
    rows: report.percentiles.map((point) => [
      `P${Math.round(point.percentile * 100)}`,
      point.revenue,
      point.chanceOfAtLeast,
    ]),
    chart: { type: "column", title: "Revenue at each percentile", labelColumn: 0, valueColumn: 1 },
  };
}

/** The Forecast tab: the summary figures, the outcome distribution, then owner, stage and month breakdowns. */
export function buildForecastLayout(
  report: ForecastView,
  request: { readonly owner?: string },
): ReportLayout {
  const parameters: ReportLayout["parameters"] = [
    { label: "Period", value: `${report.period.start} to ${report.period.end}` },
    {
      label: "Target",
      value: report.target === null ? "not set" : { value: report.target, format: "money" },
    },
    { label: "Owner", value: request.owner ?? "all owners" },
  ];
  const undated = report.undated;
  const undatedParameters: ReportLayout["parameters"] =
    undated === undefined
      ? []
      : [
          { label: "Undated open leads", value: { value: undated.leads, format: "integer" } },
          { label: "Undated open value", value: { value: undated.value, format: "money" } },
        ];
  return {
    kind: "forecast",
    tabName: "Forecast",
    title: "Forecast report",
    asOf: report.asOf,
    parameters: [...parameters, ...undatedParameters],
    notes: report.notes,
    tables: [
      buildSummaryTable(report),
      buildDistributionTable(report),
      buildGroupTable("By owner", { key: "owner", header: "Owner" }, report.byOwner),
      buildGroupTable("By stage", { key: "stage", header: "Stage" }, report.byStage),
      buildGroupTable(
        "By month",
        { key: "month", header: "Month" },
        report.byMonth,
        "Expected revenue by month",
      ),
    ],
    issues: report.issues,
  };
}
