import { parseStages } from "../../../src/sheets/tables/parse-stages";
import { readUtcDay } from "../../helpers/read-utc-day";

const OPTIONS = { tab: "Stages", dateOrder: "MDY", readDay: readUtcDay } as const;

describe("parseStages", () => {
  it("reads stages in row order, confidences in any percentage form", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence", "Type", "Max Confidence"],
        ["Lead", 0.1, "", ""],
        ["Qualified", "20%", "Open", 0.35],
        ["Proposal", 60, "", "80 %"],
        ["Negotiation", "0.6", "", ""],
      ],
      OPTIONS,
    );
    expect(issues).toEqual([]);
    // 0.1 is a fraction; "20%" = 20/100; 60 is in (1, 100] so 60/100; "0.6" is a fraction.
    expect(
      rows.map((stage) => [
        stage.name,
        stage.key,
        stage.confidence,
        stage.type,
        stage.maxConfidence,
        stage.order,
      ]),
    ).toEqual([
      ["Lead", "lead", 0.1, "open", null, 1],
      ["Qualified", "qualified", 0.2, "open", 0.35, 2],
      ["Proposal", "proposal", 0.6, "open", 0.8, 3],
      ["Negotiation", "negotiation", 0.6, "open", null, 4],
    ]);
  });

  it("types stages named like *won* / *lost* when there is no Type column", () => {
    const { rows } = parseStages(
      [
        ["Stage", "Confidence"],
        ["Demo", 0.3],
        ["Closed Won", 1],
        ["Closed Lost", 0],
        ["Disqualified", 0],
      ],
      OPTIONS,
    );
    expect(rows.map((stage) => stage.type)).toEqual(["open", "won", "lost", "lost"]);
  });

  it("lets the Type column win over the name", () => {
    const { rows } = parseStages(
      [
        ["Stage", "Confidence", "Type"],
        ["Signed", 1, "Won"],
        ["Won over", 0.5, "Open"],
      ],
      OPTIONS,
    );
    expect(rows.map((stage) => stage.type)).toEqual(["won", "open"]);
  });

  it("gives Won and Lost stages 100 % and 0 % when their Confidence is blank, without an issue", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence"],
        ["Won", ""],
        ["Lost", ""],
      ],
      OPTIONS,
    );
    expect(rows.map((stage) => stage.confidence)).toEqual([1, 0]);
    expect(issues).toEqual([]);
  });

  it("sorts by the Order column, blank orders after the numbered ones, ties in row order", () => {
    const { rows } = parseStages(
      [
        ["Stage", "Confidence", "Order"],
        ["Proposal", 0.5, 3],
        ["Lead", 0.1, "1"],
        ["Won", 1, ""],
        ["Qualified", 0.2, 2],
        ["Demo", 0.3, 2],
      ],
      OPTIONS,
    );
    // Orders 1, 2, 2 (Qualified before Demo: row order), 3, then blank.
    expect(rows.map((stage) => `${stage.order}:${stage.name}`)).toEqual([
      "1:Lead",
      "2:Qualified",
      "3:Demo",
      "4:Proposal",
      "5:Won",
    ]);
  });
});

describe("bad input", () => {
  it("reports a confidence over 100 % and leaves the open stage's leads unscored", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence"],
        ["Lead", "150%"],
        ["Demo", 150],
      ],
      OPTIONS,
    );
    // the stages stay listed (known names, funnel order) with no confidence
    expect(rows.map((stage) => [stage.name, stage.confidence])).toEqual([
      ["Lead", null],
      ["Demo", null],
    ]);
    const outcome = "leads at this stage are left unscored";
    expect(issues).toEqual([
      { tab: "Stages", row: 2, column: "Confidence", message: `"150%" is over 100 %; ${outcome}.` },
      { tab: "Stages", row: 3, column: "Confidence", message: `150 is over 100 %; ${outcome}.` },
    ]);
  });

  it("reports text, #N/A and blank confidences of open stages", () => {
    const { issues } = parseStages(
      [
        ["Stage", "Confidence"],
        ["Lead", "high"],
        ["Demo", "#N/A"],
        ["Proposal", ""],
      ],
      OPTIONS,
    );
    expect(issues.map((issue) => [issue.row, issue.message])).toEqual([
      [2, '"high" is not a percentage (write 60%, 60 or 0.6); leads at this stage are left unscored.'],
      [3, "The cell shows #N/A; leads at this stage are left unscored."],
      [4, "The stage has no confidence; leads at this stage are left unscored."],
    ]);
  });

  it("keeps the first of two stages with the same name", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence"],
        ["Demo", 0.3],
        [" demo ", 0.4],
      ],
      OPTIONS,
    );
    expect(rows.map((stage) => stage.confidence)).toEqual([0.3]);
    expect(issues).toEqual([
      {
        tab: "Stages",
        row: 3,
        column: "Stage",
        message: 'Stage "demo" is already defined on row 2; this row is ignored.',
      },
    ]);
  });

  it("reports an unknown Type and falls back on the name", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence", "Type"],
        ["Closed Won", 1, "Maybe"],
      ],
      OPTIONS,
    );
    expect(rows[0]?.type).toBe("won");
    expect(issues[0]?.message).toBe(
      '"Maybe" is not a stage type (Open, Won or Lost); the stage is typed Won from its name.',
    );
  });

  it("reports a bad Max Confidence and a bad Order", () => {
    const { rows, issues } = parseStages(
      [
        ["Stage", "Confidence", "Max Confidence", "Order"],
        ["Demo", 0.3, "150%", "first"],
      ],
      OPTIONS,
    );
    expect(rows[0]?.maxConfidence).toBeNull();
    expect(issues.map((issue) => issue.column)).toEqual(["Max Confidence", "Order"]);
  });

  it("skips blank rows and rows without a name, and finds a header below row 1", () => {
    const { rows, issues } = parseStages(
      [[""], ["", "Stage", "Confidence"], ["", "Lead", 0.1], ["", "", ""], ["", "", 0.5], ["", "Won", 1]],
      OPTIONS,
    );
    expect(rows.map((stage) => stage.name)).toEqual(["Lead", "Won"]);
    expect(issues).toEqual([
      { tab: "Stages", row: 5, column: "Stage", message: "This row has no stage name; it is skipped." },
    ]);
  });

  it("throws MISSING_COLUMN without a Confidence column", () => {
    expect(() => parseStages([["Stage", "Probability %"]], OPTIONS)).toThrow(
      'Tab "Stages" has no "Confidence" column (found: Stage, Probability %).',
    );
  });
});
