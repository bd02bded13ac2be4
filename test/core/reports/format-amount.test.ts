import { formatAmount } from "../../../src/core/reports/format-amount";

describe("formatAmount", () => {
  it("rounds to whole units and groups thousands", () => {
    expect(formatAmount(128_000)).toBe("128,000");
    expect(formatAmount(1_234_567.5)).toBe("1,234,568"); // .5 rounds up
    expect(formatAmount(999)).toBe("999");
    expect(formatAmount(0)).toBe("0");
    expect(formatAmount(-45_000)).toBe("-45,000");
  });
});
