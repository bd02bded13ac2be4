import type { AuthModeName } from "../services/script-enums";

// The classes this runtime implements itself; every other class comes from the Spreadsheet service.
const NON_SPREADSHEET_CLASSES = new Set([
  "Ui",
  "Menu",
  "PromptResponse",
  "HtmlService",
  "HtmlOutput",
  "PropertiesService",
  "Properties",
  "CacheService",
  "Cache",
  "LockService",
  "Lock",
  "Session",
  "User",
  "Utilities",
  "ScriptApp",
  "Trigger",
  "TriggerBuilder",
  "ClockTriggerBuilder",
  "SpreadsheetTriggerBuilder",
  "Logger",
  "console",
]);

// Spreadsheet methods that change the document or reach beyond it; Sheets refuses them in a custom function.
const SPREADSHEET_WRITES =
  /^(set|insert|delete|append|clear|add|protect|remove|hide|unhide|show|sort|merge|break|move|copy|duplicate|activate|auto|replace|trim|randomize|check|uncheck|shift|expand|collapse|update|rename|toast|createFilter|createPivotTable|getUi$|openBy|open$|create$)/;

// Reaching the document or the user's data needs authorization, which AuthMode.NONE does not have.
const NEEDS_AUTHORIZATION: Readonly<Record<string, RegExp>> = {
  SpreadsheetApp: /^(?!getUi$|new|flush$)/,
  PropertiesService: /./,
  ScriptApp: /^(getProjectTriggers|getUserTriggers|newTrigger|deleteTrigger)$/,
  Session: /^(getActiveUser|getEffectiveUser)$/,
};

// Simple triggers (AuthMode.LIMITED) cannot use services that need the user's full authorization.
const NEEDS_FULL_AUTHORIZATION: Readonly<Record<string, RegExp>> = {
  SpreadsheetApp: /^(openById|openByUrl|open|create)$/,
  ScriptApp: /^(getProjectTriggers|getUserTriggers|newTrigger|deleteTrigger)$/,
};

/** The message Apps Script throws when `className.method` is not allowed in `mode`, or null when it is. */
export function refuseCall(mode: AuthModeName, className: string, method: string): string | null {
  return isRefused(mode, className, method)
    ? `You do not have permission to call ${className}.${method}`
    : null;
}

function isRefused(mode: AuthModeName, className: string, method: string): boolean {
  switch (mode) {
    case "FULL":
      return false;
    case "LIMITED":
      return NEEDS_FULL_AUTHORIZATION[className]?.test(method) === true;
    case "NONE":
      return NEEDS_AUTHORIZATION[className]?.test(method) === true || isSpreadsheetObject(className);
    case "CUSTOM_FUNCTION":
      return isCustomFunctionRefusal(className, method);
  }
}

function isCustomFunctionRefusal(className: string, method: string): boolean {
  if (className === "Properties") return /^(set|delete)/.test(method);
  if (className === "ScriptApp") return NEEDS_FULL_AUTHORIZATION.ScriptApp?.test(method) === true;
  if (!isSpreadsheetObject(className) && className !== "SpreadsheetApp") return false;
  // Builders only describe a rule or chart; applying one to the sheet is the write that gets refused.
  if (className.endsWith("Builder")) return false;
  return SPREADSHEET_WRITES.test(method);
}

function isSpreadsheetObject(className: string): boolean {
  return !NON_SPREADSHEET_CLASSES.has(className) && className !== "SpreadsheetApp" && className !== "Charts";
}
