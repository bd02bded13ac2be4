import type { BulkApproximation } from "./approximate-bulk";
import type { Atoms } from "./atoms";
import { clampLevel, type OutcomeQueries } from "./quantile-query";
import { firstIndex } from "./query-atoms";

/** Beyond this many standard deviations the bulk's CDF is 0 or 1 to double precision. */
const REACH = 9;

/**
 * Quantiles and tail probabilities of constant + L + S, L discrete (the large leads), S the bulk.
 * Formula: P(R ≤ r) = Σ_j mass_j · P(S ≤ r − constant − atom_j); only atoms within 9σ of the
 * edge are evaluated, the rest come from cumulative sums. Quantiles by bisection on r.
 * @example
 * queryMixture(ZERO_ATOMS, bulk, 0, total).quantile(0.5); // => ≈ bulk.mean
 */
export function queryMixture(
  atoms: Atoms,
  bulk: BulkApproximation,
  constant: number,
  total: number,
): OutcomeQueries {
  const count = atoms.values.length;
  const cumulative = new Float64Array(count + 1);
  atoms.masses.forEach((mass, index) => {
    cumulative[index + 1] = (cumulative[index] as number) + mass;
  });
  const reach = REACH * bulk.deviation;
  const mixedCdf = (amount: number, bulkCdf: (x: number) => number): number => {
    const edge = amount - constant - bulk.mean;
    const first = firstIndex(count, (at) => (atoms.values[at] as number) >= edge - reach);
    const last = firstIndex(count, (at) => (atoms.values[at] as number) > edge + reach);
    let probability = cumulative[first] as number;
    for (let at = first; at < last; at += 1) {
      probability += (atoms.masses[at] as number) * bulkCdf(amount - constant - (atoms.values[at] as number));
    }
    return Math.min(1, Math.max(0, probability));
  };
  return {
    quantile(q) {
      const level = clampLevel(q);
      let low = constant;
      let high = constant + total;
      for (let step = 0; step < 80 && high - low > 1e-9 * Math.max(1, total); step += 1) {
        const middle = (low + high) / 2;
        if (mixedCdf(middle, bulk.atMost) >= level) high = middle;
        else low = middle;
      }
      return high;
    },
    probabilityAtLeast(amount) {
      return 1 - mixedCdf(amount, bulk.below);
    },
  };
}
