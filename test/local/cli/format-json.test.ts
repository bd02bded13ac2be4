import { formatJson } from "../../../src/local/cli/format-json";

describe("formatJson", () => {
  it("prints a sum of decimal fractions as the decimal a person wrote", () => {
    // 0.1 + 0.05 is 0.15000000000000002 in binary floating point; 0.15 by hand.
    expect(JSON.parse(formatJson({ confidence: 0.1 + 0.05 }))).toEqual({ confidence: 0.15 });
    expect(formatJson({ confidence: 0.1 + 0.05 })).not.toContain("0000000");
  });

  it("keeps integers, nulls, strings and twelve significant digits as they are", () => {
    const value = { value: 1_234_567, winRate: 0.118049281314, id: "L-1", coverage: null };
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });

  describe("bad input", () => {
    it("prints non-finite numbers as JSON does (null), never as text", () => {
      expect(JSON.parse(formatJson({ ratio: Number.POSITIVE_INFINITY, other: Number.NaN }))).toEqual({
        ratio: null,
        other: null,
      });
    });
  });
});
