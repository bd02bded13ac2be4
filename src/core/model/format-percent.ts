/**
 * A fraction as a percentage for people: whole when it is whole to one decimal, else one decimal.
 * Formula: round(fraction × 1000) / 10, then "%".
 * @example
 * formatPercent(0.63); // => "63%"
 * formatPercent(0.625); // => "62.5%"
 */
export function formatPercent(fraction: number): string {
  return `${formatPoints(fraction * 100)}%`;
}

/**
 * A number of percentage points, whole when it is whole to one decimal, else one decimal.
 * @example
 * formatPoints(2.5); // => "2.5"
 */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
