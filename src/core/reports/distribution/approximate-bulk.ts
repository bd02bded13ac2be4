import { findLatticeSpan } from "./find-lattice-span";
import { normalCdf, normalDensity } from "./normal-cdf";

/** The CDF of a sum of many small leads, as a one-term Edgeworth expansion. */
export interface BulkApproximation {
  readonly mean: number;
  readonly deviation: number;
  /** The lattice S lives on (every value a multiple of it), or null. */
  readonly span: number | null;
  /** P(S ≤ x). */
  atMost(x: number): number;
  /** P(S < x). */
  below(x: number): number;
}

/**
 * Approximates S = Σ value_i · Bernoulli(p_i) by its one-term Edgeworth expansion; when every value
 * is a multiple of a span (whole cents with a common divisor), S lives on that lattice and the CDF
 * is read at the midpoint between lattice points (Esseen's continuity correction).
 * Formula: G(x) = Φ(z) − φ(z)·γ/6·(z² − 1), z = (x − μ)/σ, μ = Σ v p, σ² = Σ v² p q, γ = Σ v³ p q (q − p) / σ³.
 * @example
 * approximateBulk([1, 1], [0.5, 0.5]).atMost(1); // => 0.760 (Φ(0.5 / 0.707); exact 0.75)
 */
export function approximateBulk(
  values: readonly number[],
  probabilities: readonly number[],
): BulkApproximation {
  let mean = 0;
  let variance = 0;
  let thirdCumulant = 0;
  values.forEach((value, lead) => {
    const probability = probabilities[lead] ?? 0;
    const spread = probability * (1 - probability);
    mean += value * probability;
    variance += value * value * spread;
    thirdCumulant += value * value * value * spread * (1 - 2 * probability);
  });
  const deviation = Math.sqrt(variance);
  const skewness = deviation > 0 ? thirdCumulant / (variance * deviation) : 0;
  const span = findLatticeSpan(values);
  const smooth = (x: number): number => {
    if (deviation === 0) return x >= mean ? 1 : 0;
    const z = (x - mean) / deviation;
    const value = normalCdf(z) - (normalDensity(z) * skewness * (z * z - 1)) / 6;
    return Math.min(1, Math.max(0, value));
  };
  if (span === null) return { mean, deviation, span, atMost: smooth, below: smooth };
  // A tiny relative slack keeps a lattice point computed with float noise on its own side.
  const slack = 1e-9;
  return {
    mean,
    deviation,
    span,
    atMost: (x) => smooth(span * Math.floor(x / span + slack) + span / 2),
    below: (x) => smooth(span * (Math.ceil(x / span - slack) - 1) + span / 2),
  };
}
