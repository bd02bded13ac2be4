/**
 * Brute force for the forecast tests: every won/lost combination of the leads, with its
 * probability, so expected quantiles and tail probabilities come from an independent count.
 */
export function enumerateOutcomes(
  values: readonly number[],
  probabilities: readonly number[],
): { revenue: number; chance: number }[] {
  const outcomes: { revenue: number; chance: number }[] = [];
  for (let mask = 0; mask < 1 << values.length; mask++) {
    let revenue = 0;
    let chance = 1;
    values.forEach((value, lead) => {
      const won = (mask >> lead) & 1;
      const probability = probabilities[lead] as number;
      revenue += won ? value : 0;
      chance *= won ? probability : 1 - probability;
    });
    outcomes.push({ revenue, chance });
  }
  return outcomes.sort((first, second) => first.revenue - second.revenue);
}

/** P(R ≥ amount) by summing the enumerated outcomes. */
export function bruteProbabilityAtLeast(
  values: readonly number[],
  probabilities: readonly number[],
  amount: number,
): number {
  return enumerateOutcomes(values, probabilities)
    .filter((outcome) => outcome.revenue >= amount)
    .reduce((sum, outcome) => sum + outcome.chance, 0);
}

/** The smallest revenue r with P(R ≤ r) ≥ level, walking the enumerated outcomes in order. */
export function bruteQuantile(
  values: readonly number[],
  probabilities: readonly number[],
  level: number,
): number {
  let cumulative = 0;
  for (const outcome of enumerateOutcomes(values, probabilities)) {
    cumulative += outcome.chance;
    if (cumulative >= level - 1e-12) return outcome.revenue;
  }
  return Number.NaN;
}
