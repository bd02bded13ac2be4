import { TRIM_MASS, type TrimmedArray } from "./trimmed-array";

/**
 * The distribution of the number of successes among independent Bernoulli(probability_i)
 * (Poisson binomial), in place in one buffer, its negligible tails trimmed as it grows.
 * Formula: counts'[c] = counts[c]·(1 − p) + counts[c − 1]·p, one probability at a time.
 * @example
 * countDistribution([0.5, 0.5]).masses; // => Float64Array [0.25, 0.5, 0.25]
 */
export function countDistribution(probabilities: readonly number[]): TrimmedArray {
  const counts = new Float64Array(probabilities.length + 1);
  counts[0] = 1;
  let low = 0;
  let high = 0;
  for (const probability of probabilities) {
    const keep = 1 - probability;
    high += 1;
    counts[high] = 0;
    // Downwards, so counts[c − 1] is still the old value when counts[c] reads it.
    for (let count = high; count > low; count -= 1) {
      counts[count] = (counts[count] as number) * keep + (counts[count - 1] as number) * probability;
    }
    counts[low] = (counts[low] as number) * keep;
    let dropped = 0;
    while (low < high && dropped + (counts[low] as number) < TRIM_MASS) dropped += counts[low++] as number;
    dropped = 0;
    while (high > low && dropped + (counts[high] as number) < TRIM_MASS) dropped += counts[high--] as number;
  }
  return { offset: low, masses: counts.subarray(low, high + 1) };
}
