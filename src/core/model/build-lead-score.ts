import type { ConfidenceSource, Day, Lead, LeadScore } from "../types";
import { explainScore } from "./explain-score";
import type { ModelOptions } from "./model-options";
import type { ActivityPoints } from "./resolve-activity-points";
import type { StageBounds } from "./resolve-stage-bounds";
import type { ActivityTotal } from "./total-activity-points";

/** What scoring needs besides the lead's own rows; built once per run. */
export interface ScoringContext {
  readonly asOf: Day;
  readonly model: ModelOptions;
  readonly bounds: ReadonlyMap<string, StageBounds>;
  /** Keys of open stages listed without a usable Confidence (their leads stay unscored). */
  readonly unusableStages: ReadonlySet<string>;
  readonly pointsOf: (typeKey: string) => ActivityPoints;
}

/** What a lead's activities and Stage History say about it at asOf. */
export interface LeadFacts {
  readonly activity: ActivityTotal;
  readonly stageEntry: Day | null;
  readonly lastActivity: Day | null;
  readonly hasMoved: boolean;
}

/**
 * The LeadScore of a lead from its facts (SPEC §2): won 1, lost 0, else the override, else
 * model = clamp(base + points / 100, 0, cap), replaced by Initial Confidence while unworked.
 * @example
 * buildLeadScore(proposalLead, { activity: thirteenPoints, … }, context).confidence; // => 0.63
 */
export function buildLeadScore(lead: Lead, facts: LeadFacts, context: ScoringContext): LeadScore {
  const { asOf, model } = context;
  const bounds = context.bounds.get(lead.stageKey) ?? null;
  const { activity, lastActivity } = facts;
  const modelConfidence =
    bounds === null ? null : Math.max(0, Math.min(bounds.base + activity.points / 100, bounds.cap));
  const { confidence, source } = decideConfidence(lead, modelConfidence, facts);
  const daysSinceActivity = lastActivity === null ? null : asOf - lastActivity;
  // Never worked: quiet since it was created (a lead made yesterday is not stale yet), or for an
  // unknown time when Created is blank.
  const quietSince = lastActivity ?? lead.created;
  return {
    id: lead.id,
    stage: bounds?.stage.name ?? lead.stage,
    status: lead.status,
    confidence,
    source,
    activityPoints: activity.points,
    modelConfidence,
    lastActivity,
    daysSinceActivity,
    stale: lead.status === "open" && (quietSince === null || asOf - quietSince > model.staleDays),
    explanation: explainScore({
      source,
      stageName: lead.stage,
      stageUnusable: context.unusableStages.has(lead.stageKey),
      confidence,
      modelConfidence,
      bounds,
      activity,
      hasStageEntry: facts.stageEntry !== null,
      activityWindowDays: model.activityWindowDays,
    }),
  };
}

function decideConfidence(
  lead: Lead,
  modelConfidence: number | null,
  facts: LeadFacts,
): { confidence: number | null; source: ConfidenceSource } {
  if (lead.status === "won") return { confidence: 1, source: "won" };
  if (lead.status === "lost") return { confidence: 0, source: "lost" };
  if (lead.confidenceOverride !== null) return { confidence: lead.confidenceOverride, source: "override" };
  if (modelConfidence === null) return { confidence: null, source: "unscored" };
  if (lead.initialConfidence !== null && facts.activity.countedActivities === 0 && !facts.hasMoved) {
    return { confidence: lead.initialConfidence, source: "initial" };
  }
  return { confidence: modelConfidence, source: "model" };
}
