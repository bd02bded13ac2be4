import { resolveModelOptions } from "../../core/model/model-options";
import type { DateOrder } from "../../core/values/parse-day";
import { createDayReader } from "../../sheets/dates/create-day-reader";
import { createZoneOffset } from "../../sheets/dates/create-zone-offset";
import { DEFAULT_SETTINGS } from "../../sheets/settings/default-settings";
import { loadSettings } from "../../sheets/settings/load-settings";
import type { Settings } from "../../sheets/settings/settings-schema";
import type { FunctionSettings } from "./function-settings";

/**
 * The settings a custom function needs, read once per call: tab names, column mapping and model
 * options from document properties; the date order of text dates from the spreadsheet's locale
 * and its time zone. Outside Sheets (no PropertiesService, no spreadsheet) the defaults apply.
 * @example
 * readFunctionSettings().model.activityWindowDays; // => 90 unless changed in settings
 */
export function readFunctionSettings(): FunctionSettings {
  const settings =
    typeof PropertiesService === "undefined"
      ? DEFAULT_SETTINGS
      : loadSettings(PropertiesService.getDocumentProperties()).settings;
  const spreadsheet = typeof SpreadsheetApp === "undefined" ? null : SpreadsheetApp.getActiveSpreadsheet();
  return toFunctionSettings(settings, readDateOrder(spreadsheet), readTimeZone(spreadsheet));
}

/**
 * The custom functions' view of the add-on settings.
 * @example
 * toFunctionSettings(DEFAULT_SETTINGS, "MDY", "UTC").tabs.stages; // => "Stages"
 */
export function toFunctionSettings(
  settings: Settings,
  dateOrder: DateOrder,
  timeZone: string,
): FunctionSettings {
  const offsetAt = createZoneOffset(timeZone);
  return {
    tabs: settings.tabs,
    mappings: settings.columns,
    dateOrder,
    offsetAt,
    readDay: createDayReader(offsetAt),
    model: resolveModelOptions(settings.model),
  };
}

// Sheets writes month first only in US-style locales; everywhere else 1/3/2024 is 1 March.
const MONTH_FIRST_LOCALES = new Set(["en_US", "en_PH", "es_US", "fil_PH"]);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet | null;

function readDateOrder(spreadsheet: Spreadsheet): DateOrder {
  const locale = spreadsheet?.getSpreadsheetLocale();
  if (locale === undefined || locale === "") return "MDY";
  return MONTH_FIRST_LOCALES.has(locale) || locale.startsWith("en_US") ? "MDY" : "DMY";
}

/** The spreadsheet's zone; without one, the script's own (what `new Date()` methods use). */
function readTimeZone(spreadsheet: Spreadsheet): string {
  const timeZone = spreadsheet?.getSpreadsheetTimeZone();
  return timeZone === undefined || timeZone === ""
    ? Intl.DateTimeFormat().resolvedOptions().timeZone
    : timeZone;
}
