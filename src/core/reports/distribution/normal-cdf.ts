/**
 * The standard normal CDF Φ(z), via the Numerical Recipes erfc (relative error < 1.2e-7).
 * Formula: Φ(z) = erfc(−z / √2) / 2.
 * @example
 * normalCdf(0); // => 0.5
 */
export function normalCdf(z: number): number {
  return complementaryErrorFunction(-z / Math.SQRT2) / 2;
}

/** The standard normal density φ(z) = exp(−z²/2) / √(2π). */
export function normalDensity(z: number): number {
  return Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
}

function complementaryErrorFunction(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const tail = t * Math.exp(-x * x + polynomial);
  return x >= 0 ? tail : 2 - tail;
}
