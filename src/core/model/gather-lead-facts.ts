import type { Activity, Day, Lead, StageChange } from "../types";
import type { LeadFacts } from "./build-lead-score";
import { isCountedActivity } from "./is-counted-activity";
import type { ActivityPoints } from "./resolve-activity-points";
import { countType, NO_ACTIVITY, type TypeCount, totalActivityPoints } from "./total-activity-points";

/**
 * The facts of every lead (by lead position) in one pass over Stage History and one over
 * Activities, in row order: O(leads + activities + history), no per-lead row lists. Lead IDs
 * are unique in a parsed pipeline; a repeated ID gets no activities or history.
 * @example
 * gatherLeadFacts(leads, activities, history, 19_783, 90, pointsOf)[0]?.activity.points; // => 13
 */
export function gatherLeadFacts(
  leads: readonly Lead[],
  activities: readonly Activity[],
  history: readonly StageChange[],
  asOf: Day,
  activityWindowDays: number,
  pointsOf: (typeKey: string) => ActivityPoints,
): LeadFacts[] {
  const positionById = new Map<string, number>();
  leads.forEach((lead, position) => {
    if (!positionById.has(lead.id)) positionById.set(lead.id, position);
  });
  const { stageEntries, moved } = readHistory(leads, history, positionById);
  const { lastActivities, typeCounts } = readActivities(activities, asOf, asOf - activityWindowDays, {
    positionById,
    stageEntries,
  });
  return leads.map((_lead, position) => {
    const counts = typeCounts[position];
    return {
      activity: counts === undefined ? NO_ACTIVITY : totalActivityPoints(counts, pointsOf),
      stageEntry: dayOrNull(stageEntries[position]),
      lastActivity: dayOrNull(lastActivities[position]),
      hasMoved: moved[position] === 1,
    };
  });
}

// NaN marks "no day" so the per-lead arrays stay flat numbers.
function readHistory(
  leads: readonly Lead[],
  history: readonly StageChange[],
  positionById: Map<string, number>,
) {
  const stageEntries = new Float64Array(leads.length).fill(Number.NaN);
  const moved = new Uint8Array(leads.length);
  for (const change of history) {
    const position = positionById.get(change.leadId);
    if (position === undefined) continue;
    const lead = leads[position] as Lead;
    if (change.stageKey === lead.stageKey && !(change.day <= (stageEntries[position] as number))) {
      stageEntries[position] = change.day;
    }
    if (lead.created === null || change.day > lead.created) moved[position] = 1;
  }
  return { stageEntries, moved };
}

function readActivities(
  activities: readonly Activity[],
  asOf: Day,
  windowStart: Day,
  leadsIndex: { positionById: Map<string, number>; stageEntries: Float64Array },
) {
  const { positionById, stageEntries } = leadsIndex;
  const lastActivities = new Float64Array(stageEntries.length).fill(Number.NaN);
  const typeCounts: (TypeCount[] | undefined)[] = new Array(stageEntries.length);
  // Sheets often list a lead's activities together; reusing the last lookup skips the hashing.
  let previousId = "";
  let previousPosition: number | undefined;
  for (const activity of activities) {
    if (activity.leadId !== previousId) {
      previousId = activity.leadId;
      previousPosition = positionById.get(previousId);
    }
    const position = previousPosition;
    if (position === undefined) continue;
    const day = activity.day;
    if (
      activity.completed !== false &&
      day !== null &&
      day <= asOf &&
      !(day <= (lastActivities[position] as number))
    ) {
      lastActivities[position] = day;
    }
    const entry = stageEntries[position] as number;
    if (!isCountedActivity(activity, asOf, windowStart, Number.isNaN(entry) ? null : entry)) continue;
    const counts = typeCounts[position];
    if (counts === undefined) typeCounts[position] = [{ typeKey: activity.typeKey, count: 1 }];
    else countType(counts, activity.typeKey);
  }
  return { lastActivities, typeCounts };
}

function dayOrNull(day: number | undefined): Day | null {
  return day === undefined || Number.isNaN(day) ? null : day;
}
