import { rankTopCalls } from "../../scripts/bench/rank-top-calls";

describe("rankTopCalls", () => {
  it("lists the most frequent calls first, ties by name, up to the limit", () => {
    const calls = { "Range.getValues": 3, "Sheet.getRange": 5, "Range.setValues": 3, "Sheet.getName": 1 };
    // By hand: 5 first, then the two 3s alphabetically (getValues < setValues); limit 3 drops the 1.
    expect(rankTopCalls(calls, 3)).toEqual([
      { name: "Sheet.getRange", count: 5 },
      { name: "Range.getValues", count: 3 },
      { name: "Range.setValues", count: 3 },
    ]);
  });

  it("gives nothing for no calls", () => {
    expect(rankTopCalls({}, 5)).toEqual([]);
  });
});
