import type { ActivityPoints } from "./resolve-activity-points";

/** How many counted activities of one type a lead has. */
export interface TypeCount {
  readonly typeKey: string;
  count: number;
}

/** The counted activities of one type: how many, their points after the type's cap. */
export interface ActivityTally {
  readonly typeKey: string;
  readonly count: number;
  readonly points: number;
  /** True when Max Per Stage cut this type's points. */
  readonly capped: boolean;
}

/** A lead's counted activity points, with the tallies by type (points desc, then type). */
export interface ActivityTotal {
  readonly points: number;
  readonly countedActivities: number;
  readonly tallies: readonly ActivityTally[];
}

export const NO_ACTIVITY: ActivityTotal = { points: 0, countedActivities: 0, tallies: [] };

/**
 * Adds one counted activity of a type to a lead's counts (a short list: leads have few types).
 * @example
 * countType(counts, "call"); // counts now has { typeKey: "call", count: 1 }
 */
export function countType(counts: TypeCount[], typeKey: string): void {
  for (const typeCount of counts) {
    if (typeCount.typeKey === typeKey) {
      typeCount.count += 1;
      return;
    }
  }
  counts.push({ typeKey, count: 1 });
}

/**
 * Points of counted activities by type, each type capped at its Max Per Stage.
 * Formula: Σ over types of min(count × points, maxPerStage).
 * @example
 * // 2 meetings × 5 + min(4 emails × 1, max 3)
 * totalActivityPoints([{ typeKey: "meeting", count: 2 }, { typeKey: "email", count: 4 }], pointsOf).points; // => 13
 */
export function totalActivityPoints(
  counts: readonly TypeCount[],
  pointsOf: (typeKey: string) => ActivityPoints,
): ActivityTotal {
  if (counts.length === 0) return NO_ACTIVITY;
  const tallies: ActivityTally[] = [];
  let points = 0;
  let countedActivities = 0;
  for (const { typeKey, count } of counts) {
    const { points: pointsEach, maxPerStage } = pointsOf(typeKey);
    const uncapped = count * pointsEach;
    const typePoints = maxPerStage === null ? uncapped : Math.min(uncapped, maxPerStage);
    tallies.push({ typeKey, count, points: typePoints, capped: typePoints < uncapped });
    points += typePoints;
    countedActivities += count;
  }
  tallies.sort((first, second) => second.points - first.points || compareText(first.typeKey, second.typeKey));
  return { points, countedActivities, tallies };
}

function compareText(first: string, second: string): number {
  if (first === second) return 0;
  return first < second ? -1 : 1;
}
