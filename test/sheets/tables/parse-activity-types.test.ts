import { parseActivityTypes } from "../../../src/sheets/tables/parse-activity-types";
import { readUtcDay } from "../../helpers/read-utc-day";

const OPTIONS = { tab: "Activity Types", dateOrder: "MDY", readDay: readUtcDay } as const;

describe("parseActivityTypes", () => {
  it("reads type, points and cap", () => {
    const { rows, issues } = parseActivityTypes(
      [
        ["Type", "Points", "Max Per Stage"],
        ["Meeting", 5, 15],
        ["Call", "3", ""],
      ],
      OPTIONS,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { name: "Meeting", key: "meeting", points: 5, maxPerStage: 15 },
      { name: "Call", key: "call", points: 3, maxPerStage: null },
    ]);
  });
});

describe("bad input", () => {
  it("counts negative or text points as 0, with an issue", () => {
    const { rows, issues } = parseActivityTypes(
      [
        ["Type", "Points"],
        ["No-show", -3],
        ["Lunch", "lots"],
      ],
      OPTIONS,
    );
    expect(rows.map((type) => type.points)).toEqual([0, 0]);
    expect(issues.map((issue) => issue.message)).toEqual([
      "-3 is negative; counting 0 points.",
      '"lots" is not a number; counting 0 points.',
    ]);
  });

  it("keeps the first of two rows for one type", () => {
    const { rows, issues } = parseActivityTypes(
      [
        ["Type", "Points"],
        ["Call", 3],
        ["CALL", 9],
      ],
      OPTIONS,
    );
    expect(rows.map((type) => type.points)).toEqual([3]);
    expect(issues[0]).toEqual({
      tab: "Activity Types",
      row: 3,
      column: "Type",
      message: 'Activity type "CALL" is already defined on row 2; this row is ignored.',
    });
  });

  it("reports a row with points but no type", () => {
    const { rows, issues } = parseActivityTypes(
      [
        ["Type", "Points"],
        ["", 3],
        ["", ""],
      ],
      OPTIONS,
    );
    expect(rows).toEqual([]);
    expect(issues.map((issue) => issue.row)).toEqual([2]);
  });
});
