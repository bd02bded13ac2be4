import type { Lead } from "../../../src/core/types";
import { parseLeads } from "../../../src/sheets/tables/parse-leads";
import { readUtcDay } from "../../helpers/read-utc-day";
import { STAGE_LOOKUP } from "./stage-fixtures";

const OPTIONS = { tab: "Leads", dateOrder: "MDY", readDay: readUtcDay, stages: STAGE_LOOKUP } as const;
const HEADER = ["Lead ID", "Stage", "Value"];
// Days since 1970-01-01, by hand: 2024-01-01 is 54 × 365 + 13 leap days (1972…2020) = 19 723.
const JAN_1_2024 = 19_723;
const MAR_1_2024 = JAN_1_2024 + 31 + 29; // 19 783
const DEC_1_2024 = JAN_1_2024 + 335; // Jan…Nov of a leap year = 335 days → 20 058

const BLANK_LEAD: Omit<Lead, "id" | "row" | "stage" | "stageKey" | "status"> = {
  name: "",
  company: "",
  owner: "",
  value: null,
  created: null,
  expectedClose: null,
  closed: null,
  confidenceOverride: null,
  initialConfidence: null,
};

describe("parseLeads", () => {
  it("reads every column of a lead", () => {
    const header = [
      "Lead ID",
      "Name",
      "Company",
      "Owner",
      "Stage",
      "Value",
      "Status",
      "Created",
      "Expected Close",
      "Closed",
      "Confidence Override",
      "Initial Confidence",
      "Notes",
    ];
    const row = [
      "L-1",
      "Big deal",
      "Acme",
      "Ann",
      "proposal",
      "$10,000",
      "",
      new Date(2024, 0, 1),
      "2024-03-01",
      "",
      "80%",
      0.3,
      "call back",
    ];
    const { rows, issues } = parseLeads([header, row], OPTIONS);
    expect(issues).toEqual([]);
    expect(rows).toEqual<Lead[]>([
      {
        id: "L-1",
        row: 2,
        name: "Big deal",
        company: "Acme",
        owner: "Ann",
        stage: "proposal",
        stageKey: "proposal",
        value: 10_000,
        status: "open",
        created: JAN_1_2024,
        expectedClose: MAR_1_2024,
        closed: null,
        confidenceOverride: 0.8,
        initialConfidence: 0.3,
      },
    ]);
  });

  it("leaves absent optional columns blank", () => {
    const { rows } = parseLeads(
      [
        ["Stage", "Lead ID"],
        ["Qualified", "L-1"],
      ],
      OPTIONS,
    );
    expect(rows).toEqual<Lead[]>([
      { ...BLANK_LEAD, id: "L-1", row: 2, stage: "Qualified", stageKey: "qualified", status: "open" },
    ]);
  });

  it("takes the status from the stage's type when there is no Status column", () => {
    const { rows } = parseLeads(
      [HEADER, ["L-1", "Closed Won", 5], ["L-2", "Closed Lost", 5], ["L-3", "Proposal", 5]],
      OPTIONS,
    );
    expect(rows.map((lead) => lead.status)).toEqual(["won", "lost", "open"]);
  });

  it("takes the status from the Status column, else (blank) from the stage", () => {
    const { rows, issues } = parseLeads(
      [
        ["Lead ID", "Stage", "Status"],
        ["L-1", "Proposal", "Closed-Won"],
        ["L-2", "Closed Lost", ""],
        ["L-3", "Proposal", "lost"],
      ],
      OPTIONS,
    );
    expect(rows.map((lead) => lead.status)).toEqual(["won", "lost", "lost"]);
    expect(issues).toEqual([]);
  });

  it("reads numeric IDs as text", () => {
    expect(parseLeads([HEADER, [1042, "Proposal", 5]], OPTIONS).rows[0]?.id).toBe("1042");
  });

  it("finds columns by alias and by the mapping from settings", () => {
    const grid = [
      ["Deal ID", "Deal Stage", "Amount", "Rep", "Weighted"],
      ["D-1", "Proposal", 7, "Bo", 99],
    ];
    expect(parseLeads(grid, OPTIONS).rows[0]).toMatchObject({
      id: "D-1",
      stage: "Proposal",
      value: 7,
      owner: "Bo",
    });
    expect(parseLeads(grid, { ...OPTIONS, mapping: { value: "Weighted" } }).rows[0]?.value).toBe(99);
  });

  it("finds the header on the first non-empty row and numbers rows as the sheet does", () => {
    const grid = [["", "", ""], ["", "", ""], HEADER, ["L-1", "Proposal", 5]];
    expect(parseLeads(grid, OPTIONS).rows[0]?.row).toBe(4);
  });
});

