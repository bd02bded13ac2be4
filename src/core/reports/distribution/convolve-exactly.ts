import type { Atoms } from "./atoms";
import { countDistribution } from "./count-distribution";
import type { TrimmedArray } from "./trimmed-array";

/** Work limits: atom visits while merging, and count-table cells for groups of equal values. */
export interface ExactWork {
  readonly atoms: number;
  readonly counts: number;
}

/**
 * The exact distribution of Σ value_i · Bernoulli(probability_i), or null when building it would
 * cost more than the work limits. Leads of equal value are one Poisson-binomial count, so a
 * pipeline of a few distinct deal sizes stays exact however many leads it has. Sums closer than
 * 1e-9 × Σ values are one atom (float noise).
 * Formula: atoms ← Σ_c P(count = c) · (atoms + c·value), one group of equal values at a time.
 * @example
 * convolveExactly([10, 20], [0.5, 0.5], { atoms: 1e6, counts: 1e6 })?.values; // => Float64Array [0, 10, 20, 30]
 */
export function convolveExactly(
  values: readonly number[],
  probabilities: readonly number[],
  limits: ExactWork,
): Atoms | null {
  // After i distinct values there are at least i + 1 distinct sums: a lower bound on the work, checked early.
  const distinct = new Set<number>();
  for (const value of values) {
    distinct.add(value);
    if ((distinct.size * (distinct.size + 1)) / 2 > limits.atoms) return null;
  }
  const groups = new Map<number, number[]>();
  values.forEach((value, lead) => {
    const group = groups.get(value);
    if (group === undefined) groups.set(value, [probabilities[lead] ?? 0]);
    else group.push(probabilities[lead] ?? 0);
  });
  if (estimateCountWork(groups) > limits.counts) return null;
  const tolerance = 1e-9 * values.reduce((total, value) => total + value, 0);
  let atoms: Atoms = { values: new Float64Array([0]), masses: new Float64Array([1]) };
  let work = 0;
  for (const [value, group] of groups) {
    const counts = countDistribution(group);
    work += atoms.values.length * counts.masses.length;
    if (work > limits.atoms) return null;
    atoms = addGroup(atoms, value, counts, tolerance);
  }
  return atoms;
}

/** Cells a count table visits: m × its width, about 20 standard deviations of the count. */
function estimateCountWork(groups: ReadonlyMap<number, readonly number[]>): number {
  let work = 0;
  for (const group of groups.values()) {
    if (group.length === 1) continue;
    const spread = group.reduce((total, probability) => total + probability * (1 - probability), 0);
    work += group.length * Math.min(group.length + 1, 20 * Math.sqrt(spread) + 10);
  }
  return work;
}

/** Every (atom, count) pair as one sum, sorted, equal sums merged. */
function addGroup(atoms: Atoms, value: number, counts: TrimmedArray, tolerance: number): Atoms {
  const runLength = atoms.values.length;
  const size = runLength * counts.masses.length;
  const sums = new Float64Array(size);
  const masses = new Float64Array(size);
  counts.masses.forEach((countMass, cell) => {
    const shift = (counts.offset + cell) * value;
    const start = cell * runLength;
    for (let index = 0; index < runLength; index += 1) {
      sums[start + index] = (atoms.values[index] as number) + shift;
      masses[start + index] = (atoms.masses[index] as number) * countMass;
    }
  });
  const sorted = sortRuns({ values: sums, masses }, runLength);
  return mergeEqualSums(sorted, tolerance);
}

/** Bottom-up merge sort of consecutive ascending runs of `runLength`: O(size · log runs), no comparator calls. */
function sortRuns(atoms: Atoms, runLength: number): Atoms {
  const size = atoms.values.length;
  let from = atoms;
  let to: Atoms = { values: new Float64Array(size), masses: new Float64Array(size) };
  for (let width = runLength; width < size; width *= 2) {
    for (let start = 0; start < size; start += 2 * width) {
      mergeTwo(from, to, start, Math.min(start + width, size), Math.min(start + 2 * width, size));
    }
    [from, to] = [to, from];
  }
  return from;
}

function mergeTwo(from: Atoms, to: Atoms, start: number, middle: number, end: number): void {
  let left = start;
  let right = middle;
  for (let at = start; at < end; at += 1) {
    const takeLeft =
      right >= end || (left < middle && (from.values[left] as number) <= (from.values[right] as number));
    const source = takeLeft ? left++ : right++;
    to.values[at] = from.values[source] as number;
    to.masses[at] = from.masses[source] as number;
  }
}

function mergeEqualSums(atoms: Atoms, tolerance: number): Atoms {
  const values = new Float64Array(atoms.values.length);
  const masses = new Float64Array(atoms.values.length);
  let merged = 0;
  atoms.values.forEach((sum, index) => {
    if (merged > 0 && sum - (values[merged - 1] as number) <= tolerance) {
      masses[merged - 1] = (masses[merged - 1] as number) + (atoms.masses[index] as number);
    } else {
      values[merged] = sum;
      masses[merged] = atoms.masses[index] as number;
      merged += 1;
    }
  });
  return { values: values.slice(0, merged), masses: masses.slice(0, merged) };
}
