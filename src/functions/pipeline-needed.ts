/**
 * PIPELINENEEDED: the open pipeline value needed to reach a target at a win rate, per row when
 * given columns. Error policy as in weighted-pipeline.ts: a bad row in a column shows its reason as text (a win
 * rate of 0 included); a single-cell call throws, naming the argument.
 */
import { parsePercent } from "../core/values/parse-percent";
import { describeCell } from "../sheets/tables/describe-cell";
import { buildColumnResult, type CellOrColumn, type RowResult } from "./shared/build-column-result";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt, countRows } from "./shared/count-rows";
import { readMoney } from "./shared/read-money";

const NAME = "PIPELINENEEDED";

/**
 * The pipeline value needed to reach the target: max(0, target − won so far) / win rate.
 *
 * @param {number|Array<Array<number>>} target The revenue target, e.g. 500000.
 * @param {number|string|Array<Array<number|string>>} win_rate The win rate (0.25, 25 or "25%"), e.g. =WINRATE(G2:G).
 * @param {number|Array<Array<number>>} [won_so_far] Optional value already won in the period (blank = 0).
 * @return {number} The open pipeline value needed.
 * @customfunction
 */
export function PIPELINENEEDED(target: unknown, win_rate: unknown, won_so_far?: unknown): CellOrColumn {
  const targetColumn = readRequiredColumnArgument(NAME, "target", target);
  const winRateColumn = readRequiredColumnArgument(NAME, "win_rate", win_rate);
  const wonColumn = readColumnArgument(NAME, "won_so_far", won_so_far);
  const count = countRows(NAME, [targetColumn, winRateColumn, wonColumn]);
  return buildColumnResult(NAME, count, (row) =>
    computePipelineNeeded(cellAt(targetColumn, row), cellAt(winRateColumn, row), cellAt(wonColumn, row)),
  );
}

function computePipelineNeeded(rawTarget: unknown, rawWinRate: unknown, rawWon: unknown): RowResult {
  const target = readMoney(rawTarget);
  const winRate = parsePercent(rawWinRate);
  const won = readMoney(rawWon) ?? 0;
  if (target === null || winRate === null) return "";
  if (Number.isNaN(target))
    return { problem: `argument 'target' is not a non-negative amount: ${describeCell(rawTarget)}` };
  if (Number.isNaN(winRate)) {
    return { problem: `argument 'win_rate' is not a percentage in 0–100 %: ${describeCell(rawWinRate)}` };
  }
  if (Number.isNaN(won)) {
    return { problem: `argument 'won_so_far' is not a non-negative amount: ${describeCell(rawWon)}` };
  }
  if (winRate === 0) return { problem: "win_rate is 0, pipeline needed cannot be computed" };
  return Math.max(0, target - won) / winRate;
}
