import { normalizeId } from "../../../src/core/values/normalize-id";
import { normalizeKey } from "../../../src/core/values/normalize-key";

describe("normalizeKey", () => {
  it("trims, lower-cases and collapses inner whitespace", () => {
    expect(normalizeKey("  Closed   Won ")).toBe("closed won");
    expect(normalizeKey("Proposal")).toBe("proposal");
    expect(normalizeKey("Max\tPer\u00a0Stage")).toBe("max per stage");
  });
});

describe("normalizeId", () => {
  it("trims text and keeps its case", () => {
    expect(normalizeId("  L-7a ")).toBe("L-7a");
  });

  it("writes numbers so that 123 and '123' match", () => {
    expect(normalizeId(123)).toBe(normalizeId("123"));
    expect(normalizeId(123)).toBe("123");
  });
});

describe("bad input", () => {
  it("turns blanks into empty keys", () => {
    for (const blank of [null, undefined, "", "   "]) {
      expect(normalizeKey(blank)).toBe("");
      expect(normalizeId(blank)).toBe("");
    }
  });
});
