import type { DeveloperMetadataLocationTypeName, DeveloperMetadataVisibilityName } from "./enums";
import type { Range } from "./range";
import type { Sheet } from "./sheet";
import type { Spreadsheet } from "./spreadsheet";

/** Where metadata hangs: the spreadsheet, a sheet, or a span of whole rows or columns (1-based). */
export type MetadataPlace =
  | { readonly type: "SPREADSHEET" }
  | { readonly type: "SHEET"; readonly sheet: Sheet }
  | { readonly type: "ROW" | "COLUMN"; readonly sheet: Sheet; start: number; count: number };

export interface MetadataRecord {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: DeveloperMetadataVisibilityName;
  readonly place: MetadataPlace;
}

/** DeveloperMetadata.getLocation(): what the metadata is attached to. */
export class DeveloperMetadataLocation {
  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly place: MetadataPlace,
  ) {}

  getLocationType(): DeveloperMetadataLocationTypeName {
    return this.place.type;
  }
  getSpreadsheet(): Spreadsheet | null {
    return this.place.type === "SPREADSHEET" ? this.spreadsheet : null;
  }
  getSheet(): Sheet | null {
    return this.place.type === "SHEET" ? this.place.sheet : null;
  }
  getRow(): Range | null {
    const place = this.place;
    return place.type === "ROW"
      ? place.sheet.getRange(place.start, 1, place.count, place.sheet.getMaxColumns())
      : null;
  }
  getColumn(): Range | null {
    const place = this.place;
    return place.type === "COLUMN"
      ? place.sheet.getRange(1, place.start, place.sheet.getMaxRows(), place.count)
      : null;
  }
  toString(): string {
    return "DeveloperMetadataLocation";
  }
}

/** A developer-metadata entry: a key, an optional value, a visibility and a location. */
export class DeveloperMetadata {
  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly record: MetadataRecord,
  ) {}

  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): DeveloperMetadataVisibilityName {
    return this.record.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.spreadsheet, this.record.place);
  }
  setKey(key: string): this {
    this.record.key = key;
    return this;
  }
  setValue(value: string | null): this {
    this.record.value = value;
    return this;
  }
  setVisibility(visibility: DeveloperMetadataVisibilityName): this {
    this.record.visibility = visibility;
    return this;
  }
  remove(): void {
    this.spreadsheet.metadata.remove(this.record.id);
  }
  toString(): string {
    return "DeveloperMetadata";
  }
}
