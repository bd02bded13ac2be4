import { Charts, createSpreadsheetApp, type Spreadsheet } from "./spreadsheet";
import { createScriptRuntime } from "./vm/create-script-runtime";
import type { LocalRuntime, LocalRuntimeOptions } from "./vm/local-runtime";

export type { LocalRuntime, LocalRuntimeOptions } from "./vm/local-runtime";

/** A workbook as the runtime sees it: the spreadsheet and its document properties. */
export interface LocalWorkbook {
  readonly spreadsheet: Spreadsheet;
  readonly documentProperties: Readonly<Record<string, string>>;
}

/**
 * Loads the built Code.js into a bare vm context holding only Apps Script's globals, over the
 * in-memory spreadsheet, and returns the handle tests and the CLI drive it with.
 * @example createLocalRuntime(code, { spreadsheet, documentProperties: {} }).call("onOpen") // => undefined
 */
export function createLocalRuntime(
  code: string,
  workbook: LocalWorkbook,
  options: LocalRuntimeOptions = {},
): LocalRuntime {
  return createScriptRuntime(
    code,
    {
      spreadsheet: workbook.spreadsheet,
      documentProperties: workbook.documentProperties,
      // The local Ui speaks Apps Script's API with string enums, which the typings declare as TS enums.
      createSpreadsheetApp: (ui) =>
        createSpreadsheetApp(workbook.spreadsheet, ui as GoogleAppsScript.Base.Ui),
      charts: Charts,
    },
    options,
  );
}
