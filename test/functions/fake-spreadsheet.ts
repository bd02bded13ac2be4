/**
 * A stand-in for the Apps Script globals a custom function may touch (SpreadsheetApp,
 * PropertiesService), counting getValues() calls so tests can check "one read per call".
 */
export interface FakeWorkbook {
  readonly reads: string[];
  restore(): void;
}

export function installFakeWorkbook(
  tabs: Record<string, unknown[][]>,
  storedSettings?: object,
): FakeWorkbook {
  const reads: string[] = [];
  const spreadsheet = {
    getSpreadsheetLocale: () => "en_US",
    getSpreadsheetTimeZone: () => "Etc/UTC",
    getSheetByName: (name: string) => {
      const grid = tabs[name];
      if (grid === undefined) return null;
      return {
        getDataRange: () => ({
          getValues: () => {
            reads.push(name);
            return grid.map((row) => [...row]);
          },
        }),
      };
    },
  };
  const globals = globalThis as Record<string, unknown>;
  globals.SpreadsheetApp = { getActiveSpreadsheet: () => spreadsheet };
  globals.PropertiesService = {
    getDocumentProperties: () => ({
      getProperty: () => (storedSettings === undefined ? null : JSON.stringify(storedSettings)),
    }),
  };
  return {
    reads,
    restore() {
      delete globals.SpreadsheetApp;
      delete globals.PropertiesService;
    },
  };
}
