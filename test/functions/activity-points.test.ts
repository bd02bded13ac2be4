import { ACTIVITYPOINTS } from "../../src/functions/activity-points";
import { installFakeWorkbook } from "./fake-spreadsheet";

// Jest runs with TZ=UTC; Date cells are local midnights, as Sheets passes them.
const day = (year: number, month: number, dayOfMonth: number) => new Date(year, month - 1, dayOfMonth);
// as_of 2024-06-30, window 90 days: 2024-06-30 − 90 days = 2024-04-01 (30 June days back to
// 31 May, 31 May days to 30 Apr, 29 more to 1 Apr); dates 2024-04-01 … 2024-06-30 count.
const AS_OF = day(2024, 6, 30);

const ACTIVITIES = [
  ["Lead ID", "Type", "Date", "Completed"],
  ["L-1", "Meeting", day(2024, 6, 1), true], // 5
  ["L-1", "Call", day(2024, 4, 1), ""], // 3: first day of the window, blank Completed and dated ≤ as_of
  ["L-1", "Email", day(2024, 3, 31), true], // out: the day before the window
  ["L-1", "Demo", day(2024, 7, 1), true], // out: after as_of
  ["L-1", "Note", "", true], // 1: undated but marked done
  ["L-1", "Call", "", ""], // out: undated and not marked done
  ["L-1", "Meeting", day(2024, 6, 30), false], // out: not done
  ["L-1", "Lunch", day(2024, 6, 30), "yes"], // 1: a type with no points of its own
  ["L-2", "Email", "2024-06-15", "Done"], // 1: a date written as text
  ["L-2", "Call", 45458, true], // 3: serial 45458 = 2024-06-15
  [" L-2 ", "meeting", day(2024, 6, 20), true], // 5: ID and type matched trimmed, any case
  ["L-9", "Meeting", day(2024, 6, 20), true], // out: not a listed lead
];
// L-1: 5 + 3 + 1 + 1 = 10; L-2: 1 + 3 + 5 = 9; L-3: no activity = 0

describe("ACTIVITYPOINTS", () => {
  it("counts completed activities in the window, per lead, with blank rows blank", () => {
    expect(ACTIVITYPOINTS([["L-1"], ["L-2"], [""], ["L-3"]], ACTIVITIES, AS_OF)).toEqual([
      [10],
      [9],
      [""],
      [0],
    ]);
  });

  it("takes a single lead ID", () => {
    expect(ACTIVITYPOINTS("L-2", ACTIVITIES, AS_OF)).toBe(9);
  });

  it("gives duplicate lead IDs the same points", () => {
    expect(ACTIVITYPOINTS([["L-1"], ["L-1"]], ACTIVITIES, AS_OF)).toEqual([[10], [10]]);
  });

  it("reads as_of written as text", () => {
    expect(ACTIVITYPOINTS("L-1", ACTIVITIES, "2024-06-30")).toBe(10);
  });

  it("defaults as_of to today", () => {
    jest.useFakeTimers().setSystemTime(new Date(2024, 5, 30, 15, 0));
    try {
      expect(ACTIVITYPOINTS("L-1", ACTIVITIES)).toBe(10);
    } finally {
      jest.useRealTimers();
    }
  });

  it("moves the window with as_of", () => {
    // as_of 2024-04-01: the Call of 04-01 (3) and the Email of 03-31 (1) count, plus the undated done Note (1) = 5
    expect(ACTIVITYPOINTS("L-1", ACTIVITIES, day(2024, 4, 1))).toBe(5);
  });

  it("matches numeric lead IDs with their text", () => {
    const table = [
      ["Lead ID", "Type", "Date"],
      ["1001", "Call", day(2024, 6, 1)],
      [1001, "Demo", day(2024, 6, 2)],
    ];
    // Call 3 + Demo 5 = 8
    expect(ACTIVITYPOINTS([[1001]], table, AS_OF)).toEqual([[8]]);
  });

  it("finds columns by header, in any order, under blank rows", () => {
    const table = [
      ["", "", ""],
      ["Done", "Activity Type", "Deal ID"],
      [true, "Meeting", "L-1"],
      [false, "Meeting", "L-1"],
    ];
    // no Date column: only the row marked done counts (undated) → Meeting 5
    expect(ACTIVITYPOINTS("L-1", table, AS_OF)).toBe(5);
  });

  it("uses an activity types table, capping a type at its Max Per Stage", () => {
    const types = [
      ["Type", "Points", "Max Per Stage"],
      ["Meeting", 4, 10],
      ["Email", 2, ""],
    ];
    const table = [
      ["Lead ID", "Type", "Date", "Completed"],
      ["L-1", "Meeting", day(2024, 6, 1), true],
      ["L-1", "Meeting", day(2024, 6, 2), true],
      ["L-1", "Meeting", day(2024, 6, 3), true],
      ["L-1", "Email", day(2024, 6, 4), true],
      ["L-1", "Email", day(2024, 6, 5), true],
      ["L-1", "Calls", day(2024, 6, 6), true],
      ["L-2", "Meeting", day(2024, 6, 1), true],
    ];
    // L-1: meetings min(3 × 4, 10) = 10, emails 2 × 2 = 4, "Calls" = default Call 3 → 17
    // L-2: one meeting, 4 (under its cap)
    expect(ACTIVITYPOINTS([["L-1"], ["L-2"]], table, AS_OF, types)).toEqual([[17], [4]]);
  });

  it("counts rows of interleaved leads and types, whatever the row before them was", () => {
    const types = [
      ["Type", "Points", "Max Per Stage"],
      ["Meeting", 4, 6],
      ["Email", 2, ""],
    ];
    const date = day(2024, 6, 1);
    const table = [
      ["Lead ID", "Type", "Date", "Completed"],
      ["L-1", "Meeting", date, true],
      ["L-2", "Meeting", date, true],
      ["L-2", "", date, true],
      ["L-2", "Meeting", date, true],
      ["L-1", "Meeting", date, false],
      ["L-1", "Email", date, true],
      ["L-9", "Email", date, true],
      ["L-1", "Email", date, true],
      ["L-1", "Meeting", date, true],
      [["L", "-2"].join(""), ["Ema", "il"].join(""), date, true],
    ];
    // L-1: meetings rows 1 and 9 = min(2 × 4, 6) = 6 (row 5 is not done), emails rows 6 and 8 = 4 → 10
    // L-2: meetings rows 2 and 4 = min(2 × 4, 6) = 6 (row 3 has no type), email row 10 = 2 → 8
    expect(ACTIVITYPOINTS([["L-1"], ["L-2"]], table, AS_OF, types)).toEqual([[10], [8]]);
  });

  it("reads the Activity Types tab when no table is given", () => {
    const workbook = installFakeWorkbook({
      "Activity Types": [
        ["Type", "Points"],
        ["Meeting", 8],
      ],
    });
    try {
      // L-1 counted: Meeting 8 (from the tab) + Call 3 + Note 1 + Lunch 1 = 13
      expect(ACTIVITYPOINTS("L-1", ACTIVITIES, AS_OF)).toBe(13);
      expect(workbook.reads).toEqual(["Activity Types"]);
    } finally {
      workbook.restore();
    }
  });

  it("uses the activity window of the settings", () => {
    const workbook = installFakeWorkbook({}, { model: { activityWindowDays: 10 } });
    try {
      // window 2024-06-20 … 06-30: L-2's Meeting of 06-20 (5) only; the 06-15 activities are out
      expect(ACTIVITYPOINTS("L-2", ACTIVITIES, AS_OF)).toBe(5);
    } finally {
      workbook.restore();
    }
  });
});

