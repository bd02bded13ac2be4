import type { TabSummary } from "../../sheets/api/list-tabs";

/**
 * The `tabs` table: one line per tab, name, row count and header row, columns sized to their
 * longest entry so a long name or a big count never runs into its neighbour. A tab with no header
 * row (nothing in it) says so instead of leaving the column blank.
 * @example renderTabs([{ name: "Leads", header: ["Lead ID"], rows: 1 }]) // => "Tab     Rows  Header\nLeads  1 row  Lead ID"
 */
export function renderTabs(tabs: readonly TabSummary[]): string {
  const counts = tabs.map((tab) => `${tab.rows} row${tab.rows === 1 ? "" : "s"}`);
  const nameWidth = Math.max("Tab".length, ...tabs.map((tab) => tab.name.length));
  const countWidth = Math.max("Rows".length, ...counts.map((count) => count.length));
  const line = (name: string, count: string, header: string) =>
    `${name.padEnd(nameWidth)}  ${count.padStart(countWidth)}  ${header}`.trimEnd();
  return [
    line("Tab", "Rows", "Header"),
    ...tabs.map((tab, index) =>
      line(tab.name, counts[index] as string, tab.header.length > 0 ? tab.header.join(" | ") : "(empty)"),
    ),
  ].join("\n");
}
