import { parseIsoDay } from "../../core/day/parse-iso-day";
import { PipelineError } from "../../core/pipeline-error";
import type { Day } from "../../core/types";
import { today } from "./today";

/** The as-of date of a run: the requested YYYY-MM-DD, else today in the spreadsheet's zone. */
export function resolveAsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  asOf: string | undefined,
): Day {
  if (asOf === undefined || asOf === "") return today(spreadsheet);
  const day = parseIsoDay(asOf);
  if (day === null) throw new PipelineError("BAD_ARGUMENT", `asOf must be a date YYYY-MM-DD (got "${asOf}")`);
  return day;
}
