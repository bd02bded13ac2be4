import { FORECASTRANGE } from "../../src/functions/forecast-range";
import { bruteQuantile } from "./enumerate-outcomes";

// Two open leads, 10 000 and 20 000, each at 50 %: revenue 0, 10 000, 20 000 or 30 000, each
// with probability 0.25, so P(R ≤ r) = 0.25, 0.5, 0.75, 1 at those amounts.
const VALUES = [[10000], [20000]];
const CONFIDENCES = [[0.5], ["50%"]];

describe("FORECASTRANGE", () => {
  it("gives the median by default", () => {
    // smallest r with P(R ≤ r) ≥ 0.5 is 10 000
    expect(FORECASTRANGE(VALUES, CONFIDENCES)).toBeCloseTo(10000, 6);
  });

  it("gives one revenue per percentile of a column, in any percentage form", () => {
    // 0.1 → 0 (P(R ≤ 0) = 0.25 ≥ 0.1); 75 % → 20 000; 0.9 → 30 000; a blank row stays blank
    expect(FORECASTRANGE(VALUES, CONFIDENCES, [[0.1], ["75%"], [90], [""]])).toEqual([
      [expect.closeTo(0, 6)],
      [expect.closeTo(20000, 6)],
      [expect.closeTo(30000, 6)],
      [""],
    ]);
  });

  it("counts won leads in full and lost leads not at all", () => {
    // + 5 000 won for sure, the lost 50 000 adds nothing: median 5 000 + 10 000 = 15 000
    const values = [[10000], [20000], [5000], [50000]];
    const confidences = [[0.5], [0.5], [""], [0.9]];
    const statuses = [["Open"], [""], ["Won"], ["Lost"]];
    expect(FORECASTRANGE(values, confidences, 0.5, statuses)).toBeCloseTo(15000, 6);
  });

  it("agrees with a brute-force enumeration", () => {
    const values = [12000, 30000, 7000, 45000];
    const probabilities = [0.8, 0.35, 0.6, 0.1];
    const result = FORECASTRANGE(
      values.map((value) => [value]),
      probabilities.map((probability) => [probability]),
      [[0.1], [0.5], [0.9]],
    ) as number[][];
    const expected = [0.1, 0.5, 0.9].map((level) => [
      expect.closeTo(bruteQuantile(values, probabilities, level), 6),
    ]);
    expect(result).toEqual(expected);
  });

  it("takes single cells", () => {
    // one lead of 10 000 at 60 %: P(R ≤ 0) = 0.4 < 0.5, so the median is 10 000
    expect(FORECASTRANGE(10000, 0.6)).toBeCloseTo(10000, 6);
  });
});

describe("bad input", () => {
  it("names a bad percentile of a single-cell call, and in its row of a column", () => {
    expect(() => FORECASTRANGE(VALUES, CONFIDENCES, 150)).toThrow(
      "FORECASTRANGE: argument 'percentile' is not a fraction or percentage",
    );
    expect(FORECASTRANGE(VALUES, CONFIDENCES, [[0.5], ["high"]])).toEqual([
      [expect.closeTo(10000, 6)],
      [`FORECASTRANGE: argument 'percentile' is not a fraction or percentage in 0–100 %: "high"`],
    ]);
  });

  it("names the argument and row of a bad lead cell in a range", () => {
    expect(() => FORECASTRANGE([[10000], ["n/a"], [4000]], [[0.5], [0.5], [0.5]])).toThrow(
      `FORECASTRANGE: argument 'values' row 2 is not a non-negative amount: "n/a"`,
    );
    expect(() => FORECASTRANGE([[10000], [4000]], [[0.5], ["120%"]])).toThrow(
      `FORECASTRANGE: argument 'confidences' row 2 is not a percentage in 0–100 %: "120%"`,
    );
    // blank rows are skipped: only the 10 000 at 50 % is left, and P(R ≤ 0) = 0.5 ≥ 0.5 gives 0
    expect(FORECASTRANGE([[10000], [""], [4000]], [[0.5], [0.5], [""]])).toBeCloseTo(0, 6);
  });

  it("rejects ranges of different lengths", () => {
    expect(() => FORECASTRANGE([[1], [2]], [[0.5]])).toThrow(
      "FORECASTRANGE: argument 'confidences' has 1 rows but 'values' has 2",
    );
  });
});
