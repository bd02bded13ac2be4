import type { Activity, Day, Lead, StageChange } from "../types";
import type { LeadFacts } from "./build-lead-score";
import { isCountedActivity } from "./is-counted-activity";
import { addLeadTypeCount, createLeadTypeCounts, listLeadTypeCounts } from "./lead-type-counts";
import type { ActivityPoints } from "./resolve-activity-points";
import { NO_ACTIVITY, totalActivityPoints } from "./total-activity-points";

/**
 * The facts of every lead (by lead position) from one pass over Stage History and one over
 * Activities, in row order: O(leads + activities + history), no per-lead row lists. Lead IDs
 * are unique in a parsed pipeline; a repeated ID gets no activities or history. Each lead's facts
 * are built when asked for, so they need not all be alive at once.
 * @example
 * gatherLeadFacts(leads, activities, history, 19_783, 90, pointsOf)(0).activity.points; // => 13
 */
export function gatherLeadFacts(
  leads: readonly Lead[],
  activities: readonly Activity[],
  history: readonly StageChange[],
  asOf: Day,
  activityWindowDays: number,
  pointsOf: (typeKey: string) => ActivityPoints,
): (position: number) => LeadFacts {
  const positionById = new Map<string, number>();
  for (let position = 0; position < leads.length; position += 1) {
    const id = (leads[position] as Lead).id;
    if (!positionById.has(id)) positionById.set(id, position);
  }
  const { stageEntries, moved } = readHistory(leads, history, positionById, asOf);
  const { lastActivities, typeCounts } = readActivities(activities, asOf, asOf - activityWindowDays, {
    positionById,
    stageEntries,
  });
  return (position) => ({
    activity:
      (typeCounts.heads[position] as number) < 0
        ? NO_ACTIVITY
        : totalActivityPoints(listLeadTypeCounts(typeCounts, position), pointsOf),
    stageEntry: dayOrNull(stageEntries[position]),
    lastActivity: dayOrNull(lastActivities[position]),
    hasMoved: moved[position] === 1,
  });
}

// NaN marks "no day" so the per-lead arrays stay flat numbers. Sheets often list a lead's rows
// together, so the last ID lookup is reused while the ID stays the same. Rows dated after asOf
// had not happened yet at asOf: a back-dated run ignores them.
function readHistory(
  leads: readonly Lead[],
  history: readonly StageChange[],
  positionById: Map<string, number>,
  asOf: Day,
) {
  const stageEntries = new Float64Array(leads.length).fill(Number.NaN);
  const moved = new Uint8Array(leads.length);
  let previousId = "";
  let previousPosition: number | undefined;
  let stageKey = "";
  let created: Day | null = null;
  for (const change of history) {
    if (change.leadId !== previousId) {
      previousId = change.leadId;
      previousPosition = positionById.get(previousId);
      const lead = previousPosition === undefined ? undefined : leads[previousPosition];
      stageKey = lead?.stageKey ?? "";
      created = lead?.created ?? null;
    }
    const position = previousPosition;
    if (position === undefined || change.day > asOf) continue;
    if (change.stageKey === stageKey && !(change.day <= (stageEntries[position] as number))) {
      stageEntries[position] = change.day;
    }
    if (created === null || change.day > created) moved[position] = 1;
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
  const typeCounts = createLeadTypeCounts(stageEntries.length);
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
    addLeadTypeCount(typeCounts, position, activity.typeKey);
  }
  return { lastActivities, typeCounts };
}

function dayOrNull(day: number | undefined): Day | null {
  return day === undefined || Number.isNaN(day) ? null : day;
}
