import type { DataIssue } from "../src/core/types";
import { createElement } from "./dom";
import { formatCount } from "./format";

// Enough to see what kind of problem it is; the report tab's "Data issues" table has them all.
const SHOWN_ISSUES = 8;

/** "Leads row 7, Value: not an amount" — where to look, then what is wrong. */
export function describeIssue(issue: DataIssue): string {
  const column = issue.column === "" ? "" : `, ${issue.column}`;
  return `${issue.tab} row ${issue.row}${column}: ${issue.message}`;
}

/** The data issues (count and the first few) and the notes of a run, or nothing when there are none. */
export function renderIssuesAndNotes(issues: readonly DataIssue[], notes: readonly string[]): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const heading = issues.length === 0 ? "No data issues" : formatCount(issues.length, "data issue");
  parts.push(createElement("h3", heading, issues.length === 0 ? "quiet" : "warning"));
  if (issues.length > 0) {
    const list = createElement("ul", undefined, "issues");
    for (const issue of issues.slice(0, SHOWN_ISSUES)) list.append(createElement("li", describeIssue(issue)));
    if (issues.length > SHOWN_ISSUES)
      list.append(createElement("li", `…and ${issues.length - SHOWN_ISSUES} more`, "quiet"));
    parts.push(list);
  }
  if (notes.length > 0) {
    parts.push(createElement("h3", "Notes"));
    const list = createElement("ul", undefined, "notes");
    for (const note of notes) list.append(createElement("li", note));
    parts.push(list);
  }
  return parts;
}
