import { formatPoints } from "./format-percent";

/**
 * A number of percentage points with its unit, singular only for exactly one point as shown.
 * Formula: formatPoints(points) + (shown as 1 or -1 ? " pt" : " pts").
 * @example
 * labelPoints(1); // => "1 pt"
 * labelPoints(13); // => "13 pts"
 */
export function labelPoints(points: number): string {
  const shown = formatPoints(points);
  return `${shown} ${shown === "1" || shown === "-1" ? "pt" : "pts"}`;
}
