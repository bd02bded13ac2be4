import type { Status } from "../../core/types";
import type { Journey } from "./simulate-journey";

/** What the sheet can show of a journey on the as-of date. */
export interface ObservedJourney {
  readonly status: Status;
  /** Open stages entered on or before the as-of date; the last one is the current stage. */
  readonly stagesReached: number;
  /** The last day of the visible journey: its close, or the as-of date (0) while open. */
  readonly lastSeenOffset: number;
}

/**
 * Cuts a journey at the as-of date (offset 0): closed when it closed on or before that day,
 * else open in the latest stage it had entered.
 * @example
 * observeJourney({ createdOffset: -10, stageEntries: [-10, -4, 3], outcome: "won", closeOffset: 9 });
 * // => { status: "open", stagesReached: 2, lastSeenOffset: 0 }
 */
export function observeJourney(journey: Journey): ObservedJourney {
  if (journey.closeOffset <= 0) {
    return {
      status: journey.outcome,
      stagesReached: journey.stageEntries.length,
      lastSeenOffset: journey.closeOffset,
    };
  }
  let stagesReached = 0;
  while (
    stagesReached < journey.stageEntries.length &&
    (journey.stageEntries[stagesReached] as number) <= 0
  ) {
    stagesReached++;
  }
  return { status: "open", stagesReached, lastSeenOffset: 0 };
}
