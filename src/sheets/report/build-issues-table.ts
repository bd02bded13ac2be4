import type { DataIssue } from "../../core/types";
import type { ReportTable } from "./report-layout";

/** The "Data issues" table that ends every report: where each problem is and what it is. */
export function buildIssuesTable(issues: readonly DataIssue[]): ReportTable {
  return {
    title: "Data issues",
    columns: [
      { header: "Tab", format: "text" },
      { header: "Row", format: "integer" },
      { header: "Column", format: "text" },
      { header: "Message", format: "text" },
    ],
    rows: issues.map((issue) => [issue.tab, issue.row, issue.column, issue.message]),
    emptyText: "No data issues.",
  };
}
