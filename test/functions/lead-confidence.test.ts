import { LEADCONFIDENCE } from "../../src/functions/lead-confidence";
import { installFakeWorkbook } from "./fake-spreadsheet";

// Bounds (SPEC §2.3): Lead 10 %, capped by the next open stage at 30 %; Qualified 30 % → 50 %;
// Proposal 50 % → its Max Confidence 75 %; Negotiation 70 % → 95 % (last open stage).
// Percentages are written in every accepted form on purpose.
const STAGES = [
  ["Stage", "Confidence", "Type", "Max Confidence"],
  ["Lead", "10%", "Open", ""],
  ["Qualified", 0.3, "Open", ""],
  ["Proposal", 50, "Open", "75 %"],
  ["Negotiation", "0.7", "Open", ""],
  ["Closed Won", "", "Won", ""],
  ["Closed Lost", 0, "Lost", ""],
];

const score = (stage: unknown, points?: unknown, override?: unknown, status?: unknown) =>
  LEADCONFIDENCE(stage, points, override, status, STAGES);

describe("LEADCONFIDENCE", () => {
  it("adds activity points to the stage's confidence", () => {
    // Proposal 50 % + 13 pts = 63 %; Lead 10 % + 5 pts = 15 %
    expect(score("Proposal", 13)).toBeCloseTo(0.63, 12);
    expect(score("Lead", 5)).toBeCloseTo(0.15, 12);
  });

  it("caps at Max Confidence, else the next open stage, else 95 %", () => {
    // Proposal: min(50 + 40, 75) = 75 %; Lead: min(10 + 50, 30) = 30 %; Negotiation: min(70 + 30, 95) = 95 %
    expect(score("Proposal", 40)).toBeCloseTo(0.75, 12);
    expect(score("Lead", 50)).toBeCloseTo(0.3, 12);
    expect(score("Negotiation", 30)).toBeCloseTo(0.95, 12);
  });

  it("gives the base confidence without activity points", () => {
    // Qualified: 30 % + 0
    expect(score("Qualified")).toBeCloseTo(0.3, 12);
  });

  it("matches stage names trimmed and case-insensitively", () => {
    expect(score("  proposal ", 0)).toBeCloseTo(0.5, 12);
  });

  it("gives 100 % to won and 0 % to lost leads, whatever the stage", () => {
    expect(score("Proposal", 13, "", "Won")).toBe(1);
    expect(score("Proposal", 13, 0.9, "Closed Lost")).toBe(0);
  });

  it("takes a blank status from the stage's type", () => {
    expect(score("Closed Won")).toBe(1);
    expect(score("closed lost", 10)).toBe(0);
  });

  it.each([0.8, 80, "80%", "80 %", "0.8"])("lets the override %p (80 %) win for open leads", (override) => {
    expect(score("Lead", 5, override)).toBeCloseTo(0.8, 12);
  });

  it("uses the override even for a stage it does not know", () => {
    expect(score("Pilot", "", 0.4)).toBeCloseTo(0.4, 12);
  });

  it("scores a column in one call and keeps blank rows blank", () => {
    // Lead 10 + 5 = 15 %; blank row; Proposal 50 + 0 ("") = 50 %; Won row = 100 %; override 20 %
    const stages = [["Lead"], [""], ["Proposal"], ["Negotiation"], ["Qualified"]];
    const points = [[5], [""], [""], [10], [10]];
    const overrides = [[""], [""], [""], [""], ["20%"]];
    const statuses = [["Open"], [""], [""], ["Won"], [""]];
    const result = LEADCONFIDENCE(stages, points, overrides, statuses, STAGES) as number[][];
    expect(result).toHaveLength(5);
    expect(result.map(([value]) => value)).toEqual([
      expect.closeTo(0.15, 12),
      "",
      expect.closeTo(0.5, 12),
      1,
      expect.closeTo(0.2, 12),
    ]);
  });

  it("reads points written as text", () => {
    // Lead 10 % + "7.5" pts = 17.5 %
    expect(score("Lead", "7.5")).toBeCloseTo(0.175, 12);
  });
});

