/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type RandomSource = () => number;

/**
 * A seeded mulberry32 generator (Tommy Ettinger's 32-bit PRNG): tiny, fast, and good enough for
 * demo data. The same seed always yields the same sequence.
 * @example
 * const random = createMulberry32(42);
 * random(); // => a number in [0, 1), the same on every run
 */
export function createMulberry32(seed: number): RandomSource {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
