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
  const countMasses = counts.masses;
  const size = runLength * countMasses.length;
  const sums = new Float64Array(size);
  const masses = new Float64Array(size);
  const atomValues = atoms.values;
  const atomMasses = atoms.masses;
  for (let cell = 0; cell < countMasses.length; cell += 1) {
    const countMass = countMasses[cell] as number;
    const shift = (counts.offset + cell) * value;
    const start = cell * runLength;
    for (let index = 0; index < runLength; index += 1) {
      sums[start + index] = (atomValues[index] as number) + shift;
      masses[start + index] = (atomMasses[index] as number) * countMass;
    }
  }
  const sorted = sortRuns({ values: sums, masses }, runLength);
  return mergeEqualSums(sorted, tolerance);
}

/** Bottom-up merge sort of consecutive ascending runs of `runLength`: O(size · log runs), no comparator calls. */
function sortRuns(atoms: Atoms, runLength: number): Atoms {
  const size = atoms.values.length;
  if (runLength >= size) return atoms;
  let fromValues: Float64Array = atoms.values;
  let fromMasses: Float64Array = atoms.masses;
  let toValues: Float64Array = new Float64Array(size);
  let toMasses: Float64Array = new Float64Array(size);
  for (let width = runLength; width < size; width *= 2) {
    for (let start = 0; start < size; start += 2 * width) {
      const middle = Math.min(start + width, size);
      const end = Math.min(start + 2 * width, size);
      mergeTwo(fromValues, fromMasses, toValues, toMasses, start, middle, end);
    }
    [fromValues, toValues] = [toValues, fromValues];
    [fromMasses, toMasses] = [toMasses, fromMasses];
  }
  return { values: fromValues, masses: fromMasses };
}

// Typed arrays as locals: each step is two loads and two stores, no property lookups.
function mergeTwo(
  fromValues: Float64Array,
  fromMasses: Float64Array,
  toValues: Float64Array,
  toMasses: Float64Array,
  start: number,
  middle: number,
  end: number,
): void {
  let left = start;
  let right = middle;
  let at = start;
  while (left < middle && right < end) {
    const leftValue = fromValues[left] as number;
    const rightValue = fromValues[right] as number;
    // Ties take the left run first, so equal sums keep their order (a stable merge).
    if (leftValue <= rightValue) {
      toValues[at] = leftValue;
      toMasses[at] = fromMasses[left] as number;
      left += 1;
    } else {
      toValues[at] = rightValue;
      toMasses[at] = fromMasses[right] as number;
      right += 1;
    }
    at += 1;
  }
  if (left < middle) {
    toValues.set(fromValues.subarray(left, middle), at);
    toMasses.set(fromMasses.subarray(left, middle), at);
  } else if (right < end) {
    toValues.set(fromValues.subarray(right, end), at);
    toMasses.set(fromMasses.subarray(right, end), at);
  }
}

function mergeEqualSums(atoms: Atoms, tolerance: number): Atoms {
  const sums = atoms.values;
  const sumMasses = atoms.masses;
  const values = new Float64Array(sums.length);
  const masses = new Float64Array(sums.length);
  let merged = 0;
  for (let index = 0; index < sums.length; index += 1) {
    const sum = sums[index] as number;
    if (merged > 0 && sum - (values[merged - 1] as number) <= tolerance) {
      masses[merged - 1] = (masses[merged - 1] as number) + (sumMasses[index] as number);
    } else {
      values[merged] = sum;
      masses[merged] = sumMasses[index] as number;
      merged += 1;
    }
  }
  return { values: values.slice(0, merged), masses: masses.slice(0, merged) };
}
