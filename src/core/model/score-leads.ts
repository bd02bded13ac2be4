import type { DataIssue, Day, Lead, LeadScore, Pipeline } from "../types";
import { buildLeadScore } from "./build-lead-score";
import { gatherLeadFacts } from "./gather-lead-facts";
import { type ModelOptions, resolveModelOptions } from "./model-options";
import { resolveActivityPoints } from "./resolve-activity-points";
import { resolveStageBounds, type StageBoundsOptions } from "./resolve-stage-bounds";

/** Model options plus the Stages tab's name and rows, for the data issues of falling caps. */
export type ScoreOptions = Partial<ModelOptions> & Pick<StageBoundsOptions, "rowOf" | "stagesTab">;

/**
 * One LeadScore per lead, in lead order (SPEC §2), with the Stages-tab issues found on the way.
 * Activities and Stage History are read once each: O(leads + activities + history).
 * @example
 * scoreLeads(pipeline, 19_783).scores[0]?.explanation; // => "Proposal 50% + 2 meetings, 1 call (+13 pts) = 63%"
 */
export function scoreLeads(
  pipeline: Pipeline,
  asOf: Day,
  options: ScoreOptions = {},
): { scores: LeadScore[]; issues: DataIssue[] } {
  const model = resolveModelOptions(options);
  const { bounds, unusable, issues } = resolveStageBounds(pipeline.stages, {
    lastOpenStageCap: model.lastOpenStageCap,
    rowOf: options.rowOf,
    stagesTab: options.stagesTab,
  });
  const pointsOf = resolveActivityPoints(pipeline.activityTypes, model);
  const context = { asOf, model, bounds, unusableStages: unusable, pointsOf };
  const { leads, activities, stageHistory } = pipeline;
  const factsOf = gatherLeadFacts(leads, activities, stageHistory, asOf, model.activityWindowDays, pointsOf);
  const scores: LeadScore[] = [];
  for (let position = 0; position < leads.length; position += 1) {
    scores.push(buildLeadScore(leads[position] as Lead, factsOf(position), context));
  }
  return { scores, issues };
}
