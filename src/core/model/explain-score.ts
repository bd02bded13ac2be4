import type { ConfidenceSource } from "../types";
import { formatPercent } from "./format-percent";
import { labelPoints } from "./label-points";
import { pluralizeType } from "./pluralize-type";
import type { StageBounds } from "./resolve-stage-bounds";
import type { ActivityTotal } from "./total-activity-points";

/** What explainScore needs to know about one scored lead. */
export interface ScoreExplanationInput {
  readonly source: ConfidenceSource;
  /** The stage as the lead names it (used for unknown stages). */
  readonly stageName: string;
  /** The stage is listed but its Confidence is blank or bad. */
  readonly stageUnusable: boolean;
  readonly confidence: number | null;
  readonly modelConfidence: number | null;
  readonly bounds: StageBounds | null;
  readonly activity: ActivityTotal;
  /** True when counting started at the lead's entry into its stage, false for the day window. */
  readonly hasStageEntry: boolean;
  readonly activityWindowDays: number;
}

/**
 * The one-line reason for a score, in words a salesperson checks against the sheet.
 * @example
 * explainScore(proposalWithTwoMeetingsAndACall); // => "Proposal 50% + 2 meetings, 1 call (+13 pts) = 63%"
 * explainScore(overridden); // => "Override 80% (model says 63%)"
 */
export function explainScore(input: ScoreExplanationInput): string {
  switch (input.source) {
    case "won":
      return "Won";
    case "lost":
      return "Lost";
    case "unscored":
      return input.stageUnusable
        ? `Stage "${input.stageName}" has no usable Confidence on the Stages tab`
        : `Unknown stage "${input.stageName}"`;
    case "override": {
      const override = `Override ${formatPercent(input.confidence ?? 0)}`;
      return input.modelConfidence === null
        ? override
        : `${override} (model says ${formatPercent(input.modelConfidence)})`;
    }
    case "initial":
      return `Initial ${formatPercent(input.confidence ?? 0)} (not yet worked)`;
    case "model":
      return explainModel(input);
  }
}

function explainModel(input: ScoreExplanationInput): string {
  const { bounds, activity } = input;
  const stageName = bounds?.stage.name ?? input.stageName;
  const base = bounds?.base ?? 0;
  const result = formatPercent(input.confidence ?? 0);
  if (activity.countedActivities === 0) {
    const where = input.hasStageEntry ? "in stage" : `in ${input.activityWindowDays} days`;
    return [stageName, " ", formatPercent(base), ", no activity ", where, " = ", result].join("");
  }
  const tallies = activity.tallies
    .map((tally) => {
      const counted = pluralizeType(tally.typeKey, tally.count);
      return tally.capped ? `${counted} (max ${labelPoints(tally.points)})` : counted;
    })
    .join(", ");
  // The tolerance keeps 40% + 20 pts (0.6000000000000001 in floating point) from "capping" at 60%.
  const capped = bounds !== null && base + activity.points / 100 > bounds.cap + 1e-9;
  const cappedText = capped ? `, capped at ${formatPercent(bounds.cap)}` : "";
  // One join makes one flat string; a template would keep a chain of string pieces alive per lead.
  return [
    stageName,
    " ",
    formatPercent(base),
    " + ",
    tallies,
    " (+",
    labelPoints(activity.points),
    cappedText,
    ") = ",
    result,
  ].join("");
}
