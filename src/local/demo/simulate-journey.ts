import type { DemoStage } from "./demo-catalog";
import { drawLognormal } from "./draw-lognormal";
import type { RandomSource } from "./mulberry32";

/** A lead's whole life, past and future; day offsets are relative to the as-of date (0). */
export interface Journey {
  readonly createdOffset: number;
  /** Entry day of each open stage visited, in order: index i is open stage i; [0] = created. */
  readonly stageEntries: readonly number[];
  /** How it ends, even when that lies after the as-of date (the lead then shows as open). */
  readonly outcome: "won" | "lost";
  readonly closeOffset: number;
}

/** Leads are created over the 18 months before the as-of date. */
export const CREATION_WINDOW_DAYS = 548;
/** Above 1, creation leans towards recent days: a growing business with a live pipeline. */
const CREATION_RECENCY = 1.5;
const MEDIAN_JOURNEY_DAYS = 55;
const JOURNEY_SIGMA = 0.6;
/** At least one day per open stage, so every stage entry gets its own day. */
const SHORTEST_JOURNEY_DAYS = 7;
const LONGEST_JOURNEY_DAYS = 360;
const STAGE_TIME_SIGMA = 0.5;

/**
 * Simulates one lead: it advances from open stage s with probability advanceRate(s) and dies
 * there otherwise, so P(won | reached s) = Π advanceRate over s and the stages after it.
 * The journey's length is drawn independently of where it ends, then shared out among the
 * stages visited: whether a lead has closed by the as-of date then says nothing about how it
 * closed, and win rates among closed leads stay unbiased estimates of the truth.
 * @example
 * simulateJourney(createMulberry32(1), DEMO_OPEN_STAGES).stageEntries.length; // => 1 to 6
 */
export function simulateJourney(random: RandomSource, stages: readonly DemoStage[]): Journey {
  // 0 − x rather than −x: a lead created on the as-of date gets offset 0, not −0.
  const createdOffset = 0 - Math.floor(CREATION_WINDOW_DAYS * random() ** CREATION_RECENCY);
  let stagesVisited = 1;
  let outcome: "won" | "lost" = "lost";
  for (const stage of stages) {
    if (random() >= stage.advanceRate) break;
    if (stagesVisited === stages.length) outcome = "won";
    else stagesVisited++;
  }
  const journeyDays = clampDays(Math.round(drawLognormal(random, MEDIAN_JOURNEY_DAYS, JOURNEY_SIGMA)));
  const stageEntries = shareOutDays(random, stages, stagesVisited, createdOffset, journeyDays);
  return { createdOffset, stageEntries, outcome, closeOffset: createdOffset + journeyDays };
}

function clampDays(days: number): number {
  return Math.min(LONGEST_JOURNEY_DAYS, Math.max(SHORTEST_JOURNEY_DAYS, days));
}

/** Entry days: one day per stage guaranteed, the spare days split by noisy typical durations. */
function shareOutDays(
  random: RandomSource,
  stages: readonly DemoStage[],
  stagesVisited: number,
  createdOffset: number,
  journeyDays: number,
): number[] {
  const stageWeights: number[] = [];
  let totalWeight = 0;
  for (let index = 0; index < stagesVisited; index++) {
    const typicalDays = (stages[index] as DemoStage).typicalDays;
    const weight = drawLognormal(random, typicalDays, STAGE_TIME_SIGMA);
    stageWeights.push(weight);
    totalWeight += weight;
  }
  const spareDays = journeyDays - stagesVisited;
  const stageEntries: number[] = [];
  let weightBefore = 0;
  for (let index = 0; index < stagesVisited; index++) {
    stageEntries.push(createdOffset + index + Math.floor((spareDays * weightBefore) / totalWeight));
    weightBefore += stageWeights[index] as number;
  }
  return stageEntries;
}
