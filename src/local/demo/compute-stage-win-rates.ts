import type { DemoStage } from "./demo-catalog";

/**
 * The true P(won | reached s) for each open stage: the product of the advance rates of s and
 * every stage after it, since a lead must clear each of them in turn.
 * @example
 * computeStageWinRates(DEMO_OPEN_STAGES).Proposal; // => 0.6 (0.75 · 0.8)
 */
export function computeStageWinRates(stages: readonly DemoStage[]): Record<string, number> {
  const winRates: Record<string, number> = {};
  let winRateFromHere = 1;
  for (let index = stages.length - 1; index >= 0; index--) {
    const stage = stages[index] as DemoStage;
    winRateFromHere *= stage.advanceRate;
    winRates[stage.name] = winRateFromHere;
  }
  return winRates;
}
