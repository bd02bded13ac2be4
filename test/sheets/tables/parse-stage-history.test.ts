import { parseStageHistory } from "../../../src/sheets/tables/parse-stage-history";
import { readUtcDay } from "../../helpers/read-utc-day";
import { STAGE_LOOKUP } from "./stage-fixtures";

const OPTIONS = {
  tab: "Stage History",
  dateOrder: "DMY",
  readDay: readUtcDay,
  leadIds: new Set(["L-1"]),
  stages: STAGE_LOOKUP,
} as const;
const HEADER = ["Lead ID", "Stage", "Date", "From Stage"];
// 2024-01-01 = 54 × 365 + 13 leap days = 19 723; 2024-02-15 = + 31 + 14 = 19 768.
const FEB_15_2024 = 19_768;

describe("parseStageHistory", () => {
  it("reads stage changes, with a blank From Stage as null", () => {
    const { rows, issues } = parseStageHistory(
      [
        HEADER,
        ["L-1", "Proposal", "15/02/2024", "Qualified"],
        ["L-1", "Closed Won", new Date(2024, 1, 15), ""],
      ],
      OPTIONS,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { leadId: "L-1", stage: "Proposal", stageKey: "proposal", day: FEB_15_2024, fromStage: "Qualified" },
      { leadId: "L-1", stage: "Closed Won", stageKey: "closed won", day: FEB_15_2024, fromStage: null },
    ]);
  });
});

describe("bad input", () => {
  it("skips rows of unknown leads", () => {
    const { rows, issues } = parseStageHistory([HEADER, ["L-7", "Proposal", "2024-02-15", ""]], OPTIONS);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      {
        tab: "Stage History",
        row: 2,
        column: "Lead ID",
        message: 'No lead has ID "L-7" in the Leads tab; the row is skipped.',
      },
    ]);
  });

  it("keeps a row in an unknown stage and reports it", () => {
    const { rows, issues } = parseStageHistory([HEADER, ["L-1", "Demo", "2024-02-15", ""]], OPTIONS);
    expect(rows.map((change) => change.stageKey)).toEqual(["demo"]);
    expect(issues[0]?.message).toBe('Unknown stage "Demo"; the row is kept but its stage is ignored.');
  });

  it("skips rows with no date or a bad date, and rows with no stage", () => {
    const grid = [
      HEADER,
      ["L-1", "Proposal", "", ""],
      ["L-1", "Proposal", "#N/A", ""],
      ["L-1", "", "2024-02-15", ""],
      ["", "", "", ""],
    ];
    const { rows, issues } = parseStageHistory(grid, OPTIONS);
    expect(rows).toEqual([]);
    expect(issues.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, "Date", "The row has no date; the row is skipped."],
      [3, "Date", "The cell shows #N/A; the row is skipped."],
      [4, "Stage", "The row has no stage; the row is skipped."],
    ]);
  });

  it("throws MISSING_COLUMN without a Date column", () => {
    expect(() => parseStageHistory([["Lead ID", "Stage"]], OPTIONS)).toThrow(
      'Tab "Stage History" has no "Date" column',
    );
  });
});
