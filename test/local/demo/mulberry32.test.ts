import { createMulberry32 } from "../../../src/local/demo/mulberry32";

/** Tommy Ettinger's mulberry32 as published (bryc/code, jshash/PRNGs.md), typed but unchanged. */
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a += 0x6d2b79f5;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("createMulberry32", () => {
  it("matches the published mulberry32 sequence", () => {
    for (const seed of [0, 1, 42, 123456789]) {
      const random = createMulberry32(seed);
      const reference = referenceMulberry32(seed);
      for (let draw = 0; draw < 1000; draw++) expect(random()).toBe(reference());
    }
  });

  it("repeats a sequence for the same seed and changes it for another", () => {
    const first = createMulberry32(7);
    const again = createMulberry32(7);
    const other = createMulberry32(8);
    const firstDraws = Array.from({ length: 20 }, () => first());
    expect(Array.from({ length: 20 }, () => again())).toEqual(firstDraws);
    expect(Array.from({ length: 20 }, () => other())).not.toEqual(firstDraws);
  });

  it("draws uniformly from [0, 1)", () => {
    const random = createMulberry32(2024);
    const draws = 100_000;
    let sum = 0;
    let outOfRange = 0;
    for (let draw = 0; draw < draws; draw++) {
      const value = random();
      if (!(value >= 0 && value < 1)) outOfRange++;
      sum += value;
    }
    expect(outOfRange).toBe(0);
    // A uniform on [0, 1) has mean 1/2 and variance 1/12, so the sample mean's SE is sqrt(1/12/n).
    const standardError = Math.sqrt(1 / 12 / draws);
    expect(Math.abs(sum / draws - 0.5)).toBeLessThan(4 * standardError);
  });
});
