import { outcomeDistribution } from "../../../src/core/reports/distribution/outcome-distribution";

/** A seeded linear congruential generator (Numerical Recipes constants): the same numbers every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** Every one of the 2^n outcomes with its probability: the definition of R, nothing clever. */
function enumerateOutcomes(values: readonly number[], probabilities: readonly number[]) {
  const outcomes: { sum: number; probability: number }[] = [];
  for (let mask = 0; mask < 2 ** values.length; mask += 1) {
    let sum = 0;
    let probability = 1;
    values.forEach((value, lead) => {
      const won = (mask >> lead) & 1;
      const chance = probabilities[lead] ?? 0;
      sum += won ? value : 0;
      probability *= won ? chance : 1 - chance;
    });
    outcomes.push({ sum, probability });
  }
  return outcomes.sort((left, right) => left.sum - right.sum);
}

function bruteQuantile(outcomes: readonly { sum: number; probability: number }[], level: number): number {
  let cumulative = 0;
  for (const outcome of outcomes) {
    cumulative += outcome.probability;
    if (cumulative >= level - 1e-12) return outcome.sum;
  }
  return outcomes[outcomes.length - 1]?.sum ?? 0;
}

function bruteAtLeast(outcomes: readonly { sum: number; probability: number }[], amount: number): number {
  return outcomes
    .filter((outcome) => outcome.sum >= amount - 1e-9)
    .reduce((total, outcome) => total + outcome.probability, 0);
}

/** ln(k!) for k = 0..n by summing logarithms: exact to float rounding, no approximation. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 1; k <= n; k += 1) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/** Binomial(n, p) probabilities P(N = k), k = 0..n, from the closed form in log space. */
function binomialPmf(n: number, probability: number): Float64Array {
  const logFactorial = logFactorials(n);
  return Float64Array.from({ length: n + 1 }, (_, k) =>
    Math.exp(
      (logFactorial[n] as number) -
        (logFactorial[k] as number) -
        (logFactorial[n - k] as number) +
        k * Math.log(probability) +
        (n - k) * Math.log(1 - probability),
    ),
  );
}

/** P(N ≥ k) for every k (index n + 1 is 0). */
function upperTails(pmf: Float64Array): Float64Array {
  const tails = new Float64Array(pmf.length + 1);
  for (let k = pmf.length - 1; k >= 0; k -= 1) tails[k] = (tails[k + 1] as number) + (pmf[k] as number);
  return tails;
}

/**
 * R = a·N1 + b·N2 + Σ (large leads), N1 ~ Binomial(n1, p1), N2 ~ Binomial(n2, p2): the reference
 * P(R ≥ t) = Σ over large outcomes and j of P(large) · P(N1 = j) · P(N2 ≥ ⌈(t − large − a·j) / b⌉).
 */
function twoGroupReference(
  group1: { value: number; count: number; probability: number },
  group2: { value: number; count: number; probability: number },
  large: { values: number[]; probabilities: number[] } = { values: [], probabilities: [] },
) {
  const pmf1 = binomialPmf(group1.count, group1.probability);
  const tails2 = upperTails(binomialPmf(group2.count, group2.probability));
  const largeOutcomes = enumerateOutcomes(large.values, large.probabilities);
  const atLeast = (amount: number): number => {
    let total = 0;
    for (const { sum, probability } of largeOutcomes) {
      pmf1.forEach((mass, j) => {
        const needed = Math.ceil((amount - sum - group1.value * j) / group2.value - 1e-9);
        const tail = needed <= 0 ? 1 : needed > group2.count ? 0 : (tails2[needed] as number);
        total += probability * mass * tail;
      });
    }
    return total;
  };
  return { atLeast, atMost: (amount: number) => 1 - atLeast(amount + 1e-6) };
}

