import type { StageBounds } from "../../core/model/resolve-stage-bounds";
import type { Status } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { parseDecimalText, parsePercent } from "../../core/values/parse-percent";
import { parseStatus } from "../../core/values/parse-status";
import { describeCell } from "../../sheets/tables/describe-cell";
import type { RowResult } from "../shared/build-column-result";
import { memoizeText, readMemo, type TextMemo } from "../shared/memoize-text";

/** What LEADCONFIDENCE rows are scored with: the stage and status readers, each text read once. */
export interface ConfidenceScorer {
  readonly statuses: TextMemo<Status | "blank" | "invalid">;
  readonly stages: TextMemo<StageBounds | "blank" | "unknown">;
}

/**
 * A scorer for scoreConfidence over the given stage bounds (by stage key).
 * @example
 * createConfidenceScorer(boundsOf({ proposal: 50 % base, 75 % cap })).stages.results.size; // => 0
 */
export function createConfidenceScorer(bounds: ReadonlyMap<string, StageBounds>): ConfidenceScorer {
  return {
    statuses: memoizeText(parseStatus),
    stages: memoizeText((raw) => {
      const key = normalizeKey(raw);
      return key === "" ? "blank" : (bounds.get(key) ?? "unknown");
    }),
  };
}

/**
 * One row by SPEC §2: won → 1, lost → 0, override → it, else min(base + points / 100, cap),
 * never below 0. A blank status takes the stage's Type (a "Closed Won" stage is won). A row with
 * no stage, status or override is blank.
 * @example
 * scoreConfidence(createConfidenceScorer(boundsOf({ proposal: 50 % base, 75 % cap })), "Proposal", 13, "", ""); // => 0.63
 */
export function scoreConfidence(
  scorer: ConfidenceScorer,
  rawStage: unknown,
  rawPoints: unknown,
  rawOverride: unknown,
  rawStatus: unknown,
): RowResult {
  const status = readMemo(scorer.statuses, rawStatus);
  if (status === "invalid")
    return { problem: `argument 'status' is not Open, Won or Lost: ${describeCell(rawStatus)}` };
  const stage = readMemo(scorer.stages, rawStage);
  const outcome = status !== "blank" ? status : typeof stage === "object" ? stage.stage.type : "open";
  if (outcome === "won") return 1;
  if (outcome === "lost") return 0;
  const override = parsePercent(rawOverride);
  if (override !== null) {
    if (!Number.isNaN(override)) return override;
    return { problem: `argument 'override' is not a percentage in 0–100 %: ${describeCell(rawOverride)}` };
  }
  if (stage === "blank") return "";
  if (stage === "unknown")
    return { problem: `argument 'stage': no stage is named ${describeCell(rawStage)}` };
  const points = readPoints(rawPoints);
  if (Number.isNaN(points))
    return { problem: `argument 'activity_points' is not a number: ${describeCell(rawPoints)}` };
  return Math.max(0, Math.min(stage.base + points / 100, stage.cap));
}

/** Activity points in percentage points; blank = 0, NaN when not a number. */
function readPoints(raw: unknown): number {
  if (typeof raw === "number") return raw;
  if (raw === "" || raw === null || raw === undefined) return 0;
  if (typeof raw !== "string") return Number.NaN;
  const text = raw.trim();
  return text === "" ? 0 : parseDecimalText(text);
}
