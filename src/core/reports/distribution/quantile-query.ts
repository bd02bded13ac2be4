/** Answers about the revenue R: its quantiles and its upper tail. */
export interface OutcomeQueries {
  /** Smallest r with P(R ≤ r) ≥ q. */
  quantile(q: number): number;
  /** P(R ≥ amount). */
  probabilityAtLeast(amount: number): number;
}

/** Probability slack for float noise when comparing a cumulative mass with a quantile level. */
export const LEVEL_SLACK = 1e-12;

/** Clamps a quantile level into (0, 1]; a level of 0 or below asks for the smallest outcome. */
export function clampLevel(q: number): number {
  if (!Number.isFinite(q)) return 0.5;
  return Math.min(1, Math.max(LEVEL_SLACK, q));
}
