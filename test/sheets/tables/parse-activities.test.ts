import { parseActivities } from "../../../src/sheets/tables/parse-activities";
import { readUtcDay } from "../../helpers/read-utc-day";

const LEAD_IDS: ReadonlySet<string> = new Set(["L-1", "L-2", "42"]);
const OPTIONS = { tab: "Activities", dateOrder: "MDY", readDay: readUtcDay, leadIds: LEAD_IDS } as const;
const HEADER = ["Lead ID", "Type", "Date", "Completed"];
// 2024-01-01 is 54 × 365 + 13 leap days = 19 723 days after 1970-01-01; March 1st adds 31 + 29.
const JAN_1_2024 = 19_723;
const MAR_1_2024 = JAN_1_2024 + 60;

describe("parseActivities", () => {
  it("reads lead, type, date and completed flag", () => {
    const { rows, issues } = parseActivities(
      [
        HEADER,
        ["L-1", " Meeting ", new Date(2024, 2, 1, 15, 30), true],
        ["L-2", "call", "2024-01-01", ""],
        ["L-1", "Email", "", "no"],
      ],
      OPTIONS,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { leadId: "L-1", type: "Meeting", typeKey: "meeting", day: MAR_1_2024, completed: true },
      { leadId: "L-2", type: "call", typeKey: "call", day: JAN_1_2024, completed: null },
      { leadId: "L-1", type: "Email", typeKey: "email", day: null, completed: false },
    ]);
  });

  it("reads a number in the Date column as a Sheets serial date", () => {
    // Serial 45 352 − 25 569 (the serial of 1970-01-01) = 19 783 = 2024-03-01.
    expect(parseActivities([HEADER, ["L-1", "Call", 45_352, true]], OPTIONS).rows[0]?.day).toBe(MAR_1_2024);
  });

  it("matches numeric and padded IDs to the leads' IDs", () => {
    const { rows } = parseActivities([HEADER, [42, "Call", "", true], [" L-2 ", "Call", "", true]], OPTIONS);
    expect(rows.map((activity) => activity.leadId)).toEqual(["42", "L-2"]);
  });

  it("works with only the required columns", () => {
    expect(
      parseActivities(
        [
          ["Type", "Lead"],
          ["Demo", "L-1"],
        ],
        OPTIONS,
      ).rows,
    ).toEqual([{ leadId: "L-1", type: "Demo", typeKey: "demo", day: null, completed: null }]);
  });

  it("keeps consecutive activities of one lead", () => {
    const { rows } = parseActivities(
      [HEADER, ["L-1", "Call", "", true], ["L-1", "Email", "", true], ["L-1", "Demo", "", true]],
      OPTIONS,
    );
    expect(rows.map((activity) => activity.type)).toEqual(["Call", "Email", "Demo"]);
  });

  it("returns only the kept leads' activities, yet checks every row as before", () => {
    const grid = [
      HEADER,
      ["L-1", "Call", "2024-01-01", true],
      ["L-2", "Demo", "next week", true],
      ["L-2", "Email", "2024-01-01", ""],
      ["L-9", "Call", "", true],
      ["L-1", "", "", true],
      ["42", "Meeting", "", true],
    ];
    const all = parseActivities(grid, OPTIONS);
    const kept = parseActivities(grid, { ...OPTIONS, keptLeadIds: new Set(["L-1", "42"]) });
    // L-2's bad date, the unknown L-9 and L-1's missing type are reported either way.
    expect(kept.issues).toEqual(all.issues);
    expect(kept.issues.map((issue) => issue.row)).toEqual([3, 5, 6]);
    expect(kept.rows).toEqual(all.rows.filter((activity) => activity.leadId !== "L-2"));
    expect(kept.rows.map((activity) => activity.leadId)).toEqual(["L-1", "42"]);
  });
});

describe("bad input", () => {
  it("skips activities of unknown leads, each with an issue", () => {
    const { rows, issues } = parseActivities(
      [HEADER, ["L-9", "Call", "", true], ["L-9", "Call", "", true], ["L-1", "Call", "", true]],
      OPTIONS,
    );
    expect(rows.map((activity) => activity.leadId)).toEqual(["L-1"]);
    expect(issues).toEqual([
      {
        tab: "Activities",
        row: 2,
        column: "Lead ID",
        message: 'No lead has ID "L-9" in the Leads tab; the activity is skipped.',
      },
      {
        tab: "Activities",
        row: 3,
        column: "Lead ID",
        message: 'No lead has ID "L-9" in the Leads tab; the activity is skipped.',
      },
    ]);
  });

  it("keeps future-dated activities without an issue (the model ignores them until then)", () => {
    // 2030-01-01 = 2024-01-01 + 366 (2024) + 4 × 365 + 366 (2025…2029, 2028 leap) = 19 723 + 2 192 = 21 915.
    const { rows, issues } = parseActivities([HEADER, ["L-1", "Meeting", "2030-01-01", ""]], OPTIONS);
    expect(rows[0]?.day).toBe(21_915);
    expect(issues).toEqual([]);
  });

  it("reads d/m/y text by the spreadsheet's locale", () => {
    const grid = [HEADER, ["L-1", "Call", "03/01/2024", true]];
    expect(parseActivities(grid, OPTIONS).rows[0]?.day).toBe(MAR_1_2024);
    expect(parseActivities(grid, { ...OPTIONS, dateOrder: "DMY" }).rows[0]?.day).toBe(JAN_1_2024 + 2);
  });

  it("skips an activity whose date is not a date, rather than count it as undated", () => {
    const { rows, issues } = parseActivities([HEADER, ["L-1", "Call", "next week", true]], OPTIONS);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      {
        tab: "Activities",
        row: 2,
        column: "Date",
        message: '"next week" is not a date (use m/d/yyyy or yyyy-mm-dd); the activity is skipped.',
      },
    ]);
  });

  it("reports #N/A in the ID, type or date", () => {
    const { rows, issues } = parseActivities(
      [HEADER, ["#N/A", "Call", "", true], ["L-1", "#N/A", "", true], ["L-1", "Call", "#VALUE!", true]],
      OPTIONS,
    );
    expect(rows).toEqual([]);
    expect(issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, "Lead ID", "The Lead ID shows #N/A; the activity is skipped."],
      [3, "Type", "The Type shows #N/A; the activity is skipped."],
      [4, "Date", "The cell shows #VALUE!; the activity is skipped."],
    ]);
  });

  it("skips blank rows silently and reports rows without a lead or type", () => {
    const grid = [
      HEADER,
      ["", "", "", ""],
      ["", "Call", "", true],
      ["L-1", "", "", true],
      ["L-1", "Call", "", true],
    ];
    const { rows, issues } = parseActivities(grid, OPTIONS);
    expect(rows).toHaveLength(1);
    expect(issues.map((issue) => [issue.row, issue.message])).toEqual([
      [3, "The activity has no Lead ID; the activity is skipped."],
      [4, "The activity has no type; the activity is skipped."],
    ]);
  });

  it("throws MISSING_COLUMN without a Type column", () => {
    expect(() => parseActivities([["Lead ID", "Date"]], OPTIONS)).toThrow(
      'Tab "Activities" has no "Type" column (found: Lead ID, Date).',
    );
  });
});
