import { TABLE_SPECS } from "../tables/table-specs";
import type { DataIssue, Stage } from "../types";
import { formatPercent } from "./format-percent";
import { DEFAULT_MODEL } from "./model-options";

/** The confidence range of one stage: the model starts at `base` and never goes above `cap`. */
export interface StageBounds {
  readonly stage: Stage;
  readonly base: number;
  readonly cap: number;
}

export interface StageBoundsOptions {
  /** Cap of the last open stage without Max Confidence (default 0.95). */
  readonly lastOpenStageCap?: number;
  /** The sheet row of a stage, for data issues (Stage has no row field); default 0 = unknown. */
  readonly rowOf?: (stage: Stage) => number;
  /** The tab the stages came from, for data issues; default "Stages" (settings may rename it). */
  readonly stagesTab?: string;
}

/**
 * Base and cap of every stage, by stage key. Open: base = Confidence, cap = Max Confidence, else
 * the next open stage's Confidence, else lastOpenStageCap; a cap below the base is a data issue
 * and becomes the base. Won: base = cap = 1. Lost: base = cap = 0. An open stage without a
 * usable Confidence (the Stages tab reported it) has no bounds, so its leads stay unscored, and
 * it is passed over as the next stage of the one before it.
 * @example
 * resolveStageBounds([lead10, proposal50]).bounds.get("lead"); // => { base: 0.1, cap: 0.5, … }
 */
export function resolveStageBounds(
  stages: readonly Stage[],
  options: StageBoundsOptions = {},
): { bounds: Map<string, StageBounds>; unusable: Set<string>; issues: DataIssue[] } {
  const lastOpenStageCap = options.lastOpenStageCap ?? DEFAULT_MODEL.lastOpenStageCap;
  const where = {
    tab: options.stagesTab ?? TABLE_SPECS.stages.defaultTab,
    rowOf: options.rowOf ?? (() => 0),
  };
  const ordered = [...stages].sort((first, second) => first.order - second.order);
  const bounds = new Map<string, StageBounds>();
  const unusable = new Set<string>();
  const issues: DataIssue[] = [];
  ordered.forEach((stage, index) => {
    if (bounds.has(stage.key) || unusable.has(stage.key)) return;
    if (stage.type !== "open") {
      const closedConfidence = stage.type === "won" ? 1 : 0;
      bounds.set(stage.key, { stage, base: closedConfidence, cap: closedConfidence });
      return;
    }
    const base = stage.confidence;
    if (base === null) {
      unusable.add(stage.key);
      return;
    }
    const nextOpen = ordered
      .slice(index + 1)
      .find(
        (later): later is Stage & { confidence: number } => isUsableOpen(later) && later.key !== stage.key,
      );
    const cap = stage.maxConfidence ?? nextOpen?.confidence ?? Math.max(base, lastOpenStageCap);
    if (cap < base) issues.push(describeFallingCap(stage, base, nextOpen, where));
    bounds.set(stage.key, { stage, base, cap: Math.max(cap, base) });
  });
  return { bounds, unusable, issues };
}

function isUsableOpen(stage: Stage): boolean {
  return stage.type === "open" && stage.confidence !== null;
}

function describeFallingCap(
  stage: Stage,
  stageConfidence: number,
  nextOpen: (Stage & { confidence: number }) | undefined,
  where: { readonly tab: string; readonly rowOf: (stage: Stage) => number },
): DataIssue {
  const base = formatPercent(stageConfidence);
  if (stage.maxConfidence !== null || nextOpen === undefined) {
    const max = formatPercent(stage.maxConfidence ?? 0);
    return {
      tab: where.tab,
      row: where.rowOf(stage),
      column: "Max Confidence",
      message: `Max Confidence ${max} of ${stage.name} is below its Confidence ${base}; capping at ${base}`,
    };
  }
  const next = formatPercent(nextOpen.confidence);
  return {
    tab: where.tab,
    row: where.rowOf(nextOpen),
    column: "Confidence",
    message: `confidences go down: ${nextOpen.name} ${next} after ${stage.name} ${base}; capping ${stage.name} at ${base}`,
  };
}