describe("bad input", () => {
  it("keeps a lead with text in Value, without a value", () => {
    const { rows, issues } = parseLeads(
      [HEADER, ["L-1", "Proposal", "about 10k"], ["L-2", "Proposal", 500]],
      OPTIONS,
    );
    expect(rows.map((lead) => [lead.id, lead.value])).toEqual([
      ["L-1", null],
      ["L-2", 500],
    ]);
    expect(issues).toEqual([
      {
        tab: "Leads",
        row: 2,
        column: "Value",
        message: '"about 10k" is not a number; the lead is counted but adds no value.',
      },
    ]);
  });

  it("reports a negative value and keeps the lead without it", () => {
    const { rows, issues } = parseLeads([HEADER, ["L-1", "Proposal", -200]], OPTIONS);
    expect(rows[0]?.value).toBeNull();
    expect(issues[0]?.message).toBe("-200 is negative; the lead is counted but adds no value.");
  });

  it("keeps the first of duplicate Lead IDs", () => {
    const { rows, issues } = parseLeads(
      [HEADER, ["L-1", "Proposal", 1], ["L-2", "Proposal", 2], [" L-1 ", "Qualified", 3]],
      OPTIONS,
    );
    expect(rows.map((lead) => [lead.id, lead.value])).toEqual([
      ["L-1", 1],
      ["L-2", 2],
    ]);
    expect(issues).toEqual([
      {
        tab: "Leads",
        row: 4,
        column: "Lead ID",
        message: 'Lead ID "L-1" already appears on row 2; this row is skipped.',
      },
    ]);
  });

  it("keeps a lead in an unknown stage, as written, and reports it", () => {
    const { rows, issues } = parseLeads([HEADER, ["L-1", " Negotiation ", 5]], OPTIONS);
    expect(rows[0]).toMatchObject({ stage: "Negotiation", stageKey: "negotiation", status: "open" });
    expect(issues[0]).toEqual({
      tab: "Leads",
      row: 2,
      column: "Stage",
      message:
        'Unknown stage "Negotiation" (stages: Qualified, Proposal, Closed Won, Closed Lost); the lead is kept but not scored.',
    });
  });

  it("reports #N/A cells: an ID skips the row, a stage or value is read as blank", () => {
    const { rows, issues } = parseLeads(
      [HEADER, ["#N/A", "Proposal", 5], ["L-2", "#N/A", 5], ["L-3", "Proposal", "#REF!"]],
      OPTIONS,
    );
    expect(rows.map((lead) => [lead.id, lead.stage, lead.value])).toEqual([
      ["L-2", "", 5],
      ["L-3", "Proposal", null],
    ]);
    expect(issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, "Lead ID", "The Lead ID shows #N/A; the row is skipped."],
      [3, "Stage", "The cell shows #N/A; it is read as blank."],
      [4, "Value", "The cell shows #REF!; the lead is counted but adds no value."],
    ]);
  });

  it("skips blank rows anywhere without an issue, and reports a row with data but no ID", () => {
    const grid = [
      HEADER,
      ["L-1", "Proposal", 1],
      ["", "", ""],
      ["  ", "", ""],
      ["L-2", "Proposal", 2],
      ["", "Proposal", 3],
    ];
    const { rows, issues } = parseLeads(grid, OPTIONS);
    expect(rows.map((lead) => [lead.id, lead.row])).toEqual([
      ["L-1", 2],
      ["L-2", 5],
    ]);
    expect(issues).toEqual([
      { tab: "Leads", row: 6, column: "Lead ID", message: "This row has no Lead ID; the row is skipped." },
    ]);
  });

  it("ignores the user's own columns when telling blank rows apart", () => {
    const { rows, issues } = parseLeads(
      [
        [...HEADER, "Notes"],
        ["", "", "", "remember to call"],
      ],
      OPTIONS,
    );
    expect(rows).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("reads Confidence Override as 60, 0.6 or 60%, and reports 150%", () => {
    const grid = [
      ["Lead ID", "Stage", "Override"],
      ["L-1", "Proposal", 60],
      ["L-2", "Proposal", "0.6"],
      ["L-3", "Proposal", "60%"],
      ["L-4", "Proposal", "150%"],
    ];
    const { rows, issues } = parseLeads(grid, OPTIONS);
    // 60 is in (1, 100] → 60 %; "0.6" is a fraction → 60 %; "60%" → 60 %.
    expect(rows.map((lead) => lead.confidenceOverride)).toEqual([0.6, 0.6, 0.6, null]);
    expect(issues).toEqual([
      { tab: "Leads", row: 5, column: "Override", message: '"150%" is over 100 %; the cell is ignored.' },
    ]);
  });

  it("reports a Status that contradicts a Won or Lost stage and lets the Status win", () => {
    const { rows, issues } = parseLeads(
      [
        ["Lead ID", "Stage", "Status"],
        ["L-1", "Closed Won", "Lost"],
      ],
      OPTIONS,
    );
    expect(rows[0]?.status).toBe("lost");
    expect(issues[0]?.message).toBe(
      'Status "Lost" contradicts stage "Closed Won" (a won stage); the Status column wins.',
    );
  });

  it("reports an unreadable Status and falls back on the stage's type", () => {
    const { rows, issues } = parseLeads(
      [
        ["Lead ID", "Stage", "Status"],
        ["L-1", "Closed Won", "pending"],
      ],
      OPTIONS,
    );
    expect(rows[0]?.status).toBe("won");
    expect(issues[0]?.message).toBe(
      '"pending" is not a status (Open, Won or Lost); using the stage\'s type (won).',
    );
  });

  it("reads date text in the spreadsheet's order: 03/01/2024 is March 1st in MDY, January 3rd in DMY", () => {
    const grid = [
      ["Lead ID", "Stage", "Created", "Closed"],
      ["L-1", "Proposal", "03/01/2024", "2024-12-01"],
    ];
    expect(parseLeads(grid, OPTIONS).rows[0]).toMatchObject({ created: MAR_1_2024, closed: DEC_1_2024 });
    // 2024-01-03 = 2024-01-01 + 2 days.
    expect(parseLeads(grid, { ...OPTIONS, dateOrder: "DMY" }).rows[0]).toMatchObject({
      created: JAN_1_2024 + 2,
      closed: DEC_1_2024,
    });
  });

  it("reports a date that does not exist and leaves it empty", () => {
    const grid = [
      ["Lead ID", "Stage", "Created"],
      ["L-1", "Proposal", "31/02/2024"],
    ];
    const { rows, issues } = parseLeads(grid, { ...OPTIONS, dateOrder: "DMY" });
    expect(rows[0]?.created).toBeNull();
    expect(issues[0]?.message).toBe(
      '"31/02/2024" is not a date (use d/m/yyyy or yyyy-mm-dd); the date is left empty.',
    );
  });

  it("throws MISSING_COLUMN naming the headers found when Stage is missing", () => {
    expect(() => parseLeads([["Lead ID", "Name", "Value"]], OPTIONS)).toThrow(
      'Tab "Leads" has no "Stage" column (found: Lead ID, Name, Value).',
    );
  });
});
