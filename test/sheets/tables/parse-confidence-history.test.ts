import { parseConfidenceHistory } from "../../../src/sheets/tables/parse-confidence-history";
import { readUtcDay } from "../../helpers/read-utc-day";

const OPTIONS = {
  tab: "Confidence History",
  dateOrder: "MDY",
  readDay: readUtcDay,
  leadIds: new Set(["L-1"]),
} as const;
const HEADER = ["Snapshot Date", "Lead ID", "Stage", "Confidence", "Value", "Status"];
// 2024-03-01 = 19 723 (2024-01-01) + 31 + 29 = 19 783.
const MAR_1_2024 = 19_783;

describe("parseConfidenceHistory", () => {
  it("reads snapshots, with blank optional cells as null", () => {
    const { rows, issues } = parseConfidenceHistory(
      [
        HEADER,
        ["2024-03-01", "L-1", "Proposal", "55%", 1000, "Open"],
        [new Date(2024, 2, 1), "L-1", "", 0.55, "", ""],
      ],
      OPTIONS,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { day: MAR_1_2024, leadId: "L-1", confidence: 0.55, stage: "Proposal", value: 1000, status: "open" },
      { day: MAR_1_2024, leadId: "L-1", confidence: 0.55, stage: null, value: null, status: null },
    ]);
  });
});

describe("bad input", () => {
  it("skips rows of unknown leads", () => {
    const { rows, issues } = parseConfidenceHistory(
      [HEADER, ["2024-03-01", "L-2", "", 0.5, "", ""]],
      OPTIONS,
    );
    expect(rows).toEqual([]);
    expect(issues[0]?.message).toBe('No lead has ID "L-2" in the Leads tab; the row is skipped.');
  });

  it("skips rows whose confidence is over 100 % or blank, or whose date is bad", () => {
    const grid = [
      HEADER,
      ["2024-03-01", "L-1", "", "150%", "", ""],
      ["2024-03-01", "L-1", "", "", "", ""],
      ["soon", "L-1", "", 0.5, "", ""],
    ];
    const { rows, issues } = parseConfidenceHistory(grid, OPTIONS);
    expect(rows).toEqual([]);
    expect(issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, "Confidence", '"150%" is over 100 %; the row is skipped.'],
      [3, "Confidence", "The cell is blank; the row is skipped."],
      [4, "Snapshot Date", '"soon" is not a date (use m/d/yyyy or yyyy-mm-dd); the row is skipped.'],
    ]);
  });

  it("keeps a row with a bad status or value, without them", () => {
    const { rows, issues } = parseConfidenceHistory(
      [HEADER, ["2024-03-01", "L-1", "", 0.5, "-5", "maybe"]],
      OPTIONS,
    );
    expect(rows[0]).toMatchObject({ value: null, status: null });
    expect(issues.map((issue) => issue.column)).toEqual(["Value", "Status"]);
  });
});
