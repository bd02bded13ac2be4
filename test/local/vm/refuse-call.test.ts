import { refuseCall } from "../../../src/local/vm/refuse-call";

describe("refuseCall", () => {
  it("allows everything in AuthMode.FULL", () => {
    expect(refuseCall("FULL", "Range", "setValues")).toBeNull();
  });

  it("refuses spreadsheet writes in a custom function, with Sheets' message", () => {
    expect(refuseCall("CUSTOM_FUNCTION", "Range", "setValues")).toBe(
      "You do not have permission to call Range.setValues",
    );
    expect(refuseCall("CUSTOM_FUNCTION", "Sheet", "insertRowsAfter")).not.toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Spreadsheet", "deleteSheet")).not.toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Sheet", "appendRow")).not.toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Range", "clearContent")).not.toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Range", "protect")).not.toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "SpreadsheetApp", "openById")).not.toBeNull();
  });

  it("allows spreadsheet reads and rule builders in a custom function", () => {
    expect(refuseCall("CUSTOM_FUNCTION", "Range", "getValues")).toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Spreadsheet", "getSheetByName")).toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "DataValidationBuilder", "setAllowInvalid")).toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Utilities", "formatDate")).toBeNull();
    expect(refuseCall("CUSTOM_FUNCTION", "Cache", "put")).toBeNull();
  });

  it("refuses the document, properties and the user's identity in AuthMode.NONE, but not the menu", () => {
    expect(refuseCall("NONE", "SpreadsheetApp", "getActiveSpreadsheet")).not.toBeNull();
    expect(refuseCall("NONE", "PropertiesService", "getUserProperties")).not.toBeNull();
    expect(refuseCall("NONE", "Session", "getActiveUser")).not.toBeNull();
    expect(refuseCall("NONE", "SpreadsheetApp", "getUi")).toBeNull();
    expect(refuseCall("NONE", "Ui", "createAddonMenu")).toBeNull();
    expect(refuseCall("NONE", "Menu", "addItem")).toBeNull();
  });

  it("refuses installing triggers from a simple trigger (AuthMode.LIMITED) but not reading the sheet", () => {
    expect(refuseCall("LIMITED", "ScriptApp", "newTrigger")).not.toBeNull();
    expect(refuseCall("LIMITED", "Range", "setValue")).toBeNull();
    expect(refuseCall("LIMITED", "PropertiesService", "getDocumentProperties")).toBeNull();
  });
});
