import { median } from "../../scripts/bench/median";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    // Sorted: 10, 20, 30 → the middle one is 20.
    expect(median([30, 10, 20])).toBe(20);
  });

  it("averages the two middle values of an even count", () => {
    // Sorted: 1, 2, 4, 100 → (2 + 4) / 2 = 3.
    expect(median([100, 4, 1, 2])).toBe(3);
  });

  it("leaves the samples as they were", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  describe("bad input", () => {
    it("refuses no samples", () => {
      expect(() => median([])).toThrow(RangeError);
    });
  });
});
