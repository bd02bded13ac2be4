import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

type Listed = { id: string; stale: boolean; daysSinceActivity: number | null };
type HotResponse = { ok: boolean; result: { report: { leads: Listed[] } } };
type ScoreResponse = { ok: boolean; result: { leads: Listed[] } };

// Two open Negotiation leads (70 % ≥ the default 60 %), never worked. With the default staleDays
// of 30, worked by hand: NEW, created 2026-05-10, is 5 days quiet at 2026-05-15 → not stale; OLD,
// created 2026-03-16, is 60 days quiet (15 to the end of March, 30 in April, 15 in May) → stale.
function workbook() {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Negotiation", 0.7, "Open"],
    ["Closed Won", 1, "Won"],
  ]);
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Stage", "Value", "Created"],
    ["NEW", "Negotiation", 2000, new Date(Date.UTC(2026, 4, 10))],
    ["OLD", "Negotiation", 1000, new Date(Date.UTC(2026, 2, 16))],
  ]);
  addTab(spreadsheet, "Activities", [["Lead ID", "Type", "Date"]]);
  return spreadsheet;
}

describe("Hot Leads stale flag", () => {
  it("agrees with the score: a never-worked lead is quiet since Created", () => {
    const { runtime } = loadAddon(workbook());
    const request = { asOf: "2026-05-15" };
    const hot = runtime.call("apiRunReport", { ...request, kind: "hot" }) as HotResponse;
    const scored = runtime.call("apiScoreLeads", request) as ScoreResponse;
    const flags = (leads: readonly Listed[]) => leads.map((lead) => [lead.id, lead.stale]);
    expect(flags(hot.result.report.leads)).toEqual([
      ["NEW", false],
      ["OLD", true],
    ]);
    expect(flags(scored.result.leads)).toEqual([
      ["NEW", false],
      ["OLD", true],
    ]);
  });
});
