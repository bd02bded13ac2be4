import type { DemoCell, DemoTab, DemoWorkbook } from "../../../src/local/demo";

/** The tab of that name, or a failed test. */
export function findTab(workbook: DemoWorkbook, name: string): DemoTab {
  const tab = workbook.tabs.find((candidate) => candidate.name === name);
  if (!tab) throw new Error(`no tab ${name}`);
  return tab;
}

/** Reads rows as records keyed by header, the way the readers find columns. */
export function readRecords(tab: DemoTab): Record<string, DemoCell>[] {
  return tab.rows.map((row) => Object.fromEntries(tab.header.map((name, index) => [name, row[index] ?? ""])));
}

/** Whole days from `from` to `to`, both local-midnight Dates. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
