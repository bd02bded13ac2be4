/**
 * WINRATE: won / (won + lost), by count or by value. Error policy as in weighted-pipeline.ts:
 * a bad cell throws, naming the argument (and its row in a range); so does no closed lead at all.
 */
import { parseStatus } from "../core/values/parse-status";
import { badCellError, EXPECTED_AMOUNT, EXPECTED_STATUS } from "./shared/bad-cell-error";
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
    const rawStatus = cellAt(statusColumn, row);
    const status = readMemo(statusMemo, rawStatus);
    const where = count.isRange ? row : null;
    if (status === "invalid") throw badCellError(NAME, "statuses", EXPECTED_STATUS, rawStatus, where);
    if (status !== "won" && status !== "lost") continue;
    const rawValue = byValue ? cellAt(valueColumn, row) : 1;
    const weight = byValue ? readMoney(rawValue) : 1;
    if (weight !== null && Number.isNaN(weight))
      throw badCellError(NAME, "values", EXPECTED_AMOUNT, rawValue, where);
    if (weight === null) continue;
    closed += weight;
    if (status === "won") won += weight;
  }
  if (closed === 0) {
    throw functionError(NAME, byValue ? "won and lost leads have no value" : "no won or lost leads");
  }
  return won / closed;
}
