import { parsePercent } from "../../../src/core/values/parse-percent";

describe("parsePercent", () => {
  it("reads a number in [0, 1] as a fraction", () => {
    expect(parsePercent(0.6)).toBe(0.6);
    expect(parsePercent(0)).toBe(0);
    expect(parsePercent(1)).toBe(1); // 1 is 100 %, not 1 %: the fraction reading wins at the edge
  });

  it("reads a number in (1, 100] as a percent", () => {
    expect(parsePercent(60)).toBe(0.6); // 60 / 100
    expect(parsePercent(100)).toBe(1);
    expect(parsePercent(1.5)).toBe(0.015); // 1.5 / 100
  });

  it("reads text with % as a percent, always", () => {
    expect(parsePercent("60%")).toBe(0.6);
    expect(parsePercent(" 60 % ")).toBe(0.6);
    expect(parsePercent("0.5%")).toBe(0.005); // 0.5 / 100
    expect(parsePercent("100%")).toBe(1);
    expect(parsePercent("12,5%")).toBe(0.125); // decimal comma: 12.5 / 100
  });

  it("reads text without % like a number", () => {
    expect(parsePercent("0.6")).toBe(0.6);
    expect(parsePercent("60")).toBe(0.6);
    expect(parsePercent("0,6")).toBe(0.6);
  });
});

describe("bad input", () => {
  it("gives null for blanks", () => {
    for (const blank of ["", "   ", "\u00a0", null, undefined]) expect(parsePercent(blank)).toBeNull();
  });

  it("gives NaN for what is not a percentage", () => {
    const invalid = [
      "150%",
      150,
      -0.1,
      "-5%",
      "sixty",
      "#N/A",
      "60%%",
      "6 0",
      "1e1",
      true,
      new Date(),
      Number.NaN,
    ];
    for (const raw of invalid) expect(parsePercent(raw)).toBeNaN();
  });
});
