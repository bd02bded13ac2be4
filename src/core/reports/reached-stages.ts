import type { DataIssue, Lead, Pipeline, StageChange } from "../types";
import { type HistoryIndex, indexHistory, indexLeadPositions } from "./index-history";
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

/** ReachedStages by lead position (arrays as long as the leads; empty when there is no open stage). */
export interface ReachedByPosition {
  readonly furthest: Int32Array;
  readonly lastOpenStage: Int32Array;
  readonly issues: DataIssue[];
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
  const stageIndex = indexStages(pipeline.stages);
  const history = indexHistory(pipeline.stageHistory, indexLeadPositions(pipeline.leads), stageIndex);
  const reached = reachByPosition(pipeline, stageIndex, history);
  const furthest = new Map<string, number>();
  const lastOpenStage = new Map<string, number>();
  pipeline.leads.forEach((lead, position) => {
    if (position >= reached.furthest.length) return;
    lastOpenStage.set(lead.id, reached.lastOpenStage[position] as number);
    furthest.set(lead.id, reached.furthest[position] as number);
  });
  return { furthest, lastOpenStage, issues: reached.issues, usedHistory: pipeline.hasStageHistory };
}

/**
 * reachedStages by lead position, from history already indexed against `pipeline.leads`.
 * @example
 * reachByPosition(pipeline, stageIndex, history).furthest[0]; // => 2
 */
export function reachByPosition(
  pipeline: Pick<Pipeline, "leads" | "stageHistory">,
  stageIndex: StageIndex,
  history: HistoryIndex,
): ReachedByPosition {
  const issues: DataIssue[] = [];
  const lastStage = stageIndex.openStages.length - 1;
  if (lastStage < 0) return { furthest: new Int32Array(0), lastOpenStage: new Int32Array(0), issues };
  const { leads } = pipeline;
  const { latestIndex, furthest } = traceHistory(pipeline, history);
  const lastOpenStage = new Int32Array(leads.length);
  for (let position = 0; position < leads.length; position += 1) {
    const lead = leads[position] as Lead;
    const latest = latestIndex[position] as number;
    const last = lead.status === "won" ? lastStage : standingOf(lead, stageIndex, latest, issues);
    lastOpenStage[position] = last;
    if (last > (furthest[position] as number)) furthest[position] = last;
  }
  return { furthest, lastOpenStage, issues };
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

/** One pass over Stage History: per lead, its latest open stage (−1: none) and the furthest stage it shows. */
function traceHistory(pipeline: Pick<Pipeline, "leads" | "stageHistory">, history: HistoryIndex) {
  const count = pipeline.leads.length;
  const latestDay = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const latestIndex = new Int32Array(count).fill(-1);
  const furthest = new Int32Array(count);
  const { positions, openIndexes, shownIndexes } = history;
  for (let row = 0; row < positions.length; row += 1) {
    const position = positions[row] as number;
    if (position < 0) continue;
    const shown = shownIndexes[row] as number;
    if (shown > (furthest[position] as number)) furthest[position] = shown;
    const openIndex = openIndexes[row] as number;
    const day = (pipeline.stageHistory[row] as StageChange).day;
    // Later rows win ties: a sheet appends history in time order.
    if (openIndex >= 0 && day >= (latestDay[position] as number)) {
      latestDay[position] = day;
      latestIndex[position] = openIndex;
    }
  }
  return { latestIndex, furthest };
}
