import { parseIsoDay } from "../../core/day/parse-iso-day";
import type { Day } from "../../core/types";

/** Today in the spreadsheet's own time zone (the script's zone may differ). */
export function today(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Day {
  const text = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd");
  const day = parseIsoDay(text);
  if (day === null) throw new Error(`Utilities.formatDate returned "${text}", not a date`);
  return day;
}
