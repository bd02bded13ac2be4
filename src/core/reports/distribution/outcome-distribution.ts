import { approximateBulk, type BulkApproximation } from "./approximate-bulk";
import { type Atoms, ZERO_ATOMS } from "./atoms";
import { convolveExactly, type ExactWork } from "./convolve-exactly";
import { convolveOnLattice } from "./convolve-on-lattice";
import { estimateLatticeWork } from "./estimate-lattice-work";
import { findLatticeSpan } from "./find-lattice-span";
import type { OutcomeQueries } from "./quantile-query";
import { queryAtoms } from "./query-atoms";
import { queryMixture } from "./query-mixture";
import { rebinAtoms } from "./rebin-atoms";
import { splitLargeLeads } from "./split-large-leads";

/** How the distribution was computed: exactly, on a lattice, or large leads exactly plus an Edgeworth bulk. */
export type OutcomeMethod = "exact" | "lattice" | "mixed";

export interface OutcomeDistribution extends OutcomeQueries {
  readonly method: OutcomeMethod;
}

/** Work allowed for exact enumeration (a few tens of milliseconds). */
const EXACT_WORK: ExactWork = { atoms: 2e6, counts: 1e7 };
/** Cells across the large leads' total when they cannot be enumerated exactly. */
const LARGE_LEAD_CELLS = 16_384;
/** Large-lead atoms kept as they are beside a bulk; more are rebinned. */
const MAX_MIXED_ATOMS = 2048;
/** Cells a convolution on the values' own lattice may visit (a few tens of milliseconds). */
const SPAN_LATTICE_WORK = 4e7;
/** Cells per standard deviation of R on the all-lattice path. */
const CELLS_PER_DEVIATION = 64;
/** Never more cells than this across the whole pipeline on the all-lattice path. */
const MAX_CELLS = 1 << 20;

/**
 * The distribution of R = Σ value_i · Bernoulli(probability_i), leads independent (SPEC §3).
 * Exact enumeration when it is cheap; else the largest leads exactly (or on a fine lattice) and the
 * rest by an Edgeworth expansion when they are many and small enough (Lyapunov ratio ≤ 0.06);
 * else exactly on the values' own lattice (their common divisor) when that is affordable;
 * else every lead on a lattice fine against R's standard deviation. Values ≤ 0 and
 * probabilities ≤ 0 add nothing; probabilities ≥ 1 add their value for sure.
 * @example
 * outcomeDistribution([10_000, 20_000, 50_000], [0.9, 0.5, 0.2]).probabilityAtLeast(30_000); // => 0.56
 */
export function outcomeDistribution(
  values: readonly number[],
  probabilities: readonly number[],
): OutcomeDistribution {
  const uncertainValues: number[] = [];
  const uncertainProbabilities: number[] = [];
  let constant = 0;
  for (let lead = 0; lead < values.length; lead += 1) {
    const value = values[lead] as number;
    const probability = probabilities[lead] ?? 0;
    if (!(value > 0 && value < Number.POSITIVE_INFINITY && probability > 0)) continue;
    if (probability >= 1) constant += value;
    else {
      uncertainValues.push(value);
      uncertainProbabilities.push(probability);
    }
  }
  const total = uncertainValues.reduce((sum, value) => sum + value, 0);
  const tolerance = 1e-9 * Math.max(1, total + constant);
  const exact = convolveExactly(uncertainValues, uncertainProbabilities, EXACT_WORK);
  const within = (method: OutcomeMethod, queries: OutcomeQueries): OutcomeDistribution => ({
    method,
    // R lies in [constant, constant + total]; approximations must not stray outside (nor give −0).
    quantile: (q) => Math.min(constant + total, Math.max(constant, queries.quantile(q))) + 0,
    probabilityAtLeast: (amount) =>
      amount <= constant ? 1 : amount > constant + total ? 0 : queries.probabilityAtLeast(amount),
  });
  if (exact !== null) return within("exact", queryAtoms(exact, constant, 0, tolerance));
  const split = splitLargeLeads(uncertainValues, uncertainProbabilities);
  if (split !== null) {
    const bulk = approximateBulk(split.bulk.values, split.bulk.probabilities);
    const large = coarsen(convolveLarge(split.large.values, split.large.probabilities), bulk);
    return within("mixed", queryMixture(large, bulk, constant, total));
  }
  const onSpan = convolveOnOwnLattice(uncertainValues, uncertainProbabilities);
  if (onSpan !== null) return within("exact", queryAtoms(onSpan, constant, 0, tolerance));
  const deviation = Math.sqrt(
    uncertainValues.reduce((sum, value, lead) => {
      const probability = uncertainProbabilities[lead] ?? 0;
      return sum + value * value * probability * (1 - probability);
    }, 0),
  );
  const cellWidth = Math.max(deviation / CELLS_PER_DEVIATION, total / MAX_CELLS);
  const lattice = convolveOnLattice(uncertainValues, uncertainProbabilities, cellWidth);
  return within("lattice", queryAtoms(lattice, constant, cellWidth, 0));
}

/**
 * When every value is a whole multiple of one span (whole hundreds, whole thousands), R lives on
 * that lattice: convolving on it is exact (up to trimmed tails of 1e-15), where a lattice of
 * σ/64 would move every value and smear R's real steps. Null when it would cost too much.
 */
function convolveOnOwnLattice(values: readonly number[], probabilities: readonly number[]): Atoms | null {
  const span = findLatticeSpan(values);
  if (span === null || estimateLatticeWork(values, probabilities, span) > SPAN_LATTICE_WORK) return null;
  return convolveOnLattice(values, probabilities, span);
}

/**
 * Atoms much closer together than the bulk's deviation cannot be told apart once the bulk is
 * added: past MAX_MIXED_ATOMS they are rebinned to σ/32 (a multiple of the bulk's lattice span,
 * so a lattice bulk stays aligned), which keeps each CDF evaluation to a few hundred terms.
 */
function coarsen(atoms: Atoms, bulk: BulkApproximation): Atoms {
  if (atoms.values.length <= MAX_MIXED_ATOMS) return atoms;
  const width = bulk.deviation / 32;
  const span = bulk.span;
  return rebinAtoms(atoms, span === null ? width : span * Math.max(1, Math.floor(width / span)));
}

function convolveLarge(values: readonly number[], probabilities: readonly number[]): Atoms {
  if (values.length === 0) return ZERO_ATOMS;
  const exact = convolveExactly(values, probabilities, EXACT_WORK);
  if (exact !== null) return exact;
  const total = values.reduce((sum, value) => sum + value, 0);
  return convolveOnLattice(values, probabilities, total / LARGE_LEAD_CELLS);
}
