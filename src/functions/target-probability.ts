/**
 * TARGETPROBABILITY: the chance that revenue reaches a target (each lead won or not, at its
 * confidence, independently). Error policy as in weighted-pipeline.ts; a bad target in a
 * column of targets shows the reason as text in that row.
 */
import { outcomeDistribution } from "../core/reports/distribution/outcome-distribution";
import { describeCell } from "../sheets/tables/describe-cell";
import { buildColumnResult, type CellOrColumn } from "./shared/build-column-result";
import { collectOutcomes } from "./shared/collect-outcomes";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt } from "./shared/count-rows";
import { readMoney } from "./shared/read-money";

const NAME = "TARGETPROBABILITY";

/**
 * The probability that revenue reaches the target: P(Σ won values ≥ target). Won leads count
 * in full, lost ones not at all.
 *
 * @param {number|Array<Array<number>>} values Deal values, e.g. E2:E.
 * @param {number|string|Array<Array<number|string>>} confidences Confidences (0.6, 60 or "60%"), e.g. F2:F.
 * @param {number|Array<Array<number>>} target The revenue target, e.g. 500000; a column gives one probability per row.
 * @param {string|Array<Array<string>>} [statuses] Optional statuses (Open, Won, Lost): won counts in full, lost not at all.
 * @return {number|Array<Array<number>>} The probability of reaching the target (format as %).
 * @customfunction
 */
export function TARGETPROBABILITY(
  values: unknown,
  confidences: unknown,
  target: unknown,
  statuses?: unknown,
): CellOrColumn {
  const targetColumn = readRequiredColumnArgument(NAME, "target", target);
  const outcomes = collectOutcomes(
    NAME,
    readRequiredColumnArgument(NAME, "values", values),
    readRequiredColumnArgument(NAME, "confidences", confidences),
    readColumnArgument(NAME, "statuses", statuses),
  );
  const distribution = outcomeDistribution(outcomes.values, outcomes.probabilities);
  const count = { rows: targetColumn.length, isRange: targetColumn.rows !== null };
  return buildColumnResult(NAME, count, (row) => {
    const raw = cellAt(targetColumn, row);
    const amount = readMoney(raw);
    if (amount === null) return "";
    if (Number.isNaN(amount))
      return { problem: `argument 'target' is not a non-negative amount: ${describeCell(raw)}` };
    return distribution.probabilityAtLeast(amount);
  });
}
