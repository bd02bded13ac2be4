import type { LocalRuntime } from "../../src/local/runtime";
import { createSpreadsheet } from "../../src/local/spreadsheet";
import { addTab, loadAddon } from "./load-addon";

/** A stages range as Sheets passes it (header included), in the three percentage spellings. */
export const STAGES_TABLE = [
  ["Stage", "Confidence", "Type"],
  ["Lead", 0.1, "Open"],
  ["Proposal", "50%", "Open"],
  ["Negotiation", 70, "Open"],
  ["Closed Won", 1, "Won"],
];

/** dist/Code.js in the local runtime over a spreadsheet whose Stages tab holds STAGES_TABLE. */
export function runtimeWithStagesTab(): LocalRuntime {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", STAGES_TABLE);
  return loadAddon(spreadsheet).runtime;
}
