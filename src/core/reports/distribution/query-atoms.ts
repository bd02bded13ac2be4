import type { Atoms } from "./atoms";
import { clampLevel, LEVEL_SLACK, type OutcomeQueries } from "./quantile-query";

/**
 * Quantiles and tail probabilities of constant + a discrete distribution, by binary search over
 * cumulative masses: O(log atoms) per question. With `cellWidth` > 0 each atom stands for a cell
 * of that width around it (a lattice approximation) and answers interpolate inside the cell;
 * with 0 the atoms are exact and sums within `tolerance` of an amount count as equal to it.
 * @example
 * queryAtoms({ values: new Float64Array([0, 10]), masses: new Float64Array([0.5, 0.5]) }, 5, 0, 1e-9).quantile(0.9); // => 15
 */
export function queryAtoms(
  atoms: Atoms,
  constant: number,
  cellWidth: number,
  tolerance: number,
): OutcomeQueries {
  const count = atoms.values.length;
  const cumulative = new Float64Array(count + 1);
  atoms.masses.forEach((mass, index) => {
    cumulative[index + 1] = (cumulative[index] as number) + mass;
  });
  const total = cumulative[count] as number;
  const half = cellWidth / 2;
  return {
    quantile(q) {
      const level = clampLevel(q) * total - LEVEL_SLACK;
      const index = Math.min(
        firstIndex(count, (at) => (cumulative[at + 1] as number) >= level),
        count - 1,
      );
      const atom = atoms.values[index] as number;
      if (cellWidth === 0) return constant + atom;
      const fraction = (level - (cumulative[index] as number)) / (atoms.masses[index] as number);
      return constant + atom - half + cellWidth * Math.min(1, Math.max(0, fraction));
    },
    probabilityAtLeast(amount) {
      const threshold = amount - constant;
      // The first atom whose cell (or tolerance band) reaches the threshold.
      const index = firstIndex(count, (at) => (atoms.values[at] as number) + half >= threshold - tolerance);
      let above = total - (cumulative[index] as number);
      if (cellWidth > 0 && index < count) {
        const straddled = ((atoms.values[index] as number) + half - threshold) / cellWidth;
        above -= (atoms.masses[index] as number) * (1 - Math.min(1, Math.max(0, straddled)));
      }
      return Math.min(1, Math.max(0, above / total));
    },
  };
}

/** The first index in [0, count) where `test` holds (it must be monotone), or count. */
export function firstIndex(count: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
