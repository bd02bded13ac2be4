import { runtimeWithStagesTab, STAGES_TABLE } from "../helpers/custom-function-runtime";
import { loadAddon } from "../helpers/load-addon";

// Custom functions called as Sheets calls them: through dist/Code.js in the local runtime, in
// AuthMode.CUSTOM_FUNCTION, with ranges as 2D arrays ('' for blanks) and single cells as values.
// Bad input, function by function: column-functions-bad-input and aggregate-functions-bad-input.

describe("LEADCONFIDENCE", () => {
  it("answers a column with a column, blanks staying blank", () => {
    const runtime = runtimeWithStagesTab();
    const result = runtime.callCustomFunction(
      "LEADCONFIDENCE",
      [["Proposal"], ["Lead"], [""], ["Negotiation"], ["Proposal"]],
      [[13], [0], [""], [30], [5]],
      [[""], [""], [""], [""], ["80%"]],
      [["open"], ["won"], [""], [""], [""]],
      STAGES_TABLE,
    );
    // Proposal 0.50 + 13 pts = 0.63 (< cap 0.70, Negotiation's confidence); won → 1; blank row
    // → blank; Negotiation 0.70 + 30 pts = 1.00, capped at 0.95 (last open stage); override 80 %.
    expect(result).toEqual([[0.63], [1], [""], [0.95], [0.8]]);
  });

  it("reads the Stages tab when no stages_table is given", () => {
    const runtime = runtimeWithStagesTab();
    // Lead 0.10 + 3 pts = 0.13, under the cap 0.50 (Proposal).
    expect(runtime.callCustomFunction("LEADCONFIDENCE", "Lead", 3)).toBeCloseTo(0.13, 10);
  });
});

describe("ACTIVITYPOINTS", () => {
  it("sums the counted points of each lead", () => {
    const runtime = runtimeWithStagesTab();
    const activities = [
      ["Lead ID", "Type", "Date", "Completed"],
      ["L1", "Meeting", new Date(2026, 5, 1), true],
      ["L1", "Call", new Date(2026, 5, 20), ""],
      ["L2", "Email", new Date(2026, 6, 15), ""],
      ["L2", "Meeting", new Date(2025, 0, 1), true],
    ];
    const result = runtime.callCustomFunction(
      "ACTIVITYPOINTS",
      [["L1"], ["L2"], [""]],
      activities,
      new Date(2026, 5, 30),
    );
    // L1: meeting 5 + call 3 (blank Completed, dated before as-of) = 8. L2: the email is after
    // the as-of date and the meeting is outside the 90-day window → 0. Blank id → blank.
    expect(result).toEqual([[8], [0], [""]]);
  });
});

describe("pipeline functions", () => {
  it("WEIGHTEDPIPELINE weights open leads only", () => {
    const runtime = runtimeWithStagesTab();
    const values = [[1000], [2000], [500], [""]];
    const confidences = [[0.5], ["60%"], [1], [""]];
    // 1000 × 0.5 + 2000 × 0.6 = 1700; the won lead is not pipeline.
    expect(
      runtime.callCustomFunction("WEIGHTEDPIPELINE", values, confidences, [["open"], [""], ["won"], [""]]),
    ).toBe(1700);
  });

  it("WINRATE counts or weighs won against lost", () => {
    const runtime = runtimeWithStagesTab();
    const statuses = [["won"], ["lost"], ["Closed Won"], ["open"]];
    expect(runtime.callCustomFunction("WINRATE", statuses)).toBeCloseTo(2 / 3, 12);
    // By value: won 100 + 200 = 300 of closed 600.
    expect(runtime.callCustomFunction("WINRATE", statuses, [[100], [300], [200], [50]])).toBeCloseTo(0.5, 12);
  });

  it("PIPELINENEEDED divides the remaining target by the win rate", () => {
    const runtime = runtimeWithStagesTab();
    // (100 000 − 20 000) / 0.25 = 320 000.
    expect(runtime.callCustomFunction("PIPELINENEEDED", 100000, "25%", 20000)).toBeCloseTo(320000, 6);
  });

  it("TARGETPROBABILITY and FORECASTRANGE match the worked example", () => {
    const runtime = runtimeWithStagesTab();
    const values = [[10000], [20000], [50000]];
    const confidences = [[0.9], [0.5], [0.2]];
    // Enumerating the 8 outcomes: P(R ≥ 30k) = .36 + .01 + .09 + .01 + .09 = 0.56 and
    // P(R ≥ 50k) = 0.20; the CDF is .04, .40, .44, .80 at 0, 10k, 20k, 30k, so P50 = 30k.
    expect(runtime.callCustomFunction("TARGETPROBABILITY", values, confidences, 30000)).toBeCloseTo(0.56, 3);
    expect(runtime.callCustomFunction("TARGETPROBABILITY", values, confidences, 50000)).toBeCloseTo(0.2, 3);
    const median = runtime.callCustomFunction("FORECASTRANGE", values, confidences, 0.5) as number;
    expect(Math.abs(median - 30000)).toBeLessThanOrEqual(400);
  });
});

describe("bad input", () => {
  it("names the function and the argument when column lengths differ", () => {
    const runtime = runtimeWithStagesTab();
    expect(() => runtime.callCustomFunction("WEIGHTEDPIPELINE", [[1], [2]], [[0.5]])).toThrow(
      /WEIGHTEDPIPELINE/,
    );
  });

  it("refuses a win rate of 0 instead of returning Infinity", () => {
    const runtime = runtimeWithStagesTab();
    expect(() => runtime.callCustomFunction("PIPELINENEEDED", 1000, 0)).toThrow(/PIPELINENEEDED.*win_rate/);
  });

  it("names a missing Stages tab", () => {
    const runtime = loadAddon().runtime;
    expect(() => runtime.callCustomFunction("LEADCONFIDENCE", "Lead")).toThrow(/LEADCONFIDENCE.*Stages/);
  });
});

describe("a bad row between column functions", () => {
  it("shows its reason in the LEADCONFIDENCE column, and WEIGHTEDPIPELINE over it names the row", () => {
    const runtime = runtimeWithStagesTab();
    const confidences = runtime.callCustomFunction("LEADCONFIDENCE", [["Proposal"], ["Pilot"]], [[0], [0]]);
    const reason = `LEADCONFIDENCE: argument 'stage': no stage is named "Pilot"`;
    // By hand: Proposal 50 % + 0 pts = 0.5; "Pilot" is in no Stages row.
    expect(confidences).toEqual([[0.5], [reason]]);
    expect(() =>
      runtime.callCustomFunction("WEIGHTEDPIPELINE", [[10000], [20000]], confidences as unknown[][]),
    ).toThrow("WEIGHTEDPIPELINE: argument 'confidences' row 2");
  });
});
