import type { DataIssue, Lead, Pipeline } from "../types";
import { indexStages, type StageIndex } from "./index-stages";

/** How far each lead got through the open stages (indexes into the open stages). */
export interface ReachedStages {
  /** The furthest open stage reached; every earlier one counts as reached too (back-fill). */
  readonly furthest: ReadonlyMap<string, number>;
  /** Where the lead stands or stood last: open leads' current stage, lost leads' last open stage, won leads' last stage. */
  readonly lastOpenStage: ReadonlyMap<string, number>;
  readonly issues: DataIssue[];
  readonly usedHistory: boolean;
}

/** Per lead position: its latest open stage in Stage History (−1: none) and the furthest stage shown there. */
interface HistoryTrails {
  readonly latestDay: Float64Array;
  readonly latestIndex: Int32Array;
  readonly furthest: Int32Array;
}

/**
 * The Reached rule (SPEC §3): a lead reached open stage s when Stage History shows it in s or
 * later, or its current stage is s or later; won leads reached every open stage; a lost lead on a
 * Lost-typed stage stood last at its latest open stage in history (unknown → the first open stage,
 * plus a data issue). O(leads + history).
 * @example
 * reachedStages(pipeline).furthest.get("L1"); // => 2 (Proposal, the third open stage)
 */
export function reachedStages(pipeline: Pipeline): ReachedStages {
  const index = indexStages(pipeline.stages);
  const trails = traceHistory(pipeline, index);
  const furthest = new Map<string, number>();
  const lastOpenStage = new Map<string, number>();
  const issues: DataIssue[] = [];
  const lastStage = index.openStages.length - 1;
  if (lastStage < 0) return { furthest, lastOpenStage, issues, usedHistory: pipeline.hasStageHistory };
  pipeline.leads.forEach((lead, position) => {
    const latest = trails.latestIndex[position] as number;
    const last = lead.status === "won" ? lastStage : standingOf(lead, index, latest, issues);
    lastOpenStage.set(lead.id, last);
    furthest.set(lead.id, Math.max(last, trails.furthest[position] as number));
  });
  return { furthest, lastOpenStage, issues, usedHistory: pipeline.hasStageHistory };
}

/** Open or lost lead: its current open stage, else its latest open stage in history, else the first. */
function standingOf(lead: Lead, index: StageIndex, latestInHistory: number, issues: DataIssue[]): number {
  const current = index.openIndexOf.get(lead.stageKey);
  if (current !== undefined) return current;
  if (lead.status === "open" && index.typeOf.get(lead.stageKey) === "won") return index.openStages.length - 1;
  if (latestInHistory >= 0) return latestInHistory;
  const first = index.openStages[0]?.name ?? "";
  issues.push({
    tab: "Leads",
    row: lead.row,
    column: "Stage",
    message: `Lead ${lead.id} is ${lead.status} at "${lead.stage}" and Stage History shows no open stage for it: counted as last in "${first}".`,
  });
  return 0;
}

/** One pass over Stage History: per lead, its latest open stage and the furthest stage it shows. */
function traceHistory(pipeline: Pipeline, index: StageIndex): HistoryTrails {
  const count = pipeline.leads.length;
  const trails: HistoryTrails = {
    latestDay: new Float64Array(count).fill(Number.NEGATIVE_INFINITY),
    latestIndex: new Int32Array(count).fill(-1),
    furthest: new Int32Array(count),
  };
  if (pipeline.stageHistory.length === 0) return trails;
  const positionOf = new Map<string, number>();
  pipeline.leads.forEach((lead, position) => {
    if (!positionOf.has(lead.id)) positionOf.set(lead.id, position);
  });
  const lastStage = index.openStages.length - 1;
  for (const change of pipeline.stageHistory) {
    const position = positionOf.get(change.leadId);
    if (position === undefined) continue;
    const openIndex = index.openIndexOf.get(change.stageKey);
    const shown = openIndex ?? (index.typeOf.get(change.stageKey) === "won" ? lastStage : -1);
    if (shown > (trails.furthest[position] as number)) trails.furthest[position] = shown;
    // Later rows win ties: a sheet appends history in time order.
    if (openIndex !== undefined && change.day >= (trails.latestDay[position] as number)) {
      trails.latestDay[position] = change.day;
      trails.latestIndex[position] = openIndex;
    }
  }
  return trails;
}