/** The true q-quantile is within `slack` of `reported` iff F(reported + slack) ≥ q > F(reported − slack). */
function expectQuantileWithin(
  atMost: (amount: number) => number,
  reported: number,
  level: number,
  slack: number,
) {
  expect(atMost(reported + slack)).toBeGreaterThanOrEqual(level);
  expect(atMost(reported - slack)).toBeLessThan(level);
}

/**
 * The exact distribution of Σ cents_i · Bernoulli(p_i) on whole cents, by the textbook dynamic
 * programme d'[x] = d[x]·(1 − p) + d[x − v]·p (tails below 1e-16 trimmed as it grows).
 */
function centsReference(cents: readonly number[], probabilities: readonly number[]) {
  const total = cents.reduce((sum, value) => sum + value, 0);
  const masses = new Float64Array(total + 1);
  masses[0] = 1;
  let low = 0;
  let high = 0;
  cents.forEach((value, lead) => {
    const probability = probabilities[lead] ?? 0;
    for (let x = high; x >= low; x -= 1) {
      masses[x + value] = (masses[x + value] as number) + (masses[x] as number) * probability;
      masses[x] = (masses[x] as number) * (1 - probability);
    }
    high += value;
    while ((masses[low] as number) < 1e-16 && low < high) low += 1;
    while ((masses[high] as number) < 1e-16 && high > low) high -= 1;
  });
  const upper = new Float64Array(total + 2);
  for (let x = total; x >= 0; x -= 1) upper[x] = (upper[x + 1] as number) + (masses[x] as number);
  // Amounts in money; R ≥ amount means R in cents ≥ ⌈amount × 100⌉.
  const atLeast = (amount: number) =>
    upper[Math.min(total + 1, Math.max(0, Math.ceil(amount * 100 - 1e-6)))] as number;
  return { atLeast, atMost: (amount: number) => 1 - atLeast(amount + 0.005) };
}

const LEVELS = [0.1, 0.5, 0.9];

