/** A discrete distribution: point masses at ascending `values` (masses sum to 1 up to trimming). */
export interface Atoms {
  readonly values: Float64Array;
  readonly masses: Float64Array;
}

/** The distribution of a constant 0. */
export const ZERO_ATOMS: Atoms = { values: new Float64Array([0]), masses: new Float64Array([1]) };
