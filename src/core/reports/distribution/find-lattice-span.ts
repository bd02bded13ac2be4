/**
 * The largest amount every value is a whole multiple of, when all are whole cents and it is more than
 * one cent; else null.
 * Formula: gcd of round(value × 100), over 100.
 * @example
 * findLatticeSpan([1500, 2500, 10000]); // => 500
 */
export function findLatticeSpan(values: readonly number[]): number | null {
  let divisor = 0;
  for (const value of values) {
    const cents = Math.round(value * 100);
    if (
      Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value)) ||
      cents > Number.MAX_SAFE_INTEGER
    ) {
      return null;
    }
    if (cents !== divisor) divisor = greatestCommonDivisor(divisor, Math.abs(cents));
    // A span of one cent is no lattice worth knowing, and most real values end there.
    if (divisor === 1) return null;
  }
  return divisor === 0 ? null : divisor / 100;
}

function greatestCommonDivisor(left: number, right: number): number {
  let larger = left;
  let smaller = right;
  while (smaller !== 0) {
    const remainder = larger % smaller;
    larger = smaller;
    smaller = remainder;
  }
  return larger;
}
