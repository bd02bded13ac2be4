import type {
  BooleanCriteriaName,
  DataValidationCriteriaName,
  Range,
  Sheet,
  Spreadsheet,
} from "../spreadsheet";

/** What .xlsx cannot hold, kept as JSON in a veryHidden sheet (see save-workbook.ts). */
export interface WorkbookState {
  readonly version: 1;
  readonly spreadsheet: {
    readonly id: string;
    readonly name: string;
    readonly timeZone: string;
    readonly locale: string;
  };
  readonly documentProperties: Record<string, string>;
  readonly sheets: SheetState[];
  readonly metadata: MetadataState[];
}

export interface SheetState {
  readonly name: string;
  /** The worksheet's name in the file, when .xlsx cannot hold `name` (see assign-xlsx-sheet-names.ts). */
  readonly xlsxName?: string;
  readonly sheetId: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly protections: Array<{
    type: "SHEET" | "RANGE";
    a1: string;
    description: string;
    warningOnly: boolean;
    editors: string[];
  }>;
  readonly conditionalRules: Array<{
    criteria: BooleanCriteriaName | null;
    values: unknown[];
    background: string | null;
    fontColor: string | null;
    bold: boolean | null;
    italic: boolean | null;
    ranges: string[];
  }>;
  readonly charts: Array<{
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: [number, number, number, number];
  }>;
  /** Non-list validation rules (lists are stored natively in the xlsx). */
  readonly validations: Array<{
    criteria: DataValidationCriteriaName;
    values: unknown[];
    allowInvalid: boolean;
    helpText: string | null;
    a1: string[];
  }>;
}

interface MetadataState {
  readonly id: number;
  readonly key: string;
  readonly value: string | null;
  readonly visibility: "DOCUMENT" | "PROJECT";
  readonly type: "SPREADSHEET" | "SHEET" | "ROW" | "COLUMN";
  readonly sheet: string | null;
  readonly start: number;
  readonly count: number;
}

function rangeRef(range: Range): string {
  return `${range.getSheet().getName()}!${range.getA1Notation()}`;
}

/** What saving put in the file for one sheet: its worksheet's name and the validations left for the state. */
export interface WrittenSheet {
  readonly xlsxName: string;
  readonly validations: SheetState["validations"];
}

function collectSheet(sheet: Sheet, written: WrittenSheet | undefined): SheetState {
  const xlsxName = written?.xlsxName ?? sheet.getName();
  return {
    name: sheet.getName(),
    ...(xlsxName === sheet.getName() ? {} : { xlsxName }),
    sheetId: sheet.getSheetId(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    protections: sheet.protections.map((protection) => ({
      type: protection.getProtectionType(),
      a1: protection.getRange().getA1Notation(),
      description: protection.getDescription(),
      warningOnly: protection.isWarningOnly(),
      editors: protection.getEditors(),
    })),
    conditionalRules: sheet.getConditionalFormatRules().map((rule) => {
      const condition = rule.getBooleanCondition();
      return {
        criteria: condition?.getCriteriaType() ?? null,
        values: condition?.getCriteriaValues() ?? [],
        background: condition?.getBackground() ?? null,
        fontColor: condition?.getFontColor() ?? null,
        bold: condition?.getBold() ?? null,
        italic: condition?.getItalic() ?? null,
        ranges: rule.getRanges().map(rangeRef),
      };
    }),
    charts: sheet.getCharts().map(({ settings }) => ({
      type: settings.type,
      ranges: settings.ranges.map(rangeRef),
      options: { ...settings.options },
      position: [
        settings.position.anchorRow,
        settings.position.anchorColumn,
        settings.position.offsetX,
        settings.position.offsetY,
      ],
    })),
    validations: written?.validations ?? [],
  };
}

/** Gathers the state of a spreadsheet that .xlsx has no place for. */
export function collectState(
  spreadsheet: Spreadsheet,
  documentProperties: Record<string, string>,
  writtenSheets: ReadonlyMap<Sheet, WrittenSheet>,
): WorkbookState {
  return {
    version: 1,
    spreadsheet: {
      id: spreadsheet.getId(),
      name: spreadsheet.getName(),
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
      locale: spreadsheet.getSpreadsheetLocale(),
    },
    documentProperties: { ...documentProperties },
    sheets: spreadsheet.getSheets().map((sheet) => collectSheet(sheet, writtenSheets.get(sheet))),
    metadata: spreadsheet.metadata.records.map(({ id, key, value, visibility, place }) => ({
      id,
      key,
      value,
      visibility,
      type: place.type,
      sheet: place.type === "SPREADSHEET" ? null : place.sheet.getName(),
      start: place.type === "ROW" || place.type === "COLUMN" ? place.start : 0,
      count: place.type === "ROW" || place.type === "COLUMN" ? place.count : 0,
    })),
  };
}
