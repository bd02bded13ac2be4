import type { Activity, Lead, LeadScore, StageChange } from "../types";
import { buildLeadScore, type ScoringContext } from "./build-lead-score";
import { findLastActivity } from "./find-last-activity";
import { findStageEntry } from "./find-stage-entry";
import { hasMovedSinceCreated } from "./has-moved-since-created";
import { sumActivityPoints } from "./sum-activity-points";

/**
 * The confidence of one lead at asOf from its own activities and Stage History rows (SPEC §2);
 * scoreLeads gives the same answer for every lead of a pipeline in one pass.
 * @example
 * scoreLead(proposalLead, [meeting, meeting, call], [], context).confidence; // => 0.63
 */
export function scoreLead(
  lead: Lead,
  activities: readonly Activity[],
  history: readonly StageChange[],
  context: ScoringContext,
): LeadScore {
  const { asOf, model } = context;
  // Stage History rows dated after asOf had not happened yet at asOf.
  const known = history.filter((change) => change.day <= asOf);
  const stageEntry = findStageEntry(known, lead.stageKey);
  const windowStart = asOf - model.activityWindowDays;
  const facts = {
    activity: sumActivityPoints(activities, context.pointsOf, asOf, windowStart, stageEntry),
    stageEntry,
    lastActivity: findLastActivity(activities, asOf),
    hasMoved: hasMovedSinceCreated(lead, known),
  };
  return buildLeadScore(lead, facts, context);
}
