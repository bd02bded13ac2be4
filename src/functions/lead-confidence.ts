/**
 * LEADCONFIDENCE: each lead's confidence by the SPEC §2 model, for a column of leads at once.
 *
 * Error policy: whole-argument problems throw (a range that is not one column, ranges of
 * different lengths, a stages table without Stage or Confidence, no Stages tab). A bad row in a
 * column (unknown stage without override, unreadable override, status or points) shows the
 * reason as text in that row, so one typo does not blank the whole column; a single-cell call
 * throws instead, naming the argument and the value. Blank rows stay blank.
 */
import { resolveStageBounds, type StageBounds } from "../core/model/resolve-stage-bounds";
import { parseStages } from "../sheets/tables/parse-stages";
import { createConfidenceScorer, scoreConfidence } from "./confidence/create-confidence-scorer";
import { buildColumnResult, type CellOrColumn } from "./shared/build-column-result";
import { readColumnArgument, readRequiredColumnArgument } from "./shared/column-argument";
import { cellAt, countRows } from "./shared/count-rows";
import { functionError } from "./shared/function-error";
import { readFunctionSettings } from "./shared/read-function-settings";
import { readOptionalTab } from "./shared/read-sheet-tab";
import { type Grid, readTableArgument, translateTableError } from "./shared/read-table-argument";

const NAME = "LEADCONFIDENCE";

/**
 * The confidence of each lead: won 100 %, lost 0 %, the override when given, else the stage's
 * confidence plus activity points, capped at the stage's Max Confidence.
 *
 * @param {string|Array<Array<string>>} stage The lead's stage, e.g. C2:C.
 * @param {number|Array<Array<number>>} [activity_points] Optional activity points (percentage points, e.g. =ACTIVITYPOINTS(A2:A, Activities!A:D)).
 * @param {number|string|Array<Array<number|string>>} [override] Optional confidence override (0.8, 80 or "80%"); wins for open leads.
 * @param {string|Array<Array<string>>} [status] Optional status (Open, Won, Lost); blank takes the stage's type.
 * @param {Array<Array<string>>} [stages_table] Optional stages range with header (Stage, Confidence, Type, Max Confidence); default: the Stages tab.
 * @return {number|Array<Array<number>>} Confidence as a fraction (format as %).
 * @customfunction
 */
export function LEADCONFIDENCE(
  stage: unknown,
  activity_points?: unknown,
  override?: unknown,
  status?: unknown,
  stages_table?: unknown,
): CellOrColumn {
  const stageColumn = readRequiredColumnArgument(NAME, "stage", stage);
  const pointsColumn = readColumnArgument(NAME, "activity_points", activity_points);
  const overrideColumn = readColumnArgument(NAME, "override", override);
  const statusColumn = readColumnArgument(NAME, "status", status);
  const count = countRows(NAME, [stageColumn, pointsColumn, overrideColumn, statusColumn]);
  const scorer = createConfidenceScorer(readStageBounds(stages_table));
  return buildColumnResult(NAME, count, (row) =>
    scoreConfidence(
      scorer,
      cellAt(stageColumn, row),
      cellAt(pointsColumn, row),
      cellAt(overrideColumn, row),
      cellAt(statusColumn, row),
    ),
  );
}

function readStageBounds(stagesTable: unknown): ReadonlyMap<string, StageBounds> {
  const settings = readFunctionSettings();
  const parse = (grid: Grid, tab: string) => {
    const stages = parseStages(grid, {
      tab,
      mapping: settings.mappings.stages,
      dateOrder: settings.dateOrder,
      readDay: settings.readDay,
    }).rows;
    return resolveStageBounds(stages, settings.model).bounds;
  };
  if (stagesTable !== undefined && stagesTable !== "") {
    return readTableArgument(NAME, "stages_table", stagesTable, parse);
  }
  const tab = settings.tabs.stages;
  const grid = readOptionalTab(tab);
  if (grid === null) {
    throw functionError(
      NAME,
      `no stages_table given and there is no "${tab}" tab with a header row to read stages from`,
    );
  }
  return translateTableError(NAME, () => parse(grid, tab));
}
