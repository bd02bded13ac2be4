import { drawNormal } from "./draw-normal";
import type { RandomSource } from "./mulberry32";

/**
 * A lognormal deviate given its median: median · exp(sigma · z), z standard normal.
 * @example
 * drawLognormal(createMulberry32(1), 20000, 1); // => half of the draws fall below 20000
 */
export function drawLognormal(random: RandomSource, median: number, sigma: number): number {
  return median * Math.exp(sigma * drawNormal(random));
}
