import {
  BENCH_PHASES,
  DEFAULT_BENCH_SIZES,
  parseBenchOptions,
} from "../../scripts/bench/parse-bench-options";

const ALL_PHASES = ["funnel", "forecast", "hot", "functions"];

describe("parseBenchOptions", () => {
  it("runs both issue sizes as a table when given nothing", () => {
    // The sizes: 10k and 100k leads.
    expect(parseBenchOptions([])).toEqual({
      json: false,
      sizes: [10_000, 100_000],
      phases: ALL_PHASES,
      help: false,
    });
    expect(BENCH_PHASES).toEqual(ALL_PHASES);
    expect(DEFAULT_BENCH_SIZES).toEqual([10_000, 100_000]);
  });

  it("reads --json and a comma-separated --sizes list in either spelling", () => {
    expect(parseBenchOptions(["--json", "--sizes", "100,2000"])).toMatchObject({
      json: true,
      sizes: [100, 2000],
    });
    expect(parseBenchOptions(["--sizes=10_000, 500"])).toMatchObject({ json: false, sizes: [10_000, 500] });
  });

  it("reads --phases in either spelling, and --help", () => {
    expect(parseBenchOptions(["--phases", "hot,funnel"]).phases).toEqual(["hot", "funnel"]);
    expect(parseBenchOptions(["--phases=functions"]).phases).toEqual(["functions"]);
    expect(parseBenchOptions(["--help"]).help).toBe(true);
  });

  describe("bad input", () => {
    it("refuses an unknown option", () => {
      expect(() => parseBenchOptions(["--fast"])).toThrow('unknown option "--fast"');
    });

    it("refuses --sizes without a list", () => {
      expect(() => parseBenchOptions(["--sizes"])).toThrow("--sizes needs a list");
    });

    it("refuses an unknown phase or an empty list", () => {
      expect(() => parseBenchOptions(["--phases", "score"])).toThrow('"score" is not one of funnel');
      expect(() => parseBenchOptions(["--phases"])).toThrow("--phases needs a list");
    });

    it("refuses sizes that are not whole positive numbers", () => {
      expect(() => parseBenchOptions(["--sizes", "1.5"])).toThrow('"1.5" is not a whole number');
      expect(() => parseBenchOptions(["--sizes", "100,0"])).toThrow('"0" is not a whole number');
      expect(() => parseBenchOptions(["--sizes", "ten"])).toThrow('"ten" is not a whole number');
    });
  });
});
