import type { RandomSource } from "./mulberry32";

/**
 * A normal deviate by the Box–Muller transform: sqrt(−2 ln u₁) · cos(2π u₂) · sd + mean.
 * Uses two uniforms per call and discards the sine twin so that calls stay stateless.
 * @example
 * drawNormal(createMulberry32(1), 100, 15); // => a number near 100
 */
export function drawNormal(random: RandomSource, mean = 0, standardDeviation = 1): number {
  // 1 − u keeps the logarithm's argument in (0, 1], never 0.
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return mean + standardDeviation * radius * Math.cos(2 * Math.PI * random());
}