describe("outcomeDistribution", () => {
  it("matches the worked example of three leads", () => {
    // 10k at 90 %, 20k at 50 %, 50k at 20 %. The 8 outcomes (won leads: sum, probability):
    //   none: 0     .1·.5·.8 = .04      A: 10k  .9·.5·.8 = .36
    //   B:    20k   .1·.5·.8 = .04      AB: 30k .9·.5·.8 = .36
    //   C:    50k   .1·.5·.2 = .01      AC: 60k .9·.5·.2 = .09
    //   BC:   70k   .1·.5·.2 = .01      ABC: 80k .9·.5·.2 = .09
    // P(R ≥ 30k) = .36 + .01 + .09 + .01 + .09 = .56;  P(R ≥ 50k) = .01 + .09 + .01 + .09 = .20.
    // CDF: 0→.04, 10k→.40, 20k→.44, 30k→.80, 50k→.81, 60k→.90, … so p10 = 10k, p50 = 30k, p90 = 60k.
    const distribution = outcomeDistribution([10_000, 20_000, 50_000], [0.9, 0.5, 0.2]);
    expect(distribution.method).toBe("exact");
    expect(distribution.probabilityAtLeast(30_000)).toBeCloseTo(0.56, 12);
    expect(distribution.probabilityAtLeast(50_000)).toBeCloseTo(0.2, 12);
    expect(distribution.probabilityAtLeast(30_001)).toBeCloseTo(0.2, 12); // the next atom is 50k
    expect(LEVELS.map((level) => distribution.quantile(level))).toEqual([10_000, 30_000, 60_000]);
  });

  it("agrees with brute-force enumeration of every outcome on random small pipelines", () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 25; trial += 1) {
      const count = 1 + Math.floor(random() * 14);
      // Half the trials use whole thousands (many equal sums), half arbitrary cents.
      const values = Array.from({ length: count }, () =>
        trial % 2 === 0 ? 1000 * (1 + Math.floor(random() * 20)) : Math.round(random() * 5_000_000) / 100,
      );
      const probabilities = values.map(() => Math.round(random() * 100) / 100);
      const outcomes = enumerateOutcomes(values, probabilities);
      const distribution = outcomeDistribution(values, probabilities);
      for (const level of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
        expect(distribution.quantile(level)).toBeCloseTo(bruteQuantile(outcomes, level), 6);
      }
      for (const { sum } of outcomes.filter((_, at) => at % Math.max(1, outcomes.length >> 4) === 0)) {
        expect(distribution.probabilityAtLeast(sum)).toBeCloseTo(bruteAtLeast(outcomes, sum), 9);
        expect(distribution.probabilityAtLeast(sum + 0.005)).toBeCloseTo(
          bruteAtLeast(outcomes, sum + 0.005),
          9,
        );
      }
    }
  });

  it("follows the exact binomial for 2 000 identical leads", () => {
    // R / 5 000 ~ Binomial(2 000, 0.3): reference CDF from the closed-form pmf above.
    const reference = upperTails(binomialPmf(2000, 0.3));
    const atMost = (amount: number) => 1 - (reference[Math.floor(amount / 5000 + 1e-9) + 1] ?? 0);
    const distribution = outcomeDistribution(new Array(2000).fill(5000), new Array(2000).fill(0.3));
    expect(distribution.method).toBe("exact"); // one group of equal values: a count table, not 2^2000 outcomes
    const slack = 0.005 * 2000 * 5000;
    for (const level of LEVELS) expectQuantileWithin(atMost, distribution.quantile(level), level, slack);
    for (const count of [560, 590, 600, 601, 620, 650]) {
      expect(
        Math.abs(distribution.probabilityAtLeast(count * 5000) - (reference[count] as number)),
      ).toBeLessThan(0.005);
    }
  });

  it("follows the exact binomial for 40 000 identical leads (too many to enumerate)", () => {
    // Mean 40 000 × 0.2 = 8 000 wins, deviation √(40 000 × 0.2 × 0.8) = 80 wins.
    const reference = upperTails(binomialPmf(40_000, 0.2));
    const atMost = (amount: number) => 1 - (reference[Math.floor(amount / 2500 + 1e-9) + 1] ?? 0);
    const distribution = outcomeDistribution(new Array(40_000).fill(2500), new Array(40_000).fill(0.2));
    expect(distribution.method).toBe("mixed"); // a count table of 40 000 × 1 600 cells is over the exact budget
    for (const level of LEVELS)
      expectQuantileWithin(atMost, distribution.quantile(level), level, 0.005 * 40_000 * 2500);
    for (const count of [7800, 7900, 7950, 8000, 8001, 8050, 8100, 8200]) {
      expect(
        Math.abs(distribution.probabilityAtLeast(count * 2500) - (reference[count] as number)),
      ).toBeLessThan(0.005);
    }
  });

  it("stays within tolerance on values with no common lattice", () => {
    // 3 000 leads of 1 234.57 at 40 % and 3 000 of 789.01 at 25 % (no common divisor above a cent).
    const group1 = { value: 1234.57, count: 3000, probability: 0.4 };
    const group2 = { value: 789.01, count: 3000, probability: 0.25 };
    const reference = twoGroupReference(group1, group2);
    const values = [...new Array(3000).fill(group1.value), ...new Array(3000).fill(group2.value)];
    const probabilities = [...new Array(3000).fill(0.4), ...new Array(3000).fill(0.25)];
    const distribution = outcomeDistribution(values, probabilities);
    const total = 3000 * (group1.value + group2.value);
    for (const level of LEVELS)
      expectQuantileWithin(reference.atMost, distribution.quantile(level), level, 0.005 * total);
    // Mean: 3000·(0.4·1234.57 + 0.25·789.01) = 2 073 241.5; deviation ≈ 23 000.
    for (const amount of [2_020_000, 2_050_000, 2_073_241.5, 2_100_000, 2_120_000]) {
      expect(Math.abs(distribution.probabilityAtLeast(amount) - reference.atLeast(amount))).toBeLessThan(
        0.005,
      );
    }
  });

  it("stays within tolerance when a few large leads dominate many small ones", () => {
    const large = { values: [1_000_000, 600_000, 450_000], probabilities: [0.5, 0.3, 0.7] };
    const group1 = { value: 1000, count: 5000, probability: 0.4 };
    const group2 = { value: 333.33, count: 5000, probability: 0.1 };
    const reference = twoGroupReference(group1, group2, large);
    const values = [...large.values, ...new Array(5000).fill(1000), ...new Array(5000).fill(333.33)];
    const probabilities = [
      ...large.probabilities,
      ...new Array(5000).fill(0.4),
      ...new Array(5000).fill(0.1),
    ];
    const distribution = outcomeDistribution(values, probabilities);
    const total = 2_050_000 + 5000 * 1333.33;
    for (const level of LEVELS)
      expectQuantileWithin(reference.atMost, distribution.quantile(level), level, 0.005 * total);
    for (const amount of [2_000_000, 2_500_000, 2_700_000, 3_000_000, 3_200_000]) {
      expect(Math.abs(distribution.probabilityAtLeast(amount) - reference.atLeast(amount))).toBeLessThan(
        0.005,
      );
    }
  });

  it("stays within tolerance for many long shots (a Poisson-like count)", () => {
    // 20 000 + 20 000 leads at 0.2 % and 0.1 %: about 40 + 20 wins, far from normal in the tails.
    const group1 = { value: 1234.57, count: 20_000, probability: 0.002 };
    const group2 = { value: 789.01, count: 20_000, probability: 0.001 };
    const reference = twoGroupReference(group1, group2);
    const values = [...new Array(20_000).fill(group1.value), ...new Array(20_000).fill(group2.value)];
    const probabilities = [...new Array(20_000).fill(0.002), ...new Array(20_000).fill(0.001)];
    const distribution = outcomeDistribution(values, probabilities);
    const total = 20_000 * (group1.value + group2.value);
    for (const level of LEVELS)
      expectQuantileWithin(reference.atMost, distribution.quantile(level), level, 0.005 * total);
    // Mean 20 000·(0.002·1234.57 + 0.001·789.01) = 65 163; deviation ≈ 8 300.
    for (const amount of [50_000, 60_000, 65_163, 70_000, 80_000]) {
      expect(Math.abs(distribution.probabilityAtLeast(amount) - reference.atLeast(amount))).toBeLessThan(
        0.005,
      );
    }
  });
});

