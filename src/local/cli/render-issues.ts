import type { DataIssue } from "../../core/types";

const SHOWN = 10;

/** The data issues as lines a person reads: the first few in full, then how many more. */
export function renderIssues(issues: readonly DataIssue[]): string[] {
  if (issues.length === 0) return ["", "No data issues."];
  const lines = ["", `${issues.length} data issue${issues.length === 1 ? "" : "s"}:`];
  for (const issue of issues.slice(0, SHOWN)) {
    lines.push(`  ${issue.tab}!${issue.column} row ${issue.row}: ${issue.message}`);
  }
  if (issues.length > SHOWN) lines.push(`  … and ${issues.length - SHOWN} more (--json lists them all)`);
  return lines;
}
