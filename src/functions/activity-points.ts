/**
 * ACTIVITYPOINTS: counted activity points per lead (SPEC §2.4 with the window rule: a custom
 * function does not see Stage History). Built for 100 000 leads × 1 000 000 activities in one
 * call: the table is checked once, then one pass adds points into typed arrays.
 *
 * Error policy: whole-argument problems throw (lead_ids not one column, a table without Lead ID
 * or Type, a bad as_of). Bad activity rows (unknown lead, no type, bad date) are skipped, like
 * the Activities tab's data issues. A blank Lead ID gives a blank row; an ID with no activity 0.
 */

import { resolveActivityPoints } from "../core/model/resolve-activity-points";
import { TABLE_SPECS } from "../core/tables/table-specs";
import type { ActivityType } from "../core/types";
import { locateTable } from "../sheets/tables/locate-table";
import { parseActivityTypes } from "../sheets/tables/parse-activity-types";
import { activityWindow } from "./activities/activity-window";
import { createActivityReaders } from "./activities/create-activity-readers";
import { indexActivityTypes } from "./activities/index-activity-types";
import { indexLeads } from "./activities/index-leads";
import { readAsOf } from "./activities/read-as-of";
import { sumActivityPoints } from "./activities/sum-activity-points";
import { buildColumnResult, type CellOrColumn } from "./shared/build-column-result";
import { readRequiredColumnArgument } from "./shared/column-argument";
import type { FunctionSettings } from "./shared/function-settings";
import { readFunctionSettings } from "./shared/read-function-settings";
import { readOptionalTab } from "./shared/read-sheet-tab";
import { type Grid, readTableArgument, translateTableError } from "./shared/read-table-argument";

const NAME = "ACTIVITYPOINTS";

/**
 * Counted activity points per lead: completed activities dated within the activity window
 * (default 90 days) up to as_of, each type capped at its Max Per Stage.
 *
 * @param {string|Array<Array<string>>} lead_ids Lead IDs, e.g. A2:A.
 * @param {Array<Array<string>>} activities_table The activities range including its header row (Lead ID, Type, Date, Completed), e.g. Activities!A:D.
 * @param {Date|string} [as_of] Optional date to count up to (default today).
 * @param {Array<Array<string>>} [activity_types_table] Optional Activity Types range with header (Type, Points, Max Per Stage); default: the Activity Types tab, else built-in points.
 * @return {number|Array<Array<number>>} Activity points per lead, in percentage points.
 * @customfunction
 */
export function ACTIVITYPOINTS(
  lead_ids: unknown,
  activities_table: unknown,
  as_of?: unknown,
  activity_types_table?: unknown,
): CellOrColumn {
  const leadColumn = readRequiredColumnArgument(NAME, "lead_ids", lead_ids);
  const settings = readFunctionSettings();
  const { dateOrder } = settings;
  const activities = readTableArgument(NAME, "activities_table", activities_table, (grid, tab) => ({
    grid,
    layout: locateTable(grid, TABLE_SPECS.activities, {
      tab,
      mapping: settings.mappings.activities,
      dateOrder,
      readDay: settings.readDay,
    }),
  }));
  const asOf = readAsOf(NAME, as_of, dateOrder, settings.readDay);
  const activityTypes = readActivityTypes(activity_types_table, settings);
  const leads = indexLeads(leadColumn);
  const types = indexActivityTypes(resolveActivityPoints(activityTypes, settings.model));
  const window = activityWindow(asOf, settings.model.activityWindowDays, settings.offsetAt);
  const totals = sumActivityPoints(
    activities.grid,
    activities.layout.firstRow,
    activities.layout.columns,
    leads,
    types,
    window,
    createActivityReaders(dateOrder),
  );
  return buildColumnResult(NAME, { rows: leadColumn.length, isRange: leadColumn.rows !== null }, (row) => {
    const slot = leads.slotOfRow[row] as number;
    return slot < 0 ? "" : (totals[slot] as number);
  });
}

function readActivityTypes(raw: unknown, settings: FunctionSettings): readonly ActivityType[] {
  const parse = (grid: Grid, tab: string) =>
    parseActivityTypes(grid, {
      tab,
      mapping: settings.mappings.activityTypes,
      dateOrder: settings.dateOrder,
      readDay: settings.readDay,
    }).rows;
  if (raw !== undefined && raw !== "") return readTableArgument(NAME, "activity_types_table", raw, parse);
  const tab = settings.tabs.activityTypes;
  const grid = readOptionalTab(tab);
  return grid === null ? [] : translateTableError(NAME, () => parse(grid, tab));
}