describe("outcomeDistribution on many distinct deal sizes", () => {
  // Values of 1.00 … 4.00 with arbitrary cents: no lattice, too many distinct sums to enumerate,
  // yet small enough in cents for the textbook dynamic programme to give the exact answer.
  function drawPipeline(count: number, chance: () => number) {
    const random = seededRandom(count);
    const cents = Array.from({ length: count }, () => 100 + Math.floor(random() * 301));
    const probabilities = cents.map(() => chance());
    return { cents, values: cents.map((value) => value / 100), probabilities };
  }

  function expectWithinContract(pipeline: ReturnType<typeof drawPipeline>, method: string) {
    const reference = centsReference(pipeline.cents, pipeline.probabilities);
    const distribution = outcomeDistribution(pipeline.values, pipeline.probabilities);
    expect(distribution.method).toBe(method);
    const total = pipeline.values.reduce((sum, value) => sum + value, 0);
    const mean = pipeline.values.reduce(
      (sum, value, lead) => sum + value * (pipeline.probabilities[lead] ?? 0),
      0,
    );
    for (const level of LEVELS)
      expectQuantileWithin(reference.atMost, distribution.quantile(level), level, 0.005 * total);
    for (const factor of [0.8, 0.9, 0.95, 1, 1.05, 1.1, 1.2]) {
      const amount = Math.round(mean * factor * 100) / 100;
      expect(Math.abs(distribution.probabilityAtLeast(amount) - reference.atLeast(amount))).toBeLessThan(
        0.005,
      );
    }
  }

  it("uses the large-leads-plus-Edgeworth method for 2 000 even bets", () => {
    const random = seededRandom(99);
    expectWithinContract(
      drawPipeline(2000, () => 0.3 + 0.4 * random()),
      "mixed",
    );
  });

  it("keeps a dozen large leads apart from the bulk (4 096 large outcomes, rebinned)", () => {
    const small = drawPipeline(2000, seededRandom(5));
    const random = seededRandom(12);
    const cents = [
      ...small.cents.map((value) => Math.ceil(value / 10)),
      ...Array.from({ length: 12 }, () => 2000 + Math.floor(random() * 2000)),
    ];
    const probabilities = [
      ...small.probabilities.map((chance) => 0.3 + 0.4 * chance),
      ...new Array(12).fill(0.5),
    ];
    expectWithinContract({ cents, values: cents.map((value) => value / 100), probabilities }, "mixed");
  });

  it("uses the lattice method for 3 000 long shots", () => {
    expectWithinContract(
      drawPipeline(3000, () => 0.01),
      "lattice",
    );
  });
});

