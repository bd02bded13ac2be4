import type { TabSummary } from "../../../sheets/api/list-tabs";
import type { CommandSpec } from "../command-spec";
import { formatJson } from "../format-json";
import { callApi, openSession } from "../open-session";
import { renderTabs } from "../render-tabs";

/** `tabs --workbook FILE [--json]`: every tab with its header row and row count. */
export const tabsCommand: CommandSpec = {
  name: "tabs",
  summary: "List the workbook's tabs with their header row and row counts",
  options: [
    { name: "workbook", kind: "file", description: "the .xlsx workbook to read", required: true },
    { name: "json", kind: "flag", description: "print JSON instead of a table" },
  ],
  async run(args, output) {
    const session = await openSession(String(args.options.workbook));
    const tabs = callApi<TabSummary[]>(session.runtime, "apiListTabs");
    output.out(args.options.json ? formatJson({ tabs }) : renderTabs(tabs));
  },
};
