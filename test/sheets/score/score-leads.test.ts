import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

// As-of 2026-06-30. Stages: Proposal 50 % (next open stage Negotiation 70 % is its cap).
const AS_OF = "2026-06-30";
const day = (iso: string) => new Date(`${iso}T00:00:00`);

function pipelineSpreadsheet(extraLeads = 0) {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Lead", "10%", "Open"],
    ["Proposal", "50%", "Open"],
    ["Negotiation", "70%", "Open"],
    ["Closed Won", "100%", "Won"],
    ["Closed Lost", "0%", "Lost"],
  ]);
  const leads: unknown[][] = [
    ["Lead ID", "Name", "Stage", "Value", "Confidence Override", "Notes"],
    ["L1", "Acme", "Proposal", 10000, "", "keep me"],
    ["L2", "Globex", "Proposal", 20000, "80%", "keep me too"],
    ["L3", "Initech", "Closed Won", 5000, "", ""],
    ["L4", "Umbrella", "Closed Lost", 7000, "", ""],
  ];
  for (let index = 0; index < extraLeads; index++) leads.push([`X${index}`, "Extra", "Lead", 1000, "", ""]);
  addTab(spreadsheet, "Leads", leads);
  addTab(spreadsheet, "Activities", [
    ["Lead ID", "Type", "Date", "Completed"],
    ["L1", "Meeting", day("2026-06-01"), true],
    ["L1", "Meeting", day("2026-06-10"), true],
    ["L1", "Call", day("2026-06-20"), true],
    ["L1", "Call", day("2026-07-15"), false],
  ]);
  return spreadsheet;
}

function score(runtime: ReturnType<typeof loadAddon>["runtime"], write = true) {
  return runtime.call("apiScoreLeads", { asOf: AS_OF, write }) as {
    ok: boolean;
    result: { leads: { id: string; confidence: number; source: string; explanation: string }[] };
    code?: string;
    message?: string;
  };
}