describe("outcomeDistribution on a whole-unit lattice the cell width does not divide", () => {
  interface LeadGroup {
    readonly value: number;
    readonly count: number;
    readonly probability: number;
  }

  /**
   * R = Σ_g value_g · Binomial(count_g, p_g), every value a whole number of `unit`s: the exact
   * distribution by convolving each group's closed-form binomial pmf on the grid of units.
   */
  function unitGridReference(groups: readonly LeadGroup[], unit: number) {
    const totalUnits = groups.reduce((sum, group) => sum + (group.value / unit) * group.count, 0);
    let masses = new Float64Array(totalUnits + 1);
    masses[0] = 1;
    let high = 0;
    // Smallest values first keeps the running support short while the widest count tables go in.
    for (const group of [...groups].sort((left, right) => left.value - right.value)) {
      const step = group.value / unit;
      const next = new Float64Array(totalUnits + 1);
      binomialPmf(group.count, group.probability).forEach((mass, wins) => {
        if (mass === 0) return; // underflow far in the tail
        for (let x = 0; x <= high; x += 1) {
          next[x + wins * step] = (next[x + wins * step] as number) + (masses[x] as number) * mass;
        }
      });
      high += step * group.count;
      masses = next;
    }
    const upper = new Float64Array(totalUnits + 2);
    for (let x = totalUnits; x >= 0; x -= 1) upper[x] = (upper[x + 1] as number) + (masses[x] as number);
    // R ≥ amount iff R in units ≥ ⌈amount / unit⌉.
    const atLeast = (amount: number) =>
      upper[Math.min(totalUnits + 1, Math.max(0, Math.ceil(amount / unit - 1e-9)))] as number;
    return { atLeast, atMost: (amount: number) => 1 - atLeast(amount + unit / 2) };
  }

  function expectMatchesReference(
    groups: readonly LeadGroup[],
    unit: number,
    extraAmounts: readonly number[],
  ) {
    const values = groups.flatMap((group) => new Array<number>(group.count).fill(group.value));
    const probabilities = groups.flatMap((group) => new Array<number>(group.count).fill(group.probability));
    expect(values).toHaveLength(100_000);
    const reference = unitGridReference(groups, unit);
    const distribution = outcomeDistribution(values, probabilities);
    expect(distribution.method).toBe("exact"); // on the values' own lattice, not one of σ/64
    const total = groups.reduce((sum, group) => sum + group.value * group.count, 0);
    const mean = groups.reduce((sum, group) => sum + group.value * group.count * group.probability, 0);
    const deviation = Math.sqrt(
      groups.reduce(
        (sum, group) => sum + group.value ** 2 * group.count * group.probability * (1 - group.probability),
        0,
      ),
    );
    for (const level of LEVELS)
      expectQuantileWithin(reference.atMost, distribution.quantile(level), level, 0.005 * total);
    // Mean, ±1σ, ±2σ and quarter-σ steps between, each on a lattice point and halfway to the next.
    const onLattice = Array.from({ length: 17 }, (_, step) =>
      Math.max(0, Math.round((mean + ((step - 8) / 4) * deviation) / unit) * unit),
    );
    const amounts = [...onLattice, ...onLattice.map((amount) => amount + unit / 2), ...extraAmounts];
    for (const amount of amounts) {
      expect(Math.abs(distribution.probabilityAtLeast(amount) - reference.atLeast(amount))).toBeLessThan(
        0.005,
      );
    }
  }

  it("keeps 99 000 leads of 1 000 exact beside 1 000 of 50 000 (all long shots)", () => {
    // Mean 149 000, deviation ≈ 51 000: a lattice of σ/64 ≈ 800 would turn every 1 000 into 800.
    expectMatchesReference(
      [
        { value: 50_000, count: 1000, probability: 0.001 },
        { value: 1000, count: 99_000, probability: 0.001 },
      ],
      1000,
      [141_550, 107_000, 149_000],
    );
  });

  it("keeps three deal sizes on a lattice of 100 exact (300 000, 5 000 and 100)", () => {
    // Mean 1 589 850, deviation ≈ 494 000: a lattice of σ/64 ≈ 7 700 would turn 5 000 into 7 700.
    expectMatchesReference(
      [
        { value: 300_000, count: 30, probability: 0.1 },
        { value: 5000, count: 2000, probability: 0.02 },
        { value: 100, count: 97_970, probability: 0.05 },
      ],
      100,
      [1_271_880, 1_251_300, 1_589_850],
    );
  });
});

