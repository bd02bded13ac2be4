/**
 * WINRATE: won / (won + lost), by count or by value. Error policy as in weighted-pipeline.ts:
 * a bad cell in a range drops its row; a bad single cell, or no closed lead at all, throws.
 */
import { parseStatus } from "../core/values/parse-status";
import { describeCell } from "../sheets/tables/describe-cell";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt, countRows } from "./shared/count-rows";
import { functionError } from "./shared/function-error";
import { memoizeText, readMemo } from "./shared/memoize-text";
import { readMoney } from "./shared/read-money";

const NAME = "WINRATE";

/**
 * The win rate: won / (won + lost) leads, or won value / (won + lost) value when values are given.
 *
 * @param {string|Array<Array<string>>} statuses Statuses (Open, Won, Lost, Closed Won …), e.g. G2:G.
 * @param {number|Array<Array<number>>} [values] Optional deal values, to weigh each closed lead by its value.
 * @return {number} The win rate as a fraction (format as %).
 * @customfunction
 */
export function WINRATE(statuses: unknown, values?: unknown): number {
  const statusColumn = readRequiredColumnArgument(NAME, "statuses", statuses);
  const valueColumn = readColumnArgument(NAME, "values", values);
  const count = countRows(NAME, [statusColumn, valueColumn]);
  const byValue = values !== undefined;
  const statusMemo = memoizeText(parseStatus);
  let won = 0;
  let closed = 0;
  for (let row = 0; row < count.rows; row++) {
    const status = readMemo(statusMemo, cellAt(statusColumn, row));
    if (status === "invalid" && !count.isRange) {
      throw functionError(NAME, `argument 'statuses' is not Open, Won or Lost: ${describeCell(statuses)}`);
    }
    if (status !== "won" && status !== "lost") continue;
    const weight = byValue ? readMoney(cellAt(valueColumn, row)) : 1;
    if (weight !== null && Number.isNaN(weight) && !count.isRange) {
      throw functionError(NAME, `argument 'values' is not a non-negative amount: ${describeCell(values)}`);
    }
    if (weight === null || Number.isNaN(weight)) continue;
    closed += weight;
    if (status === "won") won += weight;
  }
  if (closed === 0) {
    throw functionError(NAME, byValue ? "won and lost leads have no value" : "no won or lost leads");
  }
  return won / closed;
}