describe("bad input", () => {
  it("skips activity rows with a bad date, no type or a sheet error", () => {
    const table = [
      ["Lead ID", "Type", "Date", "Completed"],
      ["L-1", "Meeting", "31/31/2024", true],
      ["L-1", "", day(2024, 6, 1), true],
      ["L-1", "#N/A", day(2024, 6, 1), true],
      ["#N/A", "Meeting", day(2024, 6, 1), true],
      ["L-1", "Call", new Date(Number.NaN), true],
      ["L-1", "Call", day(2024, 6, 1), true],
    ];
    // only the last row counts: Call 3
    expect(ACTIVITYPOINTS("L-1", table, AS_OF)).toBe(3);
  });

  it("rejects an activities table without a Type column, naming the argument", () => {
    const table = [
      ["Lead ID", "Kinds"],
      ["L-1", "Call"],
    ];
    expect(() => ACTIVITYPOINTS("L-1", table, AS_OF)).toThrow(
      /^ACTIVITYPOINTS: argument 'activities_table': .*"Type"/,
    );
  });

  it("rejects an activities table that is a single cell or missing", () => {
    expect(() => ACTIVITYPOINTS("L-1", "Activities", AS_OF)).toThrow(
      "ACTIVITYPOINTS: argument 'activities_table' must be a range including its header row",
    );
    expect(() => ACTIVITYPOINTS("L-1", undefined)).toThrow(
      "ACTIVITYPOINTS: argument 'activities_table' must be a range",
    );
  });

  it("rejects an as_of that is not a date, or a range", () => {
    expect(() => ACTIVITYPOINTS("L-1", ACTIVITIES, "soon")).toThrow(
      `ACTIVITYPOINTS: argument 'as_of' is not a date: "soon"`,
    );
    expect(() => ACTIVITYPOINTS("L-1", ACTIVITIES, [[AS_OF], [AS_OF]])).toThrow(
      "ACTIVITYPOINTS: argument 'as_of' must be a single date, not a range",
    );
  });

  it("rejects lead_ids of more than one column", () => {
    expect(() => ACTIVITYPOINTS([["L-1", "L-2"]], ACTIVITIES, AS_OF)).toThrow(
      "ACTIVITYPOINTS: argument 'lead_ids' must be a single cell or a single column",
    );
  });
});