describe("bad input", () => {
  it("gives a sure 0 for no leads", () => {
    const distribution = outcomeDistribution([], []);
    expect(distribution.quantile(0.5)).toBe(0);
    expect(distribution.probabilityAtLeast(0)).toBe(1); // R = 0 ≥ 0 for sure
    expect(distribution.probabilityAtLeast(1)).toBe(0);
  });

  it("skips values and probabilities that are not positive numbers", () => {
    const distribution = outcomeDistribution(
      [Number.NaN, -5000, 10_000, 7000, Number.POSITIVE_INFINITY, 3000],
      [0.5, 0.5, Number.NaN, 0, 0.5, 0.5],
    );
    // Only the last lead counts: 3 000 at 50 %.
    expect(distribution.quantile(0.5)).toBe(0);
    expect(distribution.quantile(0.9)).toBe(3000);
    expect(distribution.probabilityAtLeast(3000)).toBeCloseTo(0.5, 12);
  });

  it("treats probabilities of 1 or more as certain and missing ones as 0", () => {
    // 4 000 certain (probability 1.5 read as certain), 1 000 at 50 %, 9 000 with no probability.
    const distribution = outcomeDistribution([4000, 1000, 9000], [1.5, 0.5]);
    expect(distribution.quantile(0.1)).toBe(4000);
    expect(distribution.quantile(0.9)).toBe(5000);
    expect(distribution.probabilityAtLeast(4000)).toBe(1);
    expect(distribution.probabilityAtLeast(5000)).toBeCloseTo(0.5, 12);
    expect(distribution.probabilityAtLeast(5001)).toBe(0);
  });

  it("keeps quantile levels outside (0, 1] inside the range of outcomes", () => {
    const distribution = outcomeDistribution([10_000, 20_000], [0.5, 0.5]);
    expect(distribution.quantile(0)).toBe(0);
    expect(distribution.quantile(-3)).toBe(0);
    expect(distribution.quantile(2)).toBe(30_000);
    expect(Number.isFinite(distribution.quantile(Number.NaN))).toBe(true);
  });
});
