import { computeStageWinRates } from "../../../src/local/demo/compute-stage-win-rates";
import { DEMO_OPEN_STAGES, type DemoStage } from "../../../src/local/demo/demo-catalog";
import { createMulberry32 } from "../../../src/local/demo/mulberry32";
import { observeJourney } from "../../../src/local/demo/observe-journey";
import { CREATION_WINDOW_DAYS, simulateJourney } from "../../../src/local/demo/simulate-journey";

const twoStages: DemoStage[] = [
  { name: "A", confidence: 0.3, advanceRate: 0.5, typicalDays: 5 },
  { name: "B", confidence: 0.6, advanceRate: 0.8, typicalDays: 5 },
];

describe("computeStageWinRates", () => {
  it("multiplies the advance rates of a stage and every stage after it", () => {
    // By hand: B = 0.8; A = 0.5 · 0.8 = 0.4.
    const winRates = computeStageWinRates(twoStages);
    expect(winRates.B).toBeCloseTo(0.8, 12);
    expect(winRates.A).toBeCloseTo(0.4, 12);
  });
});

describe("simulateJourney", () => {
  it("enters stages on strictly increasing days and closes after the last entry", () => {
    const random = createMulberry32(5);
    for (let lead = 0; lead < 5000; lead++) {
      const journey = simulateJourney(random, DEMO_OPEN_STAGES);
      expect(journey.stageEntries[0]).toBe(journey.createdOffset);
      expect(journey.createdOffset).toBeGreaterThan(-CREATION_WINDOW_DAYS);
      expect(journey.createdOffset).toBeLessThanOrEqual(0);
      const days = [...journey.stageEntries, journey.closeOffset];
      const ascending = days.every((day, index) => index === 0 || day > (days[index - 1] as number));
      expect(ascending).toBe(true);
      if (journey.outcome === "won") expect(journey.stageEntries).toHaveLength(DEMO_OPEN_STAGES.length);
    }
  });

  it("wins as often as the product of the advance rates", () => {
    const random = createMulberry32(6);
    const leads = 40_000;
    let won = 0;
    let reachedB = 0;
    for (let lead = 0; lead < leads; lead++) {
      const journey = simulateJourney(random, twoStages);
      if (journey.outcome === "won") won++;
      if (journey.stageEntries.length === 2) reachedB++;
    }
    // P(won) = 0.5 · 0.8 = 0.4 and P(reach B) = 0.5; binomial SE sqrt(p(1 − p)/n).
    expect(Math.abs(won / leads - 0.4)).toBeLessThan(4 * Math.sqrt((0.4 * 0.6) / leads));
    expect(Math.abs(reachedB / leads - 0.5)).toBeLessThan(4 * Math.sqrt((0.5 * 0.5) / leads));
  });
});

describe("observeJourney", () => {
  it("shows a journey that closes after the as-of date as open in its latest stage", () => {
    // Entered day −10 and −4; the entry on day 3 and the close on day 9 are still in the future.
    const journey = {
      createdOffset: -10,
      stageEntries: [-10, -4, 3],
      outcome: "won" as const,
      closeOffset: 9,
    };
    expect(observeJourney(journey)).toEqual({ status: "open", stagesReached: 2, lastSeenOffset: 0 });
  });

  it("shows a journey that closed on or before the as-of date with its outcome", () => {
    const journey = {
      createdOffset: -30,
      stageEntries: [-30, -20],
      outcome: "lost" as const,
      closeOffset: 0,
    };
    expect(observeJourney(journey)).toEqual({ status: "lost", stagesReached: 2, lastSeenOffset: 0 });
  });
});
