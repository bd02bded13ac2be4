import { parsePercent } from "../../core/values/parse-percent";
import { parseStatus } from "../../core/values/parse-status";
import { badCellError, EXPECTED_AMOUNT, EXPECTED_PERCENT, EXPECTED_STATUS } from "./bad-cell-error";
import type { ColumnArgument } from "./column-argument";
import { cellAt, countRows } from "./count-rows";
import { memoizeText, readMemo } from "./memoize-text";
import { readMoney } from "./read-money";

/** Each lead's value and its chance of closing won, ready for outcomeDistribution. */
export interface Outcomes {
  readonly values: number[];
  readonly probabilities: number[];
}

/**
 * The leads of a forecast function: won → its value for sure, lost → nothing, else value ×
 * Bernoulli(confidence). Blank rows are skipped; a bad cell throws, naming the argument and, in
 * a range, its row (the aggregate functions' policy, see weighted-pipeline.ts).
 * @example
 * collectOutcomes("X", values, confidences, statuses); // => { values: [10000], probabilities: [0.6] }
 */
export function collectOutcomes(
  functionName: string,
  valueColumn: ColumnArgument,
  confidenceColumn: ColumnArgument,
  statusColumn: ColumnArgument,
): Outcomes {
  const count = countRows(functionName, [valueColumn, confidenceColumn, statusColumn]);
  const statusMemo = memoizeText(parseStatus);
  const outcomes: Outcomes = { values: [], probabilities: [] };
  for (let row = 0; row < count.rows; row++) {
    const rawStatus = cellAt(statusColumn, row);
    const status = readMemo(statusMemo, rawStatus);
    const rawValue = cellAt(valueColumn, row);
    const value = readMoney(rawValue);
    const rawConfidence = cellAt(confidenceColumn, row);
    const confidence = status === "won" ? 1 : status === "lost" ? 0 : parsePercent(rawConfidence);
    if (value === null || confidence === null) continue;
    const where = count.isRange ? row : null;
    if (Number.isNaN(value)) throw badCellError(functionName, "values", EXPECTED_AMOUNT, rawValue, where);
    if (Number.isNaN(confidence)) {
      throw badCellError(functionName, "confidences", EXPECTED_PERCENT, rawConfidence, where);
    }
    if (status === "invalid") throw badCellError(functionName, "statuses", EXPECTED_STATUS, rawStatus, where);
    outcomes.values.push(value);
    outcomes.probabilities.push(confidence);
  }
  return outcomes;
}
