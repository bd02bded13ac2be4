import { ConditionalFormatRuleBuilder } from "./conditional-format-rule";
import { DataValidationBuilder } from "./data-validation";
import {
  BooleanCriteria,
  BorderStyle,
  ChartPosition,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  Direction,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from "./enums";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import { SHEETS_MESSAGES } from "./sheets-messages";
import { Spreadsheet, type SpreadsheetOptions } from "./spreadsheet";

/** A new spreadsheet with one sheet "Sheet1" of 1000 rows x 26 columns, as Sheets creates it. */
export function createSpreadsheet(options: SpreadsheetOptions = {}): Spreadsheet {
  const spreadsheet = new Spreadsheet(options);
  spreadsheet.addSheet("Sheet1", 0);
  return spreadsheet;
}

/** The `SpreadsheetApp` global, bound to one spreadsheet (the script's container). */
export class SpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly Direction = Direction;
  readonly BorderStyle = BorderStyle;

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly ui: GoogleAppsScript.Base.Ui | null,
  ) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet;
  }
  getActive(): Spreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): Range {
    return this.spreadsheet.getActiveRange();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }
  setActiveRange(range: Range): Range {
    return this.spreadsheet.setActiveRange(range);
  }
  /** Only the bound spreadsheet exists locally; any other id is "not found", as for a missing file. */
  openById(id: string): Spreadsheet {
    if (id !== this.spreadsheet.getId())
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return this.spreadsheet;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.ui === null) throw new Error(SHEETS_MESSAGES.noUi);
    return this.ui;
  }
  /** Writes are applied at once in memory, so there is nothing to flush. */
  flush(): void {}
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
  toString(): string {
    return "SpreadsheetApp";
  }
}

/** The `SpreadsheetApp` global for a spreadsheet; `ui` null stands for a context with no UI (triggers, CLI). */
export function createSpreadsheetApp(
  spreadsheet: Spreadsheet,
  ui: GoogleAppsScript.Base.Ui | null,
): SpreadsheetApp {
  return new SpreadsheetApp(spreadsheet, ui);
}

/** The `Charts` global (enums only: charts are built through Sheet.newChart()). */
export const Charts = Object.freeze({ ChartType, Position: ChartPosition, toString: () => "Charts" });
