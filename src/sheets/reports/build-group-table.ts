import type { ReportColumn, ReportTable } from "../report/report-layout";
import type { ForecastGroupView } from "./report-views";

type FigureKey = "leads" | "won" | "openPipeline" | "weightedPipeline" | "expected";

const FIGURE_COLUMNS: readonly (ReportColumn & { readonly key: FigureKey })[] = [
  { key: "leads", header: "Leads", format: "integer" },
  { key: "won", header: "Won", format: "money" },
  { key: "openPipeline", header: "Open pipeline", format: "money" },
  { key: "weightedPipeline", header: "Weighted pipeline", format: "money" },
  { key: "expected", header: "Expected", format: "money" },
];

/**
 * A forecast breakdown (by owner, stage or month) as a table. Only the figures the breakdown
 * carries get a column, so a breakdown without `won` shows no column of "n/a".
 */
export function buildGroupTable(
  title: string,
  group: { readonly key: "owner" | "stage" | "month"; readonly header: string },
  rows: readonly ForecastGroupView[],
  chartTitle?: string,
): ReportTable {
  const figures = FIGURE_COLUMNS.filter((column) => rows.some((row) => row[column.key] !== undefined));
  const expectedColumn = figures.findIndex((column) => column.key === "expected");
  return {
    title,
    columns: [
      { header: group.header, format: "text" },
      ...figures.map(({ header, format }) => ({ header, format })),
    ],
    rows: rows.map((row) => [row[group.key] ?? "", ...figures.map((column) => row[column.key] ?? null)]),
    emptyText: "No leads in the period.",
    chart:
      chartTitle === undefined || expectedColumn < 0
        ? undefined
        : { type: "column", title: chartTitle, labelColumn: 0, valueColumn: expectedColumn + 1 },
  };
}
