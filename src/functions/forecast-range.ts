/**
 * FORECASTRANGE: revenue at a percentile of the outcome distribution (each lead won or not, at
 * its confidence, independently). Error policy as in weighted-pipeline.ts; a bad percentile in
 * a column of percentiles shows the reason as text in that row.
 */
import { outcomeDistribution } from "../core/reports/distribution/outcome-distribution";
import { parsePercent } from "../core/values/parse-percent";
import { describeCell } from "../sheets/tables/describe-cell";
import { buildColumnResult, type CellOrColumn } from "./shared/build-column-result";
import { collectOutcomes } from "./shared/collect-outcomes";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt } from "./shared/count-rows";

const NAME = "FORECASTRANGE";
const MEDIAN = 0.5;

/**
 * Revenue at a percentile of the forecast: e.g. 0.1 gives a figure reached 90 % of the time.
 * Won leads count in full, lost ones not at all.
 *
 * @param {number|Array<Array<number>>} values Deal values, e.g. E2:E.
 * @param {number|string|Array<Array<number|string>>} confidences Confidences (0.6, 60 or "60%"), e.g. F2:F.
 * @param {number|string|Array<Array<number|string>>} [percentile] Optional percentile (default 0.5, the median); a column such as {0.1;0.5;0.9} gives one revenue per row.
 * @param {string|Array<Array<string>>} [statuses] Optional statuses (Open, Won, Lost): won counts in full, lost not at all.
 * @return {number|Array<Array<number>>} The revenue at that percentile.
 * @customfunction
 */
export function FORECASTRANGE(
  values: unknown,
  confidences: unknown,
  percentile?: unknown,
  statuses?: unknown,
): CellOrColumn {
  const outcomes = collectOutcomes(
    NAME,
    readRequiredColumnArgument(NAME, "values", values),
    readRequiredColumnArgument(NAME, "confidences", confidences),
    readColumnArgument(NAME, "statuses", statuses),
  );
  const percentileColumn = readColumnArgument(NAME, "percentile", percentile);
  const distribution = outcomeDistribution(outcomes.values, outcomes.probabilities);
  const count = { rows: percentileColumn.length, isRange: percentileColumn.rows !== null };
  return buildColumnResult(NAME, count, (row) => {
    const raw = cellAt(percentileColumn, row);
    // An omitted percentile means the median; a blank row of a percentile column stays blank.
    const level = raw === undefined || (count.isRange === false && raw === "") ? MEDIAN : parsePercent(raw);
    if (level === null) return "";
    if (Number.isNaN(level))
      return {
        problem: `argument 'percentile' is not a fraction or percentage in 0–100 %: ${describeCell(raw)}`,
      };
    return distribution.quantile(level);
  });
}
