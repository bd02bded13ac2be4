/** One lead's part in the forecast: an open lead due in the period, or a lead won in it. */
export interface ForecastEntry {
  readonly open: boolean;
  readonly value: number;
  readonly weighted: number;
}

/** A breakdown row; the group's name sits under `owner`, `stage` or `month`. */
export type ForecastGroup = {
  readonly [key in "owner" | "stage" | "month"]?: string;
} & {
  /** Leads in the group (open in the period plus won in it); `leads` is the same number. */
  readonly count: number;
  readonly leads: number;
  readonly won: number;
  readonly openPipeline: number;
  readonly weightedPipeline: number;
  readonly expected: number;
};

/**
 * Sums forecast entries per group, in the order `compare` gives the group names.
 * Formula: per group, won = Σ won values, openPipeline = Σ open values, weighted = Σ value × confidence, expected = won + weighted.
 * @example
 * groupForecast(entries, (entry) => entry.owner, "owner", compareNames)[0]; // => { owner: "Ana", count: 2, … }
 */
export function groupForecast<T extends ForecastEntry>(
  entries: readonly T[],
  nameOf: (entry: T) => string,
  key: "owner" | "stage" | "month",
  compare: (left: string, right: string) => number,
): ForecastGroup[] {
  const sums = new Map<
    string,
    { count: number; won: number; openPipeline: number; weightedPipeline: number }
  >();
  for (const entry of entries) {
    const name = nameOf(entry);
    let sum = sums.get(name);
    if (sum === undefined) {
      sum = { count: 0, won: 0, openPipeline: 0, weightedPipeline: 0 };
      sums.set(name, sum);
    }
    sum.count += 1;
    if (entry.open) {
      sum.openPipeline += entry.value;
      sum.weightedPipeline += entry.weighted;
    } else sum.won += entry.value;
  }
  return [...sums.entries()]
    .sort(([left], [right]) => compare(left, right))
    .map(([name, sum]) => ({
      [key]: name,
      ...sum,
      leads: sum.count,
      expected: sum.won + sum.weightedPipeline,
    }));
}
