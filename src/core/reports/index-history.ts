import type { Lead, StageChange } from "../types";
import type { StageIndex } from "./index-stages";

/** Stage History rows resolved once: whose row each is and which open stage it shows. */
export interface HistoryIndex {
  /** Position of the row's lead among the leads (−1: no such lead). */
  readonly positions: Int32Array;
  /** The row's stage among the open stages (−1: not an open stage). */
  readonly openIndexes: Int32Array;
  /** The open stage the row proves reached: its own, the last one for a Won-typed stage, else −1. */
  readonly shownIndexes: Int32Array;
}

/**
 * Each lead's position by ID (the first lead of an ID wins).
 * @example
 * indexLeadPositions([{ id: "A" }, { id: "B" }]).get("B"); // => 1
 */
export function indexLeadPositions(leads: readonly Pick<Lead, "id">[]): Map<string, number> {
  const positionOf = new Map<string, number>();
  for (let position = 0; position < leads.length; position += 1) {
    const id = (leads[position] as Pick<Lead, "id">).id;
    if (!positionOf.has(id)) positionOf.set(id, position);
  }
  return positionOf;
}

/**
 * Resolves every Stage History row's lead and stage in one pass, so the reports that read
 * history again look them up in flat arrays. A sheet lists a lead's rows together and repeats a
 * few stage names: the previous lookups are reused while the ID or the stage key is the same.
 * @example
 * indexHistory(history, positionOf, indexStages(stages)).openIndexes[0]; // => 2 (Proposal)
 */
export function indexHistory(
  history: readonly StageChange[],
  positionOf: ReadonlyMap<string, number>,
  stageIndex: StageIndex,
): HistoryIndex {
  const positions = new Int32Array(history.length);
  const openIndexes = new Int32Array(history.length);
  const shownIndexes = new Int32Array(history.length);
  const lastStage = stageIndex.openStages.length - 1;
  let previousId: string | null = null;
  let position = -1;
  let previousKey: string | null = null;
  let openIndex = -1;
  let shownIndex = -1;
  for (let row = 0; row < history.length; row += 1) {
    const change = history[row] as StageChange;
    if (change.leadId !== previousId) {
      previousId = change.leadId;
      position = positionOf.get(previousId) ?? -1;
    }
    if (change.stageKey !== previousKey) {
      previousKey = change.stageKey;
      openIndex = stageIndex.openIndexOf.get(previousKey) ?? -1;
      const won = openIndex < 0 && stageIndex.typeOf.get(previousKey) === "won";
      shownIndex = won ? lastStage : openIndex;
    }
    positions[row] = position;
    openIndexes[row] = openIndex;
    shownIndexes[row] = shownIndex;
  }
  return { positions, openIndexes, shownIndexes };
}
