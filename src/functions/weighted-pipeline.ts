/**
 * WEIGHTEDPIPELINE: Σ value × confidence over open leads, one number for the whole range.
 *
 * Error policy (shared by every custom function): whole-argument problems throw (a range that
 * is not one column, ranges of different lengths). A bad cell in a range (unreadable money, a
 * confidence over 100 %, an unknown status) only drops its row, as SPEC §1 says for bad rows:
 * the lead adds no value. When every argument is a single cell, a bad cell throws, naming it.
 */
import { parsePercent } from "../core/values/parse-percent";
import { parseStatus } from "../core/values/parse-status";
import { describeCell } from "../sheets/tables/describe-cell";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt, countRows } from "./shared/count-rows";
import { functionError } from "./shared/function-error";
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
      if (!count.isRange) throw describeBadCell(value, confidence, [values, confidences, statuses]);
      continue;
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

function describeBadCell(value: number, confidence: number, raws: readonly unknown[]): Error {
  const [values, confidences, statuses] = raws;
  if (Number.isNaN(value)) {
    return functionError(NAME, `argument 'values' is not a non-negative amount: ${describeCell(values)}`);
  }
  if (Number.isNaN(confidence)) {
    return functionError(
      NAME,
      `argument 'confidences' is not a percentage in 0–100 %: ${describeCell(confidences)}`,
    );
  }
  return functionError(NAME, `argument 'statuses' is not Open, Won or Lost: ${describeCell(statuses)}`);
}