describe("Score leads", () => {
  it("writes Confidence and Explanation into two new columns and touches no other cell", () => {
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    const before = spreadsheet.getSheetByName("Leads")?.getRange("A1:F5").getValues();
    const response = score(runtime);
    expect(response.ok).toBe(true);
    const leads = spreadsheet.getSheetByName("Leads");
    expect(leads?.getRange("A1:F5").getValues()).toEqual(before);
    const written = leads?.getRange("G1:H5").getValues();
    // L1: Proposal 50 % + 2 meetings (5 each) + 1 call (3) = 63 %, under the 70 % cap; the
    // planned July call is after the as-of date. L2: override 80 %. L3 won 100 %, L4 lost 0 %.
    expect(written?.map((row) => row[0])).toEqual(["Confidence", 0.63, 0.8, 1, 0]);
    expect(written?.[1]?.[1]).toBe("Proposal 50% + 2 meetings, 1 call (+13 pts) = 63%");
    expect(leads?.getRange("G2").getNumberFormat()).toBe("0%");
  });

  it("finds its own columns again after the user renames and moves them", () => {
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    score(runtime);
    const leads = spreadsheet.getSheetByName("Leads");
    leads?.getRange("G1").setValue("Win chance");
    leads?.insertColumnsBefore(1, 1);
    score(runtime);
    expect(leads?.getLastColumn()).toBe(9);
    expect(leads?.getRange("H1:H3").getValues()).toEqual([["Win chance"], [0.63], [0.8]]);
  });

  it("writes both columns when a user column comes between them, and leaves that one alone", () => {
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    score(runtime);
    const leads = spreadsheet.getSheetByName("Leads");
    // Confidence stays in G, Explanation moves on to I, the user's own column is H.
    leads?.insertColumnsAfter(7, 1);
    leads?.getRange("H1:H2").setValues([["Mine"], ["keep"]]);
    leads?.getRange("G2:I2").setValues([[0, "keep", "stale text"]]);
    score(runtime);
    expect(leads?.getRange("G1:I2").getValues()).toEqual([
      ["Confidence", "Mine", "Explanation"],
      [0.63, "keep", "Proposal 50% + 2 meetings, 1 call (+13 pts) = 63%"],
    ]);
    expect(leads?.getRange("H3").getValue()).toBe("");
  });

  it("never takes over a user's own Confidence column", () => {
    const spreadsheet = pipelineSpreadsheet();
    const leads = spreadsheet.getSheetByName("Leads");
    leads?.getRange("F1:F2").setValues([["Confidence"], ["mine"]]);
    const { runtime } = loadAddon(spreadsheet);
    score(runtime);
    expect(leads?.getRange("F1:F2").getValues()).toEqual([["Confidence"], ["mine"]]);
    expect(leads?.getRange("G1:H1").getValues()).toEqual([["Confidence (2)", "Explanation"]]);
  });

  it("leaves every lead's JSON out when asked for leads: false, as the sidebar does", () => {
    const full = score(loadAddon(pipelineSpreadsheet()).runtime);
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    const brief = runtime.call("apiScoreLeads", { asOf: AS_OF, write: true, leads: false }) as {
      ok: boolean;
      result: Record<string, unknown>;
    };
    expect(brief.ok).toBe(true);
    expect(brief.result).not.toHaveProperty("leads");
    // Everything else is as in the full answer, and the same columns are written.
    const { leads: _leads, ...rest } = full.result as Record<string, unknown>;
    expect(brief.result).toEqual(rest);
    expect(spreadsheet.getSheetByName("Leads")?.getRange("G2:G5").getValues().flat()).toEqual([
      0.63, 0.8, 1, 0,
    ]);
  });

  it("makes the same service calls for 4 leads as for 400", () => {
    const small = loadAddon(pipelineSpreadsheet()).runtime;
    score(small);
    small.resetCalls();
    score(small);
    const large = loadAddon(pipelineSpreadsheet(396)).runtime;
    score(large);
    large.resetCalls();
    score(large);
    expect(large.calls).toEqual(small.calls);
  });

  it("colours the Confidence column hot, warm and cold", () => {
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    score(runtime);
    score(runtime);
    const rules = spreadsheet.getSheetByName("Leads")?.getConditionalFormatRules() ?? [];
    expect(rules).toHaveLength(3);
    // below the header (G2 down), hot ≥ 60 %, warm 30 %–60 %, cold a number under 30 % (not blanks)
    expect(rules.map((rule) => rule.getRanges()[0]?.getA1Notation())).toEqual([
      "G2:G1000",
      "G2:G1000",
      "G2:G1000",
    ]);
    const conditions = rules.map((rule) => rule.getBooleanCondition());
    expect(conditions.map((condition) => String(condition?.getCriteriaType()))).toEqual([
      "NUMBER_GREATER_THAN_OR_EQUAL_TO",
      "NUMBER_BETWEEN",
      "CUSTOM_FORMULA",
    ]);
    expect(conditions[0]?.getCriteriaValues()).toEqual([0.6]);
    expect(conditions[1]?.getCriteriaValues()[0]).toBe(0.3);
    expect(conditions[2]?.getCriteriaValues()).toEqual(["=ISNUMBER(G2)*(G2*10000<3000)"]);
    expect(conditions.map((condition) => condition?.getBackground())).toEqual([
      "#b7e1cd",
      "#fce8b2",
      "#c9daf8",
    ]);
  });
});

describe("bad input", () => {
  it("names the missing Leads tab and the tabs that exist", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Stages", [
      ["Stage", "Confidence"],
      ["Lead", 0.1],
    ]);
    const response = score(loadAddon(spreadsheet).runtime);
    expect(response).toMatchObject({ ok: false, code: "MISSING_TAB" });
    expect(response.message).toContain('No tab named "Leads"');
  });

  it("refuses a malformed as-of date, naming the field", () => {
    const { runtime } = loadAddon(pipelineSpreadsheet());
    const response = runtime.call("apiScoreLeads", { asOf: "30/06/2026" }) as {
      ok: boolean;
      message: string;
    };
    expect(response).toMatchObject({ ok: false, code: "BAD_ARGUMENT" });
    expect(response.message).toContain("asOf");
  });

  it("answers busy while another execution holds the document lock, writing nothing", () => {
    const { runtime, spreadsheet } = loadAddon(pipelineSpreadsheet());
    const release = runtime.holdDocumentLock();
    const response = score(runtime);
    release();
    expect(response).toMatchObject({ ok: false, code: "BUSY" });
    expect(spreadsheet.getSheetByName("Leads")?.getLastColumn()).toBe(6);
  });
});
