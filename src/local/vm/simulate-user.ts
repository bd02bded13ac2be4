import type { AuthModeName } from "../services/script-enums";
import { User } from "../services/session";
import { formatA1, parseA1 } from "../spreadsheet/a1-notation";
import type { Execute } from "./create-executor";
import { toEditEventValue } from "./edit-event-value";

/** The part of a spreadsheet the runtime itself touches (to play the user typing into a cell). */
export interface EditableSpreadsheet {
  getSheetByName(name: string): {
    getRange(a1Notation: string): {
      getValue(): unknown;
      setValue(value: unknown): unknown;
      setValues(values: unknown[][]): unknown;
    };
  } | null;
}

/** What a simulated user needs: the script's runner, whether it defines a function, the document. */
export interface UserWorld {
  readonly execute: Execute;
  readonly hasFunction: (name: string) => boolean;
  readonly spreadsheet: EditableSpreadsheet;
  readonly userEmail: string;
}

/** The user opens the document: onOpen(e) runs in `authMode`; e.source only when authorized. */
export function simulateOpen(world: UserWorld, authMode: Exclude<AuthModeName, "CUSTOM_FUNCTION">): void {
  if (!world.hasFunction("onOpen")) return;
  const event =
    authMode === "NONE"
      ? { authMode }
      : { authMode, source: world.spreadsheet, user: new User(world.userEmail) };
  world.execute(authMode, "onOpen", [event]);
}

/** The user types `newValue` into one cell; then the onEdit simple trigger runs in AuthMode.LIMITED. */
export function simulateEdit(world: UserWorld, sheetName: string, a1: string, newValue: unknown): void {
  const sheet = world.spreadsheet.getSheetByName(sheetName);
  if (sheet === null) throw new Error(`simulateEdit: no sheet named "${sheetName}"`);
  const range = sheet.getRange(a1);
  const oldValue = toEditEventValue(range.getValue());
  range.setValue(newValue);
  if (!world.hasFunction("onEdit")) return;
  const value = toEditEventValue(range.getValue());
  const event: Record<string, unknown> = {
    authMode: "LIMITED",
    range,
    source: world.spreadsheet,
    user: new User(world.userEmail),
  };
  // Apps Script leaves e.value / e.oldValue out entirely when the cell is empty.
  if (value !== undefined) event.value = value;
  if (oldValue !== undefined) event.oldValue = oldValue;
  world.execute("LIMITED", "onEdit", [event]);
}

/**
 * The user pastes (or fills down) a block of `values` with its top-left cell at `a1`; then onEdit
 * runs in AuthMode.LIMITED. As in Sheets, a multi-cell edit's event has the whole block as its
 * range and no e.value or e.oldValue.
 */
export function simulatePaste(world: UserWorld, sheetName: string, a1: string, values: unknown[][]): void {
  const sheet = world.spreadsheet.getSheetByName(sheetName);
  if (sheet === null) throw new Error(`simulatePaste: no sheet named "${sheetName}"`);
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) throw new Error("simulatePaste: nothing to paste");
  const start = parseA1(a1);
  if (start.startRow === null || start.startColumn === null)
    throw new Error(`simulatePaste: "${a1}" is no cell`);
  const range = sheet.getRange(formatA1(start.startRow, start.startColumn, values.length, width));
  range.setValues(values);
  if (!world.hasFunction("onEdit")) return;
  const event = { authMode: "LIMITED", range, source: world.spreadsheet, user: new User(world.userEmail) };
  world.execute("LIMITED", "onEdit", [event]);
}
