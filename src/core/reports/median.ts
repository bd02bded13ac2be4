/**
 * The median of some numbers (mean of the middle two for an even count); null when there are none.
 * @example
 * median([7, 1, 3, 10]); // => 5
 */
export function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  // A typed array sorts numerically and natively, with no comparator calls.
  const sorted = Float64Array.from(numbers).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}
