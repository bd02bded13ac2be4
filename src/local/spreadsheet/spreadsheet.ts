import { randomBytes } from "node:crypto";
import { parseA1 } from "./a1-notation";
import { DeveloperMetadata, type MetadataPlace } from "./developer-metadata";
import { DeveloperMetadataFinder } from "./developer-metadata-finder";
import type { DeveloperMetadataVisibilityName, ProtectionTypeName } from "./enums";
import { MetadataStore } from "./metadata-store";
import type { Protection } from "./protection";
import type { Range } from "./range";
import { Sheet } from "./sheet";
import { MAX_CELLS, MAX_SHEET_NAME_CHARS, SHEETS_MESSAGES } from "./sheets-messages";
import { processTimeZone } from "./zoned-time";

export interface SpreadsheetOptions {
  name?: string;
  timeZone?: string;
  locale?: string;
  id?: string;
}

/** A toast shown by Spreadsheet.toast, recorded for tests and the preview. */
export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** Apps Script's Spreadsheet, held in memory. */
export class Spreadsheet {
  readonly metadata = new MetadataStore();
  readonly toasts: Toast[] = [];
  private sheets: Sheet[] = [];
  private activeSheet: Sheet | null = null;
  private readonly namedRanges = new Map<string, Range>();
  private readonly id: string;
  private name: string;
  private timeZone: string;
  private locale: string;
  private nextSheetId = 0;

  constructor(options: SpreadsheetOptions = {}) {
    this.id = options.id ?? randomBytes(33).toString("base64url");
    this.name = options.name ?? "Untitled spreadsheet";
    this.timeZone = options.timeZone ?? processTimeZone();
    this.locale = options.locale ?? "en_US";
  }

  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSheets(): Sheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  /** Sheet names match case-insensitively, as Sheets does; null when absent. */
  getSheetByName(name: string): Sheet | null {
    const wanted = String(name).toLowerCase();
    return (
      this.sheets.find((sheet) => sheet.getName() === name) ??
      this.sheets.find((sheet) => sheet.getName().toLowerCase() === wanted) ??
      null
    );
  }
  getSheetById(id: number): Sheet | null {
    return this.sheets.find((sheet) => sheet.getSheetId() === id) ?? null;
  }

  /** Refuses an empty name, one over 100 characters, and one another sheet has (case-insensitively). */
  checkSheetName(name: string, except: Sheet | null): void {
    if (name === "") throw new Error(SHEETS_MESSAGES.emptySheetName);
    if (name.length > MAX_SHEET_NAME_CHARS) throw new Error(SHEETS_MESSAGES.sheetNameTooLong(name));
    const clash = this.sheets.find(
      (sheet) => sheet !== except && sheet.getName().toLowerCase() === name.toLowerCase(),
    );
    if (clash !== undefined) throw new Error(SHEETS_MESSAGES.duplicateSheet(name));
  }
  /** Refuses growth past Sheets' 10-million-cell limit. */
  checkCellsAvailable(extraCells: number): void {
    const used = this.sheets.reduce((total, sheet) => total + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    if (used + extraCells > MAX_CELLS) throw new Error(SHEETS_MESSAGES.tooManyCells);
  }

  /** Adds a sheet of a given size at a 0-based position (the loader's and insertSheet's common path). */
  addSheet(name: string, index: number, maxRows = 1000, maxColumns = 26, sheetId = this.nextSheetId): Sheet {
    this.checkSheetName(name, null);
    this.checkCellsAvailable(maxRows * maxColumns);
    const sheet = new Sheet(this, name, sheetId, maxRows, maxColumns);
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  insertSheet(nameOrIndex?: string | number | object, index?: number): Sheet {
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this.nextDefaultName();
    const position = typeof nameOrIndex === "number" ? nameOrIndex : (index ?? this.sheets.length);
    const sheet = this.addSheet(name, position);
    this.activeSheet = sheet;
    return sheet;
  }
  private nextDefaultName(): string {
    let number = this.sheets.length + 1;
    while (this.sheets.some((sheet) => sheet.getName().toLowerCase() === `sheet${number}`)) number++;
    return `Sheet${number}`;
  }

  deleteSheet(sheet: Sheet): void {
    if (this.sheets.length <= 1) throw new Error(SHEETS_MESSAGES.removeAllSheets);
    this.sheets = this.sheets.filter((existing) => existing !== sheet);
    this.metadata.removeSheet(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }
  deleteActiveSheet(): Sheet {
    const active = this.getActiveSheet();
    this.deleteSheet(active);
    return this.getActiveSheet();
  }

  getActiveSheet(): Sheet {
    const active = this.activeSheet ?? this.sheets[0];
    if (active === undefined) throw new Error("The spreadsheet has no sheets.");
    return active;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.activeSheet = sheet;
    return sheet;
  }
  getActiveRange(): Range {
    return this.getActiveSheet().getActiveRange();
  }
  setActiveRange(range: Range): Range {
    return range.getSheet().setActiveRange(range);
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const active = this.getActiveSheet();
    this.sheets = this.sheets.filter((sheet) => sheet !== active);
    this.sheets.splice(pos - 1, 0, active);
  }

  toast(msg: string, title = "", timeoutSeconds = 5): void {
    this.toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }

  getRange(a1Notation: string): Range {
    const { sheetName } = parseA1(a1Notation);
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (sheet === null) throw new Error(SHEETS_MESSAGES.rangeNotFound);
    return sheet.getRange(a1Notation);
  }
  setNamedRange(name: string, range: Range): void {
    this.namedRanges.set(name, range);
  }
  getRangeByName(name: string): Range | null {
    return this.namedRanges.get(name) ?? null;
  }
  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }

  getProtections(type: ProtectionTypeName): Protection[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }

  /** Shared by every addDeveloperMetadata overload: (key), (key, value), (key, visibility), (key, value, visibility). */
  addMetadataAt(
    place: MetadataPlace,
    key: string,
    value?: string | null,
    visibility?: DeveloperMetadataVisibilityName,
  ): void {
    const valueIsVisibility = visibility === undefined && (value === "DOCUMENT" || value === "PROJECT");
    const chosenVisibility = valueIsVisibility
      ? (value as DeveloperMetadataVisibilityName)
      : (visibility ?? "DOCUMENT");
    this.metadata.add(
      String(key),
      valueIsVisibility || value === undefined ? null : value,
      chosenVisibility,
      place,
    );
  }
  addDeveloperMetadata(
    key: string,
    value?: string | DeveloperMetadataVisibilityName,
    visibility?: DeveloperMetadataVisibilityName,
  ): this {
    this.addMetadataAt({ type: "SPREADSHEET" }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.metadata.records
      .filter(({ place }) => place.type === "SPREADSHEET")
      .map((record) => new DeveloperMetadata(this, record));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this, () => true);
  }

  getOwner(): null {
    return null;
  }
  getEditors(): never[] {
    return [];
  }
  toString(): string {
    return "Spreadsheet";
  }
}
