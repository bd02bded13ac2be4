import { z } from "zod";
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataVisibility,
  MAX_SHEET_NAME_CHARS,
} from "../spreadsheet";
import type { WorkbookState } from "./workbook-state";

const sheetNameSchema = z.string().min(1).max(MAX_SHEET_NAME_CHARS);

const sheetStateSchema = z.object({
  name: sheetNameSchema,
  xlsxName: z.string().min(1).optional(),
  sheetId: z.number().int().nonnegative(),
  maxRows: z.number().int().positive(),
  maxColumns: z.number().int().positive(),
  protections: z.array(
    z.object({
      type: z.enum(["SHEET", "RANGE"]),
      a1: z.string(),
      description: z.string(),
      warningOnly: z.boolean(),
      editors: z.array(z.string()),
    }),
  ),
  conditionalRules: z.array(
    z.object({
      criteria: z.enum(BooleanCriteria).nullable(),
      values: z.array(z.unknown()),
      background: z.string().nullable(),
      fontColor: z.string().nullable(),
      bold: z.boolean().nullable(),
      italic: z.boolean().nullable(),
      ranges: z.array(z.string()),
    }),
  ),
  charts: z.array(
    z.object({
      type: z.string(),
      ranges: z.array(z.string()),
      options: z.record(z.string(), z.unknown()),
      position: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
  validations: z.array(
    z.object({
      criteria: z.enum(DataValidationCriteria),
      values: z.array(z.unknown()),
      allowInvalid: z.boolean(),
      helpText: z.string().nullable(),
      a1: z.array(z.string()),
    }),
  ),
});

const metadataStateSchema = z.object({
  id: z.number().int(),
  key: z.string(),
  value: z.string().nullable(),
  visibility: z.enum(DeveloperMetadataVisibility),
  type: z.enum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]),
  sheet: sheetNameSchema.nullable(),
  start: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
});

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    // Intl refuses an unknown zone with a RangeError; the caller reports it as a bad field.
    return false;
  }
}

function hasUniqueNames(sheets: ReadonlyArray<{ name: string }>): boolean {
  return new Set(sheets.map((sheet) => sheet.name.toLowerCase())).size === sheets.length;
}

const workbookStateSchema: z.ZodType<WorkbookState> = z.object({
  version: z.literal(1),
  spreadsheet: z.object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string().refine(isTimeZone, "not a time zone"),
    locale: z.string(),
  }),
  documentProperties: z.record(z.string(), z.string()),
  sheets: z.array(sheetStateSchema).refine(hasUniqueNames, "two sheets share a name"),
  metadata: z.array(metadataStateSchema),
});

/** "sheets[0].name: Invalid input: expected string, received number" — where, then what. */
function describeStateIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}

/**
 * Parses the state sheet's JSON text into a WorkbookState, checking every field; a problem throws
 * one Error naming the first bad field (or the JSON error), for the loader to report.
 *
 * @example
 * parseWorkbookState('{"version":1,"sheets":{}}'); // throws "spreadsheet: Invalid input: expected object, received undefined"
 */
export function parseWorkbookState(json: string): WorkbookState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw Object.assign(new Error(`not JSON: ${reason}`), { cause });
  }
  const result = workbookStateSchema.safeParse(parsed);
  if (!result.success) {
    const [first] = result.error.issues;
    throw new Error(first === undefined ? result.error.message : describeStateIssue(first));
  }
  return result.data;
}
