import { WEIGHTEDPIPELINE } from "../../src/functions/weighted-pipeline";

describe("WEIGHTEDPIPELINE", () => {
  it("weights each value by its confidence over a column", () => {
    // 10 000 × 0.5 + 20 000 × 0.25 + 5 000 × 0.8 = 5 000 + 5 000 + 4 000 = 14 000
    expect(WEIGHTEDPIPELINE([[10000], [20000], [5000]], [[0.5], ["25%"], [80]])).toBeCloseTo(14000, 9);
  });

  it("leaves won and lost leads out", () => {
    // only Open (1 000) and blank-status (8 000) rows count: (1 000 + 8 000) × 0.5 = 4 500
    const values = [[1000], [2000], [4000], [8000]];
    const confidences = [[0.5], [0.5], [0.5], [0.5]];
    expect(WEIGHTEDPIPELINE(values, confidences, [["Open"], ["Won"], ["closed lost"], [""]])).toBeCloseTo(
      4500,
      9,
    );
  });

  it("skips rows with a blank value or a blank confidence", () => {
    // row 1: 1 000 × 0.1 = 100; row 2 has no value, row 3 no confidence → 100
    expect(WEIGHTEDPIPELINE([[1000], [""], [3000]], [[0.1], [0.9], [""]])).toBeCloseTo(100, 9);
  });

  it("reads money written as text", () => {
    // "$10,000" = 10 000 and "1.234,50 €" = 1 234.5; × 0.6: 6 000 + 740.7 = 6 740.7
    expect(WEIGHTEDPIPELINE([["$10,000"], ["1.234,50 €"]], [["60 %"], [60]])).toBeCloseTo(6740.7, 9);
  });

  it.each([0.6, 60, "60%", "60 %", "0.6", "60"])("reads the confidence %p as 60 %", (confidence) => {
    // 10 000 × 0.6 = 6 000
    expect(WEIGHTEDPIPELINE(10000, confidence)).toBeCloseTo(6000, 9);
  });

  it("takes single cells", () => {
    // 2 500 × 0.4 = 1 000; a won lead adds nothing
    expect(WEIGHTEDPIPELINE(2500, 0.4)).toBeCloseTo(1000, 9);
    expect(WEIGHTEDPIPELINE(2500, 0.4, "Won")).toBe(0);
  });

  it("applies a single confidence to every row", () => {
    // (1 000 + 3 000) × 0.5 = 2 000
    expect(WEIGHTEDPIPELINE([[1000], [3000]], 0.5)).toBeCloseTo(2000, 9);
  });
});

describe("bad input", () => {
  it("rejects ranges of different lengths, naming both arguments", () => {
    expect(() => WEIGHTEDPIPELINE([[1], [2], [3]], [[0.5], [0.5]])).toThrow(
      "WEIGHTEDPIPELINE: argument 'confidences' has 2 rows but 'values' has 3; the ranges must have the same number of rows",
    );
  });

  it("rejects a range of more than one column", () => {
    expect(() => WEIGHTEDPIPELINE([[1, 2]], [[0.5]])).toThrow(
      "WEIGHTEDPIPELINE: argument 'values' must be a single cell or a single column",
    );
  });

  it("requires confidences", () => {
    expect(() => WEIGHTEDPIPELINE([[1]], undefined)).toThrow(
      "WEIGHTEDPIPELINE: argument 'confidences' is required",
    );
  });

  it("names the argument and the row of a bad cell in a column, never leaving a lead out quietly", () => {
    const half = [[0.5], [0.5], [0.5]];
    expect(() => WEIGHTEDPIPELINE([[100], ["abc"], [200]], half)).toThrow(
      `WEIGHTEDPIPELINE: argument 'values' row 2 is not a non-negative amount: "abc"`,
    );
    expect(() => WEIGHTEDPIPELINE([[100], [200], [-5]], half)).toThrow(
      "WEIGHTEDPIPELINE: argument 'values' row 3 is not a non-negative amount: -5",
    );
    expect(() => WEIGHTEDPIPELINE([[100], [200], [300]], [[0.5], [150], [0.5]])).toThrow(
      "WEIGHTEDPIPELINE: argument 'confidences' row 2 is not a percentage in 0–100 %: 150",
    );
    expect(() => WEIGHTEDPIPELINE([[100], [200]], [[0.5], [0.5]], [[""], ["maybe"]])).toThrow(
      `WEIGHTEDPIPELINE: argument 'statuses' row 2 is not Open, Won or Lost: "maybe"`,
    );
  });

  it("refuses values that are numbers but no amount: infinite or NaN", () => {
    expect(() => WEIGHTEDPIPELINE([[100], [Number.POSITIVE_INFINITY]], [[0.5], [0.5]])).toThrow(
      "WEIGHTEDPIPELINE: argument 'values' row 2 is not a non-negative amount",
    );
    expect(() => WEIGHTEDPIPELINE([[Number.NaN]], [[0.5]])).toThrow("argument 'values'");
    expect(() => WEIGHTEDPIPELINE(Number.POSITIVE_INFINITY, 0.5)).toThrow(
      "WEIGHTEDPIPELINE: argument 'values' is not a non-negative amount",
    );
  });

  it("names the bad argument of a single-cell call", () => {
    expect(() => WEIGHTEDPIPELINE("abc", 0.5)).toThrow(
      `WEIGHTEDPIPELINE: argument 'values' is not a non-negative amount: "abc"`,
    );
    expect(() => WEIGHTEDPIPELINE(100, "150%")).toThrow(
      "WEIGHTEDPIPELINE: argument 'confidences' is not a percentage",
    );
    expect(() => WEIGHTEDPIPELINE(100, 0.5, "maybe")).toThrow(
      `WEIGHTEDPIPELINE: argument 'statuses' is not Open, Won or Lost: "maybe"`,
    );
  });
});
