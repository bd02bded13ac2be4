import { WINRATE } from "../../src/functions/win-rate";

describe("WINRATE", () => {
  it("divides won by won + lost, ignoring open and blank rows", () => {
    // won: "Won", "won", "Closed Won" = 3; lost: "Lost" = 1 → 3 / (3 + 1) = 0.75
    expect(WINRATE([["Won"], ["Lost"], ["won"], ["Open"], [""], ["Closed Won"]])).toBe(0.75);
  });

  it("weighs each closed lead by its value when values are given", () => {
    // won 3 000 + 1 000 = 4 000; lost 1 000 → 4 000 / 5 000 = 0.8 (the open 9 999 is ignored)
    expect(WINRATE([["Won"], ["Lost"], ["Won"], ["Open"]], [[3000], [1000], [1000], [9999]])).toBe(0.8);
  });

  it("counts a blank value as 0 when weighing by value", () => {
    // won 2 000; lost 2 000 + blank (0) → 2 000 / 4 000 = 0.5
    expect(WINRATE([["Won"], ["Lost"], ["Lost"]], [["$2,000"], [2000], [""]])).toBe(0.5);
  });

  it("takes a single cell", () => {
    expect(WINRATE("Closed-Won")).toBe(1);
    expect(WINRATE("lost")).toBe(0);
  });
});

describe("bad input", () => {
  it("fails with a clear text when no lead is closed", () => {
    expect(() => WINRATE([["Open"], [""]])).toThrow("WINRATE: no won or lost leads");
  });

  it("fails when the closed leads have no value", () => {
    expect(() => WINRATE([["Won"], ["Lost"]], [[0], [""]])).toThrow(
      "WINRATE: won and lost leads have no value",
    );
  });

  it("names the row of an unknown status in a column", () => {
    expect(() => WINRATE([["Won"], ["maybe"], ["Lost"]])).toThrow(
      `WINRATE: argument 'statuses' row 2 is not Open, Won or Lost: "maybe"`,
    );
    // blank statuses are open leads: 1 won / (1 won + 1 lost) = 0.5
    expect(WINRATE([["Won"], [""], ["Lost"]])).toBe(0.5);
  });

  it("names an unknown status given as a single cell", () => {
    expect(() => WINRATE("maybe")).toThrow(`WINRATE: argument 'statuses' is not Open, Won or Lost: "maybe"`);
  });

  it("rejects values of another length", () => {
    expect(() => WINRATE([["Won"], ["Lost"]], [[1]])).toThrow(
      "WINRATE: argument 'values' has 1 rows but 'statuses' has 2",
    );
  });
});
