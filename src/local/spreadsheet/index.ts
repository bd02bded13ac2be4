/** The local, in-memory SpreadsheetApp: every class a script can meet, named as in Apps Script. */
export { columnToLetters, formatA1, lettersToColumn, parseA1 } from "./a1-notation";
export { STYLE_DEFAULTS, type StyleName } from "./cell-store";
export type { CellContext, CellValue } from "./cell-value";
export {
  BooleanCondition,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  type ConditionSettings,
} from "./conditional-format-rule";
export { DataValidation, DataValidationBuilder, type ValidationSettings } from "./data-validation";
export {
  DeveloperMetadata,
  DeveloperMetadataLocation,
  type MetadataPlace,
  type MetadataRecord,
} from "./developer-metadata";
export { DeveloperMetadataFinder } from "./developer-metadata-finder";
export { formatDisplayValue } from "./display-value";
export { ChartOptions, type ChartSettings, EmbeddedChart, EmbeddedChartBuilder } from "./embedded-chart";
export * from "./enums";
export { Protection } from "./protection";
export { Range } from "./range";
export { Sheet } from "./sheet";
export { AUTOMATIC_FORMAT, MAX_CELLS, MAX_SHEET_NAME_CHARS, SHEETS_MESSAGES } from "./sheets-messages";
export { Spreadsheet, type SpreadsheetOptions, type Toast } from "./spreadsheet";
export { Charts, createSpreadsheet, createSpreadsheetApp, SpreadsheetApp } from "./spreadsheet-app";
export { parseEntry } from "./user-entry";
export { fromWallClock, processTimeZone, toWallClock, type WallClock } from "./zoned-time";
