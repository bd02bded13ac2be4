import type { Atoms } from "./atoms";

/**
 * Moves each atom's mass onto the two neighbouring multiples of `width`, split so the mean is
 * kept (linear interpolation): the error this adds to a CDF that is later smoothed by a bulk of
 * deviation σ is second order, about width² / σ² (width ≪ σ).
 * Formula: x = (k + f)·width → mass·(1 − f) at k·width, mass·f at (k + 1)·width.
 * @example
 * rebinAtoms({ values: new Float64Array([2.5]), masses: new Float64Array([1]) }, 10).masses; // => [0.75, 0.25]
 */
export function rebinAtoms(atoms: Atoms, width: number): Atoms {
  const count = atoms.values.length;
  if (count === 0) return atoms;
  const first = Math.floor((atoms.values[0] as number) / width);
  const last = Math.floor((atoms.values[count - 1] as number) / width) + 1;
  const masses = new Float64Array(last - first + 1);
  for (let at = 0; at < count; at += 1) {
    const position = (atoms.values[at] as number) / width;
    const cell = Math.floor(position);
    const fraction = position - cell;
    const mass = atoms.masses[at] as number;
    masses[cell - first] = (masses[cell - first] as number) + mass * (1 - fraction);
    masses[cell - first + 1] = (masses[cell - first + 1] as number) + mass * fraction;
  }
  const kept: number[] = [];
  masses.forEach((mass, cell) => {
    if (mass > 0) kept.push(cell);
  });
  return {
    values: Float64Array.from(kept, (cell) => (first + cell) * width),
    masses: Float64Array.from(kept, (cell) => masses[cell] as number),
  };
}
