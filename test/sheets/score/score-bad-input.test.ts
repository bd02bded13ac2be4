import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

// Every kind of bad input of issue 3 in one workbook, scored as of 2026-06-30 through dist/Code.js.
// Text cells that Sheets would convert (dates) are written with a leading apostrophe, as a user
// pasting text would have them.
function badWorkbook() {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Lead", "10%", "Open"],
    ["Proposal", "50%", "Open"],
    ["Negotiation", "40%", "Open"], // goes down after Proposal 50 %
    ["Closed Won", "", "Won"],
  ]);
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Stage", "Value", "Confidence Override", "Created"],
    ["L1", "Proposal", "lots", "", ""], // row 2: text in Value
    ["L2", "Proposal", 1000, 60, ""], // 60 → 60 %
    ["L3", "Proposal", 1000, 0.6, ""], // 0.6 → 60 %
    ["L4", "Proposal", 1000, "60%", ""], // 60 % → 60 %
    ["L5", "Proposal", 1000, "150%", ""], // row 6: over 100 %, typed: Sheets stores 1.5 formatted as %
    ["", "", "", "", ""], // row 7: blank row in the middle
    ["L6", "Someday", 1000, "", ""], // row 8: unknown stage
    ["L1", "Lead", 500, "", ""], // row 9: duplicate Lead ID
    ["L7", "Proposal", "#N/A", "", ""], // row 10: #N/A
    ["L8", "Proposal", 2000, "", "'03/15/2026"], // row 11: date as text (en_US: m/d/y)
    ["L9", "Proposal", 2000, "'150%", ""], // row 12: over 100 %, as text
  ]);
  addTab(spreadsheet, "Activities", [
    ["Lead ID", "Type", "Date", "Completed"],
    ["L99", "Call", new Date(2026, 5, 1), true], // row 2: unknown lead
    ["L1", "Meeting", new Date(2026, 6, 15), ""], // future: not counted, not an issue
    ["L1", "Call", "'2026-06-20", true], // date as ISO text: counted
  ]);
  return spreadsheet;
}

type Issue = { tab: string; row: number; column: string; message: string };
type Lead = { id: string; confidence: number | null; source: string };

function scoreBadWorkbook(): { leads: Lead[]; issues: Issue[] } {
  const { runtime } = loadAddon(badWorkbook());
  const response = runtime.call("apiScoreLeads", { asOf: "2026-06-30" }) as {
    ok: boolean;
    result: { leads: Lead[]; issues: Issue[] };
  };
  expect(response.ok).toBe(true);
  return response.result;
}

