/**
 * numerator / denominator, or null when the denominator is 0 (or either is not finite): reports
 * show null, never Infinity or NaN.
 * @example
 * ratioOrNull(3, 4); // => 0.75
 * ratioOrNull(3, 0); // => null
 */
export function ratioOrNull(numerator: number, denominator: number): number | null {
  const ratio = numerator / denominator;
  return denominator === 0 || !Number.isFinite(ratio) ? null : ratio;
}
