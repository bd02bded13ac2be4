import { isSheetError } from "../../core/tables/is-sheet-error";
import { parseCompleted } from "../../core/values/parse-completed";
import { type DateOrder, parseDay } from "../../core/values/parse-day";
import { memoizeText } from "../shared/memoize-text";
import type { ActivityCellReaders } from "./sum-activity-points";

/**
 * Readers for the Date and Completed cells that are not Dates or booleans, each distinct text
 * read once. A date cell showing a sheet error (#N/A …) is a bad date (NaN), like any other.
 * @example
 * readMemo(createActivityReaders("DMY").days, "01/03/2024"); // => 19783
 */
export function createActivityReaders(dateOrder: DateOrder): ActivityCellReaders {
  return {
    days: memoizeText((raw) => (isSheetError(raw) ? Number.NaN : parseDay(raw, dateOrder))),
    completions: memoizeText(parseCompleted),
  };
}
