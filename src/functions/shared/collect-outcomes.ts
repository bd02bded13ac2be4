import { parsePercent } from "../../core/values/parse-percent";
import { parseStatus } from "../../core/values/parse-status";
import { describeCell } from "../../sheets/tables/describe-cell";
import type { ColumnArgument } from "./column-argument";
import { cellAt, countRows } from "./count-rows";
import { functionError } from "./function-error";
import { memoizeText, readMemo } from "./memoize-text";
import { readMoney } from "./read-money";

/** Each lead's value and its chance of closing won, ready for outcomeDistribution. */
export interface Outcomes {
  readonly values: number[];
  readonly probabilities: number[];
}

/**
 * The leads of a forecast function: won → its value for sure, lost → nothing, else value ×
 * Bernoulli(confidence). Blank rows are skipped; a bad cell drops its row in a range, and
 * throws, naming the argument, when every argument is a single cell (as in WEIGHTEDPIPELINE).
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
    let problem = "";
    if (Number.isNaN(value))
      problem = `argument 'values' is not a non-negative amount: ${describeCell(rawValue)}`;
    else if (Number.isNaN(confidence))
      problem = `argument 'confidences' is not a percentage in 0–100 %: ${describeCell(rawConfidence)}`;
    else if (status === "invalid")
      problem = `argument 'statuses' is not Open, Won or Lost: ${describeCell(rawStatus)}`;
    if (problem !== "" && !count.isRange) throw functionError(functionName, problem);
    if (problem !== "") continue;
    outcomes.values.push(value);
    outcomes.probabilities.push(confidence);
  }
  return outcomes;
}
