import { parseMoney } from "../../../src/core/values/parse-money";

describe("parseMoney", () => {
  it("keeps numbers as they are, negatives included", () => {
    expect(parseMoney(1234.5)).toBe(1234.5);
    expect(parseMoney(-200)).toBe(-200);
    expect(parseMoney(0)).toBe(0);
  });

  it("strips currency signs, codes and spaces", () => {
    expect(parseMoney("$10,000")).toBe(10_000);
    expect(parseMoney("10 000 €")).toBe(10_000);
    expect(parseMoney("10\u202f000\u00a0€")).toBe(10_000); // narrow and non-breaking spaces
    expect(parseMoney("USD 2,500")).toBe(2500);
    expect(parseMoney("2500 eur")).toBe(2500);
    expect(parseMoney("£99")).toBe(99);
    expect(parseMoney("R$ 1.000,00")).toBe(1000);
    expect(parseMoney("CHF 1'234.50")).toBe(1234.5); // Swiss apostrophe groups
  });

  it("takes the last separator as decimal when both kinds appear", () => {
    expect(parseMoney("1.234,50")).toBe(1234.5);
    expect(parseMoney("1,234.50")).toBe(1234.5);
    expect(parseMoney("€1.234.567,89")).toBe(1_234_567.89);
  });

  it("takes a lone separator followed by exactly three digits as thousands", () => {
    expect(parseMoney("1.234")).toBe(1234);
    expect(parseMoney("1,234")).toBe(1234);
    expect(parseMoney("1,234,567")).toBe(1_234_567);
    expect(parseMoney("₹1,00,000")).toBe(100_000); // Indian lakh grouping
  });

  it("takes a separator followed by other than three digits as decimal", () => {
    expect(parseMoney("1,5")).toBe(1.5);
    expect(parseMoney("12.5")).toBe(12.5);
    expect(parseMoney("12,50 €")).toBe(12.5);
    expect(parseMoney("0.125")).toBe(0.125); // a leading zero is never a thousands group
  });

  it("reads a leading minus or accounting parentheses as negative", () => {
    expect(parseMoney("-$1,200")).toBe(-1200);
    expect(parseMoney("$-1,200")).toBe(-1200);
    expect(parseMoney("−1200")).toBe(-1200); // Unicode minus sign
    expect(parseMoney("(1,200)")).toBe(-1200);
    expect(parseMoney("+1200")).toBe(1200);
  });
});

describe("bad input", () => {
  it("gives null for blanks", () => {
    for (const blank of ["", "  ", null, undefined]) expect(parseMoney(blank)).toBeNull();
  });

  it("gives NaN for text, errors and things that are not amounts", () => {
    const invalid = [
      "ten thousand",
      "TBD",
      "10k",
      "#N/A",
      "#REF!",
      "N/A",
      "$",
      "-",
      "1.5.2024", // a date, not a grouped number: the last group has four digits
      "1,2,3",
      "1.234.5,6,7",
      "12-5",
      "--5",
      true,
      new Date(),
      Number.POSITIVE_INFINITY,
      Number.NaN,
    ];
    for (const raw of invalid) expect(parseMoney(raw)).toBeNaN();
  });
});