describe("LEADCONFIDENCE without stages_table", () => {
  it("reads the Stages tab once for a whole column", () => {
    const workbook = installFakeWorkbook({ Stages: STAGES });
    try {
      // Lead 10 + 5 = 15 %, Qualified 30 + 10 = 40 %, Proposal 50 %
      const result = LEADCONFIDENCE([["Lead"], ["Qualified"], ["Proposal"]], [[5], [10], [0]]) as number[][];
      expect(result.map(([value]) => value)).toEqual([
        expect.closeTo(0.15, 12),
        expect.closeTo(0.4, 12),
        expect.closeTo(0.5, 12),
      ]);
      expect(workbook.reads).toEqual(["Stages"]);
    } finally {
      workbook.restore();
    }
  });

  it("reads the tab named in settings", () => {
    const workbook = installFakeWorkbook(
      { "Pipeline Stages": STAGES },
      { tabs: { stages: "Pipeline Stages" } },
    );
    try {
      expect(LEADCONFIDENCE("Proposal", 13)).toBeCloseTo(0.63, 12);
      expect(workbook.reads).toEqual(["Pipeline Stages"]);
    } finally {
      workbook.restore();
    }
  });

  it("fails naming the tab when there is none", () => {
    const workbook = installFakeWorkbook({});
    try {
      expect(() => LEADCONFIDENCE("Lead")).toThrow(
        `LEADCONFIDENCE: no stages_table given and there is no "Stages" tab`,
      );
    } finally {
      workbook.restore();
    }
  });
});

describe("bad input", () => {
  it("names an unknown stage in its row of a column, and throws it for a single cell", () => {
    const result = LEADCONFIDENCE([["Lead"], ["Pilot"]], [[0], [0]], undefined, undefined, STAGES);
    expect(result).toEqual([
      [expect.closeTo(0.1, 12)],
      [`LEADCONFIDENCE: argument 'stage': no stage is named "Pilot"`],
    ]);
    expect(() => score("Pilot")).toThrow(`LEADCONFIDENCE: argument 'stage': no stage is named "Pilot"`);
  });

  it("names a bad override, status or points value of a single-cell call", () => {
    expect(() => score("Lead", 0, "150%")).toThrow(
      `LEADCONFIDENCE: argument 'override' is not a percentage in 0–100 %: "150%"`,
    );
    expect(() => score("Lead", 0, "", "maybe")).toThrow(
      `LEADCONFIDENCE: argument 'status' is not Open, Won or Lost: "maybe"`,
    );
    expect(() => score("Lead", "lots")).toThrow(
      `LEADCONFIDENCE: argument 'activity_points' is not a number: "lots"`,
    );
  });

  it("rejects columns of different lengths", () => {
    expect(() => LEADCONFIDENCE([["Lead"], ["Lead"]], [[1]], undefined, undefined, STAGES)).toThrow(
      "LEADCONFIDENCE: argument 'activity_points' has 1 rows but 'stage' has 2",
    );
  });

  it("rejects a stages_table without a Confidence column, naming the argument and the headers found", () => {
    const table = [
      ["Stage", "Chance"],
      ["Lead", 0.1],
    ];
    expect(() => LEADCONFIDENCE("Lead", 0, "", "", table)).toThrow(
      /^LEADCONFIDENCE: argument 'stages_table': .*"Confidence".*found: Stage, Chance/,
    );
  });

  it("rejects a stages_table that is a single cell", () => {
    expect(() => LEADCONFIDENCE("Lead", 0, "", "", "Stages")).toThrow(
      "LEADCONFIDENCE: argument 'stages_table' must be a range including its header row",
    );
  });

  it("requires a stage", () => {
    expect(() => LEADCONFIDENCE(undefined)).toThrow("LEADCONFIDENCE: argument 'stage' is required");
  });
});
