/**
 * WEIGHTEDPIPELINE: Σ value × confidence over open leads, one number for the whole range.
 *
 * Error policy of the aggregate functions (WEIGHTEDPIPELINE, WINRATE, FORECASTRANGE,
 * TARGETPROBABILITY): whole-argument problems throw (a range that is not one column, ranges of
 * different lengths), and so does a cell they cannot read (unreadable money, a confidence over
 * 100 %, an unknown status), naming the argument and, in a range, the row: one number for a whole
 * range must not quietly leave a lead out. Blank cells are skipped. (Functions that return a
 * column show the reason as text in the bad row instead, so one typo doesn't blank the whole column.)
 */
import { parsePercent } from "../core/values/parse-percent";
import { parseStatus } from "../core/values/parse-status";
import { badCellError, EXPECTED_AMOUNT, EXPECTED_PERCENT, EXPECTED_STATUS } from "./shared/bad-cell-error";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt, countRows } from "./shared/count-rows";
import { memoizeText, readMemo } from "./shared/memoize-text";
import { readMoney } from "./shared/read-money";

const NAME = "WEIGHTEDPIPELINE";

/**
 * The weighted pipeline: the sum of value × confidence over open leads (won and lost skipped).
 *
 * @param {number|Array<Array<number>>} values Deal values, e.g. E2:E.
 * @param {number|string|Array<Array<number|string>>} confidences Confidences (0.6, 60 or "60%"), e.g. F2:F.
 * @param {string|Array<Array<string>>} [statuses] Optional statuses (Open, Won, Lost); won and lost leads are left out.
 * @return {number} The weighted pipeline value.
 * @customfunction
 */
export function WEIGHTEDPIPELINE(values: unknown, confidences: unknown, statuses?: unknown): number {
  const valueColumn = readRequiredColumnArgument(NAME, "values", values);
  const confidenceColumn = readRequiredColumnArgument(NAME, "confidences", confidences);
  const statusColumn = readColumnArgument(NAME, "statuses", statuses);
  const count = countRows(NAME, [valueColumn, confidenceColumn, statusColumn]);
  const statusMemo = memoizeText(parseStatus);
  let total = 0;
  for (let row = 0; row < count.rows; row++) {
    const status = readMemo(statusMemo, cellAt(statusColumn, row));
    if (status === "won" || status === "lost") continue;
    const rawValue = cellAt(valueColumn, row);
    const rawConfidence = cellAt(confidenceColumn, row);
    // Sheets passes number cells as numbers: an amount and a fraction in [0, 1] need no parsing.
    if (isPlainAmount(rawValue) && isPlainFraction(rawConfidence) && status !== "invalid") {
      total += rawValue * rawConfidence;
      continue;
    }
    const value = readMoney(rawValue);
    const confidence = parsePercent(rawConfidence);
    if (value === null || confidence === null) continue;
    if (status === "invalid" || Number.isNaN(value) || Number.isNaN(confidence)) {
      const raws = [rawValue, rawConfidence, cellAt(statusColumn, row)];
      throw describeBadCell(value, confidence, raws, count.isRange ? row : null);
    }
    total += value * confidence;
  }
  return total;
}

/** A finite non-negative number, which readMoney returns as it is. */
function isPlainAmount(raw: unknown): raw is number {
  return typeof raw === "number" && raw >= 0 && raw < Number.POSITIVE_INFINITY;
}

/** A number in [0, 1], which parsePercent returns as it is. */
function isPlainFraction(raw: unknown): raw is number {
  return typeof raw === "number" && raw >= 0 && raw <= 1;
}

function describeBadCell(
  value: number,
  confidence: number,
  raws: readonly unknown[],
  row: number | null,
): Error {
  const [rawValue, rawConfidence, rawStatus] = raws;
  if (Number.isNaN(value)) return badCellError(NAME, "values", EXPECTED_AMOUNT, rawValue, row);
  if (Number.isNaN(confidence))
    return badCellError(NAME, "confidences", EXPECTED_PERCENT, rawConfidence, row);
  return badCellError(NAME, "statuses", EXPECTED_STATUS, rawStatus, row);
}
