import type { AuthModeName } from "../services/script-enums";
import { User } from "../services/session";
import type { Execute } from "./create-executor";
import { toEditEventValue } from "./edit-event-value";

/** The part of a spreadsheet the runtime itself touches (to play the user typing into a cell). */
export interface EditableSpreadsheet {
  getSheetByName(name: string): {
    getRange(a1Notation: string): { getValue(): unknown; setValue(value: unknown): unknown };
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