describe("bad input", () => {
  it("scores every good row and leaves the unknown stage unscored", () => {
    const { leads } = scoreBadWorkbook();
    // Proposal's cap is Negotiation's 40 %, below its own 50 %: the cap becomes 50 %, so L1's
    // 50 % + 3 pts (the ISO-text call) is capped at 50 %. L2–L4: the override 60 % in each form.
    // L5: the 150 % override is rejected, the model gives Proposal 50 %.
    expect(leads.map((lead) => [lead.id, lead.confidence])).toEqual([
      ["L1", 0.5],
      ["L2", 0.6],
      ["L3", 0.6],
      ["L4", 0.6],
      ["L5", 0.5],
      ["L6", null],
      ["L7", 0.5],
      ["L8", 0.5],
      ["L9", 0.5],
    ]);
    expect(leads.find((lead) => lead.id === "L6")?.source).toBe("unscored");
  });

  it("reports each problem with its tab, sheet row and column", () => {
    const { issues } = scoreBadWorkbook();
    const where = issues.map((issue) => `${issue.tab}!${issue.row}:${issue.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "Leads!2:Value",
        "Leads!6:Confidence Override",
        "Leads!12:Confidence Override",
        "Leads!8:Stage",
        "Leads!9:Lead ID",
        "Leads!10:Value",
        "Activities!2:Lead ID",
      ]),
    );
    expect(issues.some((issue) => issue.tab === "Stages" && issue.message.includes("Negotiation"))).toBe(
      true,
    );
    // Neither the blank row, the future activity nor the dates written as text are problems.
    expect(where.some((place) => place.startsWith("Leads!7:") || place.startsWith("Leads!11:"))).toBe(false);
    expect(
      where.some((place) => place.startsWith("Activities!3:") || place.startsWith("Activities!4:")),
    ).toBe(false);
  });

  it("counts the activity dated by ISO text and not the future one", () => {
    const { runtime } = loadAddon(badWorkbook());
    const response = runtime.call("apiScoreLeads", { asOf: "2026-06-30" }) as {
      result: { leads: (Lead & { activityPoints: number })[] };
    };
    // L1: the call of '2026-06-20 (text) is 3 pts; the meeting of 15 July is after the as-of date.
    expect(response.result.leads[0]?.activityPoints).toBe(3);
  });

  it("says in the Explanation column why a repeated Lead ID's row has no confidence", () => {
    const spreadsheet = badWorkbook();
    const { runtime } = loadAddon(spreadsheet);
    runtime.call("apiScoreLeads", { asOf: "2026-06-30", write: true });
    const leads = spreadsheet.getSheetByName("Leads");
    // Owned columns F (Confidence) and G (Explanation); row 9 repeats L1 of row 2.
    expect(leads?.getRange("F9:G9").getValues()[0]).toEqual([
      "",
      'Not scored: Lead ID "L1" already appears on row 2; this row is skipped.',
    ]);
    expect(leads?.getRange("F7:G7").getValues()[0]).toEqual(["", ""]); // the blank row stays blank
  });

  it("leaves only the leads of a stage with a bad Confidence unscored", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Stages", [
      ["Stage", "Confidence"],
      ["Lead", "10%"],
      ["Qualified", "abc"], // row 3: not a percentage
      ["Proposal", "50%"],
    ]);
    addTab(spreadsheet, "Leads", [
      ["Lead ID", "Stage"],
      ["A", "Lead"],
      ["B", "Qualified"],
    ]);
    const meeting = new Date(2026, 5, 20);
    addTab(spreadsheet, "Activities", [
      ["Lead ID", "Type", "Date", "Completed"],
      ["A", "Meeting", meeting, true],
      ["A", "Meeting", meeting, true],
      ["A", "Meeting", meeting, true],
      ["B", "Meeting", meeting, true],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiScoreLeads", { asOf: "2026-06-30" }) as {
      result: { leads: (Lead & { explanation: string })[]; issues: Issue[] };
    };
    const { leads, issues } = response.result;
    // A: Lead 10 % + 3 meetings (15 pts) = 25 %, capped by the next usable stage, Proposal 50 %,
    // not by Qualified's unreadable confidence.
    expect(leads[0]?.confidence).toBeCloseTo(0.25, 12);
    expect(leads[1]).toMatchObject({
      confidence: null,
      source: "unscored",
      explanation: 'Stage "Qualified" has no usable Confidence on the Stages tab',
    });
    expect(issues).toEqual([
      {
        tab: "Stages",
        row: 3,
        column: "Confidence",
        message: '"abc" is not a percentage (write 60%, 60 or 0.6); leads at this stage are left unscored.',
      },
    ]);
  });
});

describe("Score leads from the menu", () => {
  it("toasts how many data issues it met and where the first is", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Stages", [
      ["Stage", "Confidence"],
      ["Lead", "10%"],
    ]);
    addTab(spreadsheet, "Leads", [
      ["Lead ID", "Stage", "Value"],
      ["A", "Lead", "lots"], // row 2: text in Value
      ["A", "Lead", 100], // row 3: repeated ID
    ]);
    const { runtime } = loadAddon(spreadsheet);
    runtime.call("menuScoreLeads");
    const toast = spreadsheet.toasts.at(-1)?.message ?? "";
    expect(toast).toContain("Scored 1 lead: 0 hot");
    expect(toast).toContain("2 data issues, the first Leads row 2, Value:");
    expect(toast).toContain("Open sidebar lists them all");
  });
});

describe("Score leads on a tab named with other spacing", () => {
  it("writes into the tab it read ('Leads ' for the Leads setting)", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Stages", [
      ["Stage", "Confidence"],
      ["Lead", "10%"],
    ]);
    addTab(spreadsheet, "Leads ", [
      ["Lead ID", "Stage"],
      ["A", "Lead"],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    const response = runtime.call("apiScoreLeads", { asOf: "2026-06-30", write: true }) as { ok: boolean };
    expect(response.ok).toBe(true);
    // By hand: Lead 10 % and no activity.
    expect(spreadsheet.getSheetByName("Leads ")?.getRange("C1:C2").getValues()).toEqual([
      ["Confidence"],
      [0.1],
    ]);
  });
});
