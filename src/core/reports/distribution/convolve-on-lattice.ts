import type { Atoms } from "./atoms";
import { countDistribution } from "./count-distribution";
import { type TrimmedArray, trimArray } from "./trimmed-array";

/**
 * The distribution of Σ value_i · Bernoulli(probability_i) with each value rounded to the nearest
 * multiple of `cellWidth`, shifted by Σ rounding error_i × probability_i so the mean stays exact.
 * Leads of equal rounded value are one Poisson-binomial count, so the work is
 * Σ over distinct cell values of (support width × count support width), not leads × width.
 * @example
 * convolveOnLattice([10, 20], [0.5, 0.5], 10).masses; // => Float64Array [0.25, 0.25, 0.25, 0.25]
 */
export function convolveOnLattice(
  values: readonly number[],
  probabilities: readonly number[],
  cellWidth: number,
): Atoms {
  const groups = new Map<number, number[]>();
  let shift = 0;
  values.forEach((value, lead) => {
    const probability = probabilities[lead] ?? 0;
    const cells = Math.round(value / cellWidth);
    shift += (value - cells * cellWidth) * probability;
    if (cells === 0) return;
    const group = groups.get(cells);
    if (group === undefined) groups.set(cells, [probability]);
    else group.push(probability);
  });
  let sum: TrimmedArray = { offset: 0, masses: new Float64Array([1]) };
  for (const cells of [...groups.keys()].sort((left, right) => left - right)) {
    sum = addGroup(sum, cells, countDistribution(groups.get(cells) ?? []));
  }
  return toAtoms(sum, cellWidth, shift);
}

/** Convolves the running sum with `cells` × (a count distribution). */
function addGroup(sum: TrimmedArray, cells: number, counts: TrimmedArray): TrimmedArray {
  const width = sum.masses.length;
  const next = new Float64Array(width + cells * (counts.masses.length - 1));
  counts.masses.forEach((countMass, count) => {
    if (countMass === 0) return;
    const start = cells * count;
    for (let cell = 0; cell < width; cell += 1) {
      next[start + cell] = (next[start + cell] as number) + (sum.masses[cell] as number) * countMass;
    }
  });
  return trimArray({ offset: sum.offset + cells * counts.offset, masses: next });
}

function toAtoms(sum: TrimmedArray, cellWidth: number, shift: number): Atoms {
  const kept: number[] = [];
  sum.masses.forEach((mass, cell) => {
    if (mass > 0) kept.push(cell);
  });
  return {
    values: Float64Array.from(kept, (cell) => (sum.offset + cell) * cellWidth + shift),
    masses: Float64Array.from(kept, (cell) => sum.masses[cell] as number),
  };
}
