import { sumPhases } from "../../scripts/bench/sum-phases";
import { makePhase } from "./phase-fixture";

describe("sumPhases", () => {
  const points = makePhase({
    phase: "ACTIVITYPOINTS",
    ms: 80.2,
    cpuMs: 79.1,
    rawMs: 120.4,
    copyMs: 40.2,
    calls: 4,
    topCalls: [
      { name: "Properties.getProperty", count: 1 },
      { name: "Spreadsheet.getSpreadsheetLocale", count: 1 },
    ],
    heapMb: 30,
  });
  const confidence = makePhase({
    phase: "LEADCONFIDENCE",
    ms: 20.1,
    cpuMs: 19.9,
    rawMs: 30.3,
    copyMs: 10.2,
    calls: 3,
    topCalls: [{ name: "Properties.getProperty", count: 2 }],
    heapMb: 35,
    runs: 5,
  });

  it("adds times and calls, and keeps memory as after the last part", () => {
    const total = sumPhases("custom functions (sum)", [points, confidence]);
    // By hand: 80.2 + 20.1 = 100.3; 79.1 + 19.9 = 99; 120.4 + 30.3 = 150.7; 40.2 + 10.2 = 50.4; 4 + 3 = 7.
    expect(total).toMatchObject({
      phase: "custom functions (sum)",
      ms: 100.3,
      cpuMs: 99,
      rawMs: 150.7,
      copyMs: 50.4,
    });
    expect(total).toMatchObject({ calls: 7, heapMb: 35, status: "ok", runs: 3 });
  });

  it("merges the top calls of the parts", () => {
    // getProperty: 1 + 2 = 3, ahead of getSpreadsheetLocale's 1.
    expect(sumPhases("sum", [points, confidence]).topCalls).toEqual([
      { name: "Properties.getProperty", count: 3 },
      { name: "Spreadsheet.getSpreadsheetLocale", count: 1 },
    ]);
  });

  it("reports what failed, and no call count when a part has none", () => {
    const missing = makePhase({
      phase: "WEIGHTEDPIPELINE",
      status: "missing: WEIGHTEDPIPELINE",
      calls: null,
    });
    const total = sumPhases("sum", [points, missing]);
    expect(total.status).toBe("missing: WEIGHTEDPIPELINE");
    expect(total.calls).toBeNull();
  });

  describe("bad input", () => {
    it("refuses no parts", () => {
      expect(() => sumPhases("sum", [])).toThrow(RangeError);
    });
  });
});
