import type { StageBounds } from "../../core/model/resolve-stage-bounds";
import { normalizeKey } from "../../core/values/normalize-key";
import { parseDecimalText, parsePercent } from "../../core/values/parse-percent";
import { parseStatus } from "../../core/values/parse-status";
import { describeCell } from "../../sheets/tables/describe-cell";
import type { RowResult } from "../shared/build-column-result";
import { memoizeText } from "../shared/memoize-text";

/** Scores one LEADCONFIDENCE row from its four raw cells. */
export type ConfidenceScorer = (
  rawStage: unknown,
  rawPoints: unknown,
  rawOverride: unknown,
  rawStatus: unknown,
) => RowResult;

/**
 * A row scorer for SPEC §2: won → 1, lost → 0, override → it, else min(base + points / 100,
 * cap), never below 0. A blank status takes the stage's Type (a "Closed Won" stage is won). A
 * row with no stage, status or override is blank. Stage and status texts are read once each.
 * @example
 * createConfidenceScorer(boundsOf({ proposal: 50 % base, 75 % cap }))("Proposal", 13, "", ""); // => 0.63
 */
export function createConfidenceScorer(bounds: ReadonlyMap<string, StageBounds>): ConfidenceScorer {
  const readStatus = memoizeText(parseStatus);
  const readStage = memoizeText((raw): StageBounds | "blank" | "unknown" => {
    const key = normalizeKey(raw);
    return key === "" ? "blank" : (bounds.get(key) ?? "unknown");
  });
  return (rawStage, rawPoints, rawOverride, rawStatus) => {
    const status = readStatus(rawStatus);
    if (status === "invalid")
      return { problem: `argument 'status' is not Open, Won or Lost: ${describeCell(rawStatus)}` };
    const stage = readStage(rawStage);
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
  };
}

/** Activity points in percentage points; blank = 0, NaN when not a number. */
function readPoints(raw: unknown): number {
  if (typeof raw === "number") return raw;
  if (raw === "" || raw === null || raw === undefined) return 0;
  if (typeof raw !== "string") return Number.NaN;
  const text = raw.trim();
  return text === "" ? 0 : parseDecimalText(text);
}
