import { TARGETPROBABILITY } from "../../src/functions/target-probability";
import { bruteProbabilityAtLeast } from "./enumerate-outcomes";

// Two open leads, 10 000 and 20 000, each at 50 %: revenue 0, 10 000, 20 000 or 30 000, each
// with probability 0.25.
const VALUES = [[10000], [20000]];
const CONFIDENCES = [[50], ["0.5"]];

describe("TARGETPROBABILITY", () => {
  it("gives the chance of reaching the target", () => {
    // P(R ≥ 20 000) = P(20 000) + P(30 000) = 0.25 + 0.25 = 0.5
    expect(TARGETPROBABILITY(VALUES, CONFIDENCES, 20000)).toBeCloseTo(0.5, 9);
  });

  it("gives one probability per target of a column, keeping blank rows blank", () => {
    // ≥ 0: 1; ≥ 15 000: 0.5; ≥ 30 000: 0.25; ≥ 30 001: 0
    expect(TARGETPROBABILITY(VALUES, CONFIDENCES, [[0], ["$15,000"], [30000], [30001], [""]])).toEqual([
      [expect.closeTo(1, 9)],
      [expect.closeTo(0.5, 9)],
      [expect.closeTo(0.25, 9)],
      [expect.closeTo(0, 9)],
      [""],
    ]);
  });

  it("counts won leads in full and lost leads not at all", () => {
    // won 25 000 for sure; the lost 90 000 adds nothing: P(25 000 + R ≥ 45 000) = P(R ≥ 20 000) = 0.5
    const values = [[10000], [20000], [25000], [90000]];
    const confidences = [[0.5], [0.5], [0.1], [0.9]];
    const statuses = [[""], ["Open"], ["Closed Won"], ["Lost"]];
    expect(TARGETPROBABILITY(values, confidences, 45000, statuses)).toBeCloseTo(0.5, 9);
  });

  it("agrees with a brute-force enumeration", () => {
    const values = [10000, 20000, 50000];
    const probabilities = [0.9, 0.5, 0.2];
    const targets = [5000, 30000, 60000];
    const result = TARGETPROBABILITY(
      values.map((value) => [value]),
      probabilities.map((probability) => [`${probability * 100}%`]),
      targets.map((target) => [target]),
    );
    expect(result).toEqual(
      targets.map((target) => [expect.closeTo(bruteProbabilityAtLeast(values, probabilities, target), 9)]),
    );
  });

  it("takes single cells", () => {
    // one lead of 10 000 at 60 %: P(R ≥ 10 000) = 0.6
    expect(TARGETPROBABILITY(10000, "60%", 10000)).toBeCloseTo(0.6, 9);
  });
});

describe("bad input", () => {
  it("requires a target and names a bad one", () => {
    expect(() => TARGETPROBABILITY(VALUES, CONFIDENCES, undefined)).toThrow(
      "TARGETPROBABILITY: argument 'target' is required",
    );
    expect(() => TARGETPROBABILITY(VALUES, CONFIDENCES, "lots")).toThrow(
      `TARGETPROBABILITY: argument 'target' is not a non-negative amount: "lots"`,
    );
  });

  it("names a bad cell of a single-cell call", () => {
    expect(() => TARGETPROBABILITY(10000, "high", 5000)).toThrow(
      "TARGETPROBABILITY: argument 'confidences' is not a percentage",
    );
    expect(() => TARGETPROBABILITY(10000, 0.5, 5000, "maybe")).toThrow(
      `TARGETPROBABILITY: argument 'statuses' is not Open, Won or Lost: "maybe"`,
    );
  });
});
