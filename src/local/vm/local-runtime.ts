import type { LogEntry } from "../services/log-entry";
import type { AuthModeName } from "../services/script-enums";
import type { Trigger } from "../services/trigger";
import type { Ui } from "../services/ui";

/** What a test or the CLI can set about the runtime. */
export interface LocalRuntimeOptions {
  /** The project's HTML files by name (createHtmlOutputFromFile("Sidebar") reads "Sidebar"). */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  readonly userEmail?: string;
  /** "Now" in epoch milliseconds; Utilities.sleep moves it forward. Default: the real time. */
  readonly clock?: () => number;
  /** Session.getScriptTimeZone(); default "Etc/UTC". */
  readonly timeZone?: string;
  /** Session.getActiveUserLocale(); default "en". */
  readonly locale?: string;
  /** Caption of the add-on menu (Extensions → name); default "Pipeline Confidence". */
  readonly addonName?: string;
}

/** A loaded Code.js and the Apps Script world it runs in. */
export interface LocalRuntime {
  /** Runs a global function as a script execution (AuthMode.FULL); args in and result out are copied. */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs a global function as Sheets runs a custom function (AuthMode.CUSTOM_FUNCTION: read only). */
  callCustomFunction(name: string, ...args: unknown[]): unknown;
  /** Opens the document: calls onOpen(e), if the script defines it, in `authMode`. */
  simulateOpen(authMode: Exclude<AuthModeName, "CUSTOM_FUNCTION">): void;
  /** A user types `newValue` into one cell, then onEdit(e) runs, if the script defines it. */
  simulateEdit(sheetName: string, a1: string, newValue: unknown): void;
  /** A user pastes (or fills) a block of values at `a1`, then onEdit(e) runs without value/oldValue. */
  simulatePaste(sheetName: string, a1: string, values: unknown[][]): void;
  /** Service method calls so far, by "Class.method". */
  readonly calls: Readonly<Record<string, number>>;
  resetCalls(): void;
  totalCalls(): number;
  readonly ui: Ui;
  readonly logs: readonly LogEntry[];
  /** A host copy of the document property store (for saving with the workbook). */
  documentProperties(): Record<string, string>;
  /** Makes another execution hold the document lock until the returned function is called. */
  holdDocumentLock(): () => void;
  /** Names of the functions defined at the top level of the code. */
  globalNames(): string[];
  /** The project's installable triggers. */
  triggers(): readonly Trigger[];
}
