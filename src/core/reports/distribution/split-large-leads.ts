/** Leads as parallel arrays of values and probabilities. */
export interface LeadColumns {
  readonly values: number[];
  readonly probabilities: number[];
}

/** At most this many of the largest leads are taken out of the bulk. */
export const MAX_LARGE_LEADS = 64;
/** The bulk is smooth enough for an Edgeworth expansion when its Lyapunov ratio is at most this. */
export const MAX_LYAPUNOV_RATIO = 0.06;

/**
 * Splits leads into the largest few and a bulk whose Lyapunov ratio Σ E|X − μ|³ / σ³ is small
 * (the quantity that bounds a normal approximation's error, Berry–Esseen), taking out the fewest
 * largest leads that achieve it; null when even 64 out are not enough.
 * Formula: ratio(K) = Σ_{i>K} v³ p q (p² + q²) / (Σ_{i>K} v² p q)^{3/2}, values sorted descending.
 * @example
 * splitLargeLeads(Array(10_000).fill(1), Array(10_000).fill(0.5))?.large.values.length; // => 0
 */
export function splitLargeLeads(
  values: readonly number[],
  probabilities: readonly number[],
): { large: LeadColumns; bulk: LeadColumns } | null {
  const largest = findLargest(values, MAX_LARGE_LEADS);
  let variance = 0;
  let absoluteThird = 0;
  for (let lead = 0; lead < values.length; lead += 1) {
    variance += secondMoment(values[lead] as number, probabilities[lead] as number);
    absoluteThird += thirdMoment(values[lead] as number, probabilities[lead] as number);
  }
  for (let large = 0; large <= largest.length && large < values.length; large += 1) {
    if (variance > 0 && absoluteThird / variance ** 1.5 <= MAX_LYAPUNOV_RATIO) {
      return splitAt(values, probabilities, largest.slice(0, large));
    }
    const next = largest[large];
    if (next === undefined) break;
    variance -= secondMoment(values[next] as number, probabilities[next] as number);
    absoluteThird -= thirdMoment(values[next] as number, probabilities[next] as number);
  }
  return null;
}

/** Variance of value · Bernoulli(probability): v² p q. */
function secondMoment(value: number, probability: number): number {
  const spread = probability * (1 - probability);
  return value * value * spread;
}

/** E|X − μ|³ of value · Bernoulli(probability): v³ p q (p² + q²). */
function thirdMoment(value: number, probability: number): number {
  const spread = probability * (1 - probability);
  return value ** 3 * spread * (probability ** 2 + (1 - probability) ** 2);
}

/** Indexes of the `count` largest values, largest first (a native sort finds the cut-off). */
function findLargest(values: readonly number[], count: number): number[] {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
  const cutOff = sorted[Math.max(0, sorted.length - count)] as number;
  const candidates: number[] = [];
  const ties: number[] = [];
  values.forEach((value, lead) => {
    if (value > cutOff) candidates.push(lead);
    else if (value === cutOff && ties.length < count) ties.push(lead);
  });
  candidates.push(...ties);
  return candidates
    .sort((left, right) => (values[right] as number) - (values[left] as number))
    .slice(0, count);
}

function splitAt(values: readonly number[], probabilities: readonly number[], largeLeads: readonly number[]) {
  const isLarge = new Uint8Array(values.length);
  for (const lead of largeLeads) isLarge[lead] = 1;
  const large: LeadColumns = { values: [], probabilities: [] };
  const bulk: LeadColumns = { values: [], probabilities: [] };
  values.forEach((value, lead) => {
    const side = isLarge[lead] === 1 ? large : bulk;
    side.values.push(value);
    side.probabilities.push(probabilities[lead] as number);
  });
  return { large, bulk };
}
