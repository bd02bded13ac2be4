/** Masses on consecutive integer cells starting at cell `offset`. */
export interface TrimmedArray {
  readonly offset: number;
  readonly masses: Float64Array;
}

/** Mass that may be dropped from each end of an array after each step: far below any reported digit. */
export const TRIM_MASS = 1e-15;

/**
 * Drops leading and trailing cells whose cumulative mass is below TRIM_MASS, so supports stay
 * as wide as the distribution really is (a few standard deviations) rather than the sum of all values.
 * @example
 * trimArray({ offset: 0, masses: new Float64Array([1e-18, 0.5, 0.5, 0]) }); // => { offset: 1, masses: [0.5, 0.5] }
 */
export function trimArray(array: TrimmedArray): TrimmedArray {
  const { masses } = array;
  let start = 0;
  let dropped = 0;
  while (start < masses.length - 1 && dropped + (masses[start] as number) < TRIM_MASS) {
    dropped += masses[start] as number;
    start += 1;
  }
  let end = masses.length;
  dropped = 0;
  while (end - 1 > start && dropped + (masses[end - 1] as number) < TRIM_MASS) {
    dropped += masses[end - 1] as number;
    end -= 1;
  }
  return { offset: array.offset + start, masses: masses.subarray(start, end) };
}
