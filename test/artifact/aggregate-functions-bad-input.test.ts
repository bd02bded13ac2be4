import { runtimeWithStagesTab } from "../helpers/custom-function-runtime";

// The functions that answer one number for a whole range (README "Custom functions"): a bad cell
// is an error naming the function, the argument and the row within the range, so no lead is left
// out of a total unseen; blanks are skipped; a problem with a whole argument is an error too.
// Inputs are what Sheets passes: 2D ranges, '' for blanks, Dates, "#N/A" for an error cell.

const JAN_15 = new Date(2026, 0, 15);
const THOUSANDS = [[1000], [1000], [1000], [1000]];

describe("WEIGHTEDPIPELINE", () => {
  describe("bad input", () => {
    it("reads '60', '0.6', '60%' and 60 as the same confidence", () => {
      const runtime = runtimeWithStagesTab();
      // 4 × 1000 × 0.6 = 2400.
      expect(
        runtime.callCustomFunction("WEIGHTEDPIPELINE", THOUSANDS, [["60"], ["0.6"], ["60%"], [60]]),
      ).toBe(2400);
    });

    it("names the argument and the row of a bad cell", () => {
      const runtime = runtimeWithStagesTab();
      const call = (values: unknown, confidences: unknown, statuses?: unknown) => () =>
        runtime.callCustomFunction("WEIGHTEDPIPELINE", values, confidences, statuses);
      const fine = [["60%"], ["60%"], ["60%"], ["60%"]];
      expect(call(THOUSANDS, [["60%"], ["150%"], [""], [""]])).toThrow(
        `WEIGHTEDPIPELINE: argument 'confidences' row 2 is not a percentage in 0–100 %: "150%"`,
      );
      expect(call([[1000], [1000], ["lots"], [1000]], fine)).toThrow(
        `WEIGHTEDPIPELINE: argument 'values' row 3 is not a non-negative amount: "lots"`,
      );
      expect(call([[1000], [JAN_15], [""], [""]], fine)).toThrow(
        "WEIGHTEDPIPELINE: argument 'values' row 2 is not a non-negative amount: 2026-01-15",
      );
      expect(call(THOUSANDS, [["60%"], ["60%"], ["60%"], ["#N/A"]])).toThrow(
        `WEIGHTEDPIPELINE: argument 'confidences' row 4 is not a percentage in 0–100 %: "#N/A"`,
      );
      expect(call(THOUSANDS, fine, [["open"], ["wonn"], [""], [""]])).toThrow(
        `WEIGHTEDPIPELINE: argument 'statuses' row 2 is not Open, Won or Lost: "wonn"`,
      );
    });

    it("refuses ranges of different lengths and a range of two columns", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("WEIGHTEDPIPELINE", THOUSANDS, [["60%"]])).toThrow(
        "WEIGHTEDPIPELINE: argument 'confidences' has 1 rows but 'values' has 4",
      );
      expect(() => runtime.callCustomFunction("WEIGHTEDPIPELINE", [[1000, 1]], [["60%"]])).toThrow(
        "WEIGHTEDPIPELINE: argument 'values' must be a single cell or a single column (it has 2 columns)",
      );
    });
  });
});

describe("WINRATE", () => {
  describe("bad input", () => {
    it("skips blank statuses and closed leads without a value", () => {
      const runtime = runtimeWithStagesTab();
      const statuses = [["won"], [""], ["lost"], ["Closed Won"]];
      // Won $300 against lost 100; the blank status is open, the Closed Won lead has no value:
      // 300 / (300 + 100) = 0.75.
      expect(runtime.callCustomFunction("WINRATE", statuses, [["$300"], [50], ["100"], [""]])).toBe(0.75);
    });

    it("names the argument and the row of a bad cell", () => {
      const runtime = runtimeWithStagesTab();
      for (const [bad, shown] of [
        ["wonn", `"wonn"`],
        ["#N/A", `"#N/A"`],
        [JAN_15, "2026-01-15"],
      ] as const) {
        expect(() => runtime.callCustomFunction("WINRATE", [["won"], ["lost"], [bad]])).toThrow(
          `WINRATE: argument 'statuses' row 3 is not Open, Won or Lost: ${shown}`,
        );
      }
      expect(() => runtime.callCustomFunction("WINRATE", [["won"], ["lost"]], [[100], ["lots"]])).toThrow(
        `WINRATE: argument 'values' row 2 is not a non-negative amount: "lots"`,
      );
    });

    it("refuses ranges of different lengths and a range without a closed lead", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("WINRATE", [["won"], ["lost"]], [[100]])).toThrow(
        "WINRATE: argument 'values' has 1 rows but 'statuses' has 2",
      );
      expect(() => runtime.callCustomFunction("WINRATE", [["open"], [""]])).toThrow(
        "WINRATE: no won or lost leads",
      );
    });
  });
});

