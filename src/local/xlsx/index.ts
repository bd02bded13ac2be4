/** .xlsx load and save for the local runtime (see save-workbook.ts for what survives a round trip). */
export { type LoadedWorkbook, loadWorkbook } from "./load-workbook";
export { type SavedWorkbook, saveWorkbook } from "./save-workbook";
export { STATE_SHEET_NAME } from "./state-sheet";
