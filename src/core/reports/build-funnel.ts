import { formatDay } from "../day/format-day";
import type { DataIssue, Day, Pipeline } from "../types";
import { filterByCreated } from "./filter-by-created";
import { filterByOwner } from "./filter-by-owner";
import { indexHistory, indexLeadPositions } from "./index-history";
import { indexStages } from "./index-stages";
import { medianDaysByPosition } from "./median-days-in-stage";
import { ratioOrNull } from "./ratio-or-null";
import { reachByPosition } from "./reached-stages";
import { tallyFunnel } from "./tally-funnel";

export interface FunnelOptions {
  readonly createdFrom?: Day;
  readonly createdTo?: Day;
  readonly owner?: string;
  /** Only echoed in the JSON; the funnel counts what the sheet says now. */
  readonly asOf?: Day;
}

export type FunnelStage = {
  readonly stage: string;
  readonly reached: number;
  readonly reachedValue: number;
  readonly advanced: number;
  readonly lost: number;
  readonly open: number;
  readonly stepConversion: number | null;
  readonly cumulativeConversion: number | null;
  readonly winRate: number | null;
  readonly medianDaysInStage: number | null;
};

export type FunnelReport = {
  readonly asOf: string | null;
  readonly stages: FunnelStage[];
  readonly totals: {
    readonly leads: number;
    readonly open: number;
    readonly won: number;
    readonly lost: number;
  };
  readonly filters: {
    readonly createdFrom: string | null;
    readonly createdTo: string | null;
    readonly owner: string | null;
  };
  readonly issues: DataIssue[];
  readonly notes: string[];
};

/**
 * The funnel (SPEC §3): per open stage, leads that reached it (and their value), advanced to the
 * next open stage (won, for the last), were lost there, are open there now; step conversion =
 * advanced / reached; cumulative = reached / reached(first); win rate = won / (won + lost) among
 * leads that reached it; median days in stage from Stage History. O(leads + history log history).
 * @example
 * buildFunnel(pipeline, { owner: "Ana" }).stages[0]?.reached; // => 4
 */
export function buildFunnel(pipeline: Pipeline, options: FunnelOptions = {}): FunnelReport {
  const created = filterByCreated(pipeline.leads, options.createdFrom, options.createdTo);
  const owned = filterByOwner(created.leads, options.owner);
  const leads = owned.leads;
  const stageIndex = indexStages(pipeline.stages);
  const { openStages } = stageIndex;
  // Stage History is resolved against the leads once, for the Reached rule and the medians.
  const positionOf = indexLeadPositions(leads);
  const history = indexHistory(pipeline.stageHistory, positionOf, stageIndex);
  const reached = reachByPosition({ leads, stageHistory: pipeline.stageHistory }, stageIndex, history);
  const tallies = tallyFunnel(leads, reached, stageIndex.openIndexOf, openStages.length, positionOf);
  const medians = pipeline.hasStageHistory
    ? medianDaysByPosition(pipeline.stageHistory, history, leads.length, openStages.length)
    : openStages.map(() => null);
  const reachedCounts = suffixSums(tallies.byFurthest);
  const reachedValues = suffixSums(tallies.valueByFurthest);
  const wonReached = suffixSums(tallies.wonByFurthest);
  const lostReached = suffixSums(tallies.lostByFurthest);
  const wonCount = tallies.won;
  const stages = openStages.map((stage, at): FunnelStage => {
    const count = reachedCounts[at] ?? 0;
    const advanced = at + 1 < openStages.length ? (reachedCounts[at + 1] ?? 0) : wonCount;
    return {
      stage: stage.name,
      reached: count,
      reachedValue: reachedValues[at] ?? 0,
      advanced,
      lost: tallies.lostAt[at] ?? 0,
      open: tallies.openAt[at] ?? 0,
      stepConversion: ratioOrNull(advanced, count),
      cumulativeConversion: ratioOrNull(count, reachedCounts[0] ?? 0),
      winRate: ratioOrNull(wonReached[at] ?? 0, (wonReached[at] ?? 0) + (lostReached[at] ?? 0)),
      medianDaysInStage: medians[at] ?? null,
    };
  });
  return {
    asOf: options.asOf === undefined ? null : formatDay(options.asOf),
    stages,
    totals: {
      leads: leads.length,
      open: tallies.open,
      won: wonCount,
      lost: tallies.lost,
    },
    filters: {
      createdFrom: options.createdFrom === undefined ? null : formatDay(options.createdFrom),
      createdTo: options.createdTo === undefined ? null : formatDay(options.createdTo),
      owner: options.owner?.trim() || null,
    },
    issues: reached.issues,
    notes: [...created.notes, ...owned.notes, ...describeFunnel(pipeline, openStages.length)],
  };
}

/** sums[s] = Σ counts[t] for t ≥ s: back-fill, reaching a stage means reaching every earlier one. */
function suffixSums(counts: readonly number[]): number[] {
  const sums = [...counts];
  for (let at = sums.length - 2; at >= 0; at -= 1) sums[at] = (sums[at] ?? 0) + (sums[at + 1] ?? 0);
  return sums;
}

function describeFunnel(pipeline: Pipeline, stageCount: number): string[] {
  if (stageCount === 0) return ["The Stages tab has no open stage: the funnel is empty."];
  if (!pipeline.hasStageHistory) {
    return [
      "No Stage History tab: the funnel uses current stages only, and median days in stage cannot be computed.",
    ];
  }
  if (pipeline.stageHistory.length === 0)
    return ["Stage History is empty: the funnel uses current stages only."];
  return [];
}