// Two leads of 10 000 and 20 000, each won with probability q (independently): revenue is 0,
// 10k, 20k or 30k with probabilities (1−q)², q(1−q), q(1−q), q².
//   q = 0.6: .16, .24, .24, .36 → CDF .16, .40, .64, 1 → P10 = 0, P50 = 20k; P(R ≥ 20k) = 0.60.
//   q = 0.5: .25 each → P10 = 0, P90 = 30k; P(R ≥ 10k) = 0.75, P(R ≥ 30k) = 0.25.
const TWO_LEADS = [[10000], [20000]];

describe("FORECASTRANGE", () => {
  describe("bad input", () => {
    it("reads '60' and '0.6' as the same confidence", () => {
      const runtime = runtimeWithStagesTab();
      expect(runtime.callCustomFunction("FORECASTRANGE", TWO_LEADS, [["60"], ["0.6"]], 0.5)).toBe(20000);
    });

    it("names the problem in the row of a bad percentile, and blanks a blank one's row", () => {
      const runtime = runtimeWithStagesTab();
      const percentiles = [[0.1], ["150%"], [""], ["90%"]];
      expect(runtime.callCustomFunction("FORECASTRANGE", TWO_LEADS, [["50%"], [0.5]], percentiles)).toEqual([
        [0],
        [`FORECASTRANGE: argument 'percentile' is not a fraction or percentage in 0–100 %: "150%"`],
        [""],
        [30000],
      ]);
    });

    it("names the argument (and the row in a range) of a bad cell", () => {
      const runtime = runtimeWithStagesTab();
      const call = (values: unknown, confidences: unknown, percentile?: unknown, statuses?: unknown) => () =>
        runtime.callCustomFunction("FORECASTRANGE", values, confidences, percentile, statuses);
      expect(call(TWO_LEADS, [["150%"], [0.5]])).toThrow(
        `FORECASTRANGE: argument 'confidences' row 1 is not a percentage in 0–100 %: "150%"`,
      );
      expect(call([[10000], ["#N/A"]], [[0.5], [0.5]])).toThrow(
        `FORECASTRANGE: argument 'values' row 2 is not a non-negative amount: "#N/A"`,
      );
      expect(call(TWO_LEADS, [[0.5], [0.5]], 0.5, [["won"], ["wonn"]])).toThrow(
        `FORECASTRANGE: argument 'statuses' row 2 is not Open, Won or Lost: "wonn"`,
      );
      expect(call(TWO_LEADS, [[0.5], [0.5]], "150%")).toThrow(
        `FORECASTRANGE: argument 'percentile' is not a fraction or percentage in 0–100 %: "150%"`,
      );
    });

    it("refuses ranges of different lengths", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("FORECASTRANGE", TWO_LEADS, [["50%"]])).toThrow(
        "FORECASTRANGE: argument 'confidences' has 1 rows but 'values' has 2",
      );
    });
  });
});

describe("TARGETPROBABILITY", () => {
  describe("bad input", () => {
    it("reads '60' and '0.6' as the same confidence", () => {
      const runtime = runtimeWithStagesTab();
      expect(
        runtime.callCustomFunction("TARGETPROBABILITY", TWO_LEADS, [["60"], ["0.6"]], 20000),
      ).toBeCloseTo(0.6, 9);
    });

    it("names the problem in the row of a bad target, and blanks a blank one's row", () => {
      const runtime = runtimeWithStagesTab();
      const targets = [[10000], ["lots"], [""], [30000]];
      const result = runtime.callCustomFunction("TARGETPROBABILITY", TWO_LEADS, [["50%"], ["50%"]], targets);
      expect(result).toEqual([
        [expect.closeTo(0.75, 9)],
        [`TARGETPROBABILITY: argument 'target' is not a non-negative amount: "lots"`],
        [""],
        [expect.closeTo(0.25, 9)],
      ]);
    });

    it("names the argument (and the row in a range) of a bad cell", () => {
      const runtime = runtimeWithStagesTab();
      const call = (values: unknown, confidences: unknown, target: unknown) => () =>
        runtime.callCustomFunction("TARGETPROBABILITY", values, confidences, target);
      expect(call(TWO_LEADS, [["150%"], [0.5]], 10000)).toThrow(
        `TARGETPROBABILITY: argument 'confidences' row 1 is not a percentage in 0–100 %: "150%"`,
      );
      expect(call([[10000], [JAN_15]], [[0.5], [0.5]], 10000)).toThrow(
        "TARGETPROBABILITY: argument 'values' row 2 is not a non-negative amount: 2026-01-15",
      );
      expect(call(TWO_LEADS, [[0.5], ["#N/A"]], 10000)).toThrow(
        `TARGETPROBABILITY: argument 'confidences' row 2 is not a percentage in 0–100 %: "#N/A"`,
      );
      expect(call(TWO_LEADS, [[0.5], [0.5]], "lots")).toThrow(
        `TARGETPROBABILITY: argument 'target' is not a non-negative amount: "lots"`,
      );
    });

    it("refuses ranges of different lengths", () => {
      const runtime = runtimeWithStagesTab();
      expect(() =>
        runtime.callCustomFunction("TARGETPROBABILITY", TWO_LEADS, [[0.5], [0.5]], 10000, [["won"]]),
      ).toThrow("TARGETPROBABILITY: argument 'statuses' has 1 rows but 'values' has 2");
    });
  });
});
