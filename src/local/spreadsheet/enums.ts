/**
 * Apps Script's SpreadsheetApp and Charts enums. Each value is its own name as a string, so
 * `===` comparisons, `String(value)` and JSON all behave as with the real enums, and values cross
 * a `node:vm` boundary without identity problems. (`.name()` and `.ordinal()` are not provided.)
 */
function enumOf<const Names extends readonly string[]>(
  names: Names,
): { readonly [Name in Names[number]]: Name } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as {
    readonly [Name in Names[number]]: Name;
  };
}

export const DataValidationCriteria = enumOf([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = enumOf([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_ENDS_WITH",
  "TEXT_EQUAL_TO",
  "TEXT_NOT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "CUSTOM_FORMULA",
] as const);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const ProtectionType = enumOf(["RANGE", "SHEET"] as const);
export type ProtectionTypeName = keyof typeof ProtectionType;

export const DeveloperMetadataLocationType = enumOf(["SPREADSHEET", "SHEET", "ROW", "COLUMN"] as const);
export type DeveloperMetadataLocationTypeName = keyof typeof DeveloperMetadataLocationType;

export const DeveloperMetadataVisibility = enumOf(["DOCUMENT", "PROJECT"] as const);
export type DeveloperMetadataVisibilityName = keyof typeof DeveloperMetadataVisibility;

export const WrapStrategy = enumOf(["WRAP", "OVERFLOW", "CLIP"] as const);
export const Dimension = enumOf(["COLUMNS", "ROWS"] as const);
export const SheetType = enumOf(["GRID", "OBJECT", "DATASOURCE"] as const);
export const Direction = enumOf(["UP", "DOWN", "PREVIOUS", "NEXT"] as const);
export const BorderStyle = enumOf([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);

export const ChartType = enumOf([
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "LINE",
  "ORG",
  "PIE",
  "RADAR",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREEMAP",
  "WATERFALL",
] as const);
export type ChartTypeName = keyof typeof ChartType;

export const ChartPosition = enumOf(["TOP", "RIGHT", "BOTTOM", "NONE"] as const);
