import type { MetadataPlace, MetadataRecord } from "./developer-metadata";
import type { DeveloperMetadataVisibilityName } from "./enums";
import type { Sheet } from "./sheet";

/**
 * All developer metadata of a spreadsheet. Row and column spans move with inserted and deleted
 * rows or columns, as in Sheets; metadata whose rows or columns are all deleted goes with them.
 */
export class MetadataStore {
  records: MetadataRecord[] = [];
  private nextId = 1;

  add(
    key: string,
    value: string | null,
    visibility: DeveloperMetadataVisibilityName,
    place: MetadataPlace,
  ): MetadataRecord {
    const record: MetadataRecord = { id: this.nextId++, key, value, visibility, place };
    this.records.push(record);
    return record;
  }

  /** Keeps a loaded id (xlsx round trip), so ids stay stable across saves. */
  restore(record: MetadataRecord): void {
    this.records.push(record);
    this.nextId = Math.max(this.nextId, record.id + 1);
  }

  remove(id: number): void {
    this.records = this.records.filter((record) => record.id !== id);
  }

  removeSheet(sheet: Sheet): void {
    this.records = this.records.filter(
      (record) => record.place.type === "SPREADSHEET" || record.place.sheet !== sheet,
    );
  }

  /** `at` is the 1-based position of the first new row (or column); `count` how many were inserted. */
  insertSpan(sheet: Sheet, type: "ROW" | "COLUMN", at: number, count: number): void {
    for (const { place } of this.records) {
      if (place.type !== type || place.sheet !== sheet) continue;
      if (place.start >= at) place.start += count;
      else if (place.start + place.count > at) place.count += count;
    }
  }

  /** `at` is the 1-based position of the first deleted row (or column). */
  deleteSpan(sheet: Sheet, type: "ROW" | "COLUMN", at: number, count: number): void {
    const end = at + count;
    for (const { place } of this.records) {
      if (place.type !== type || place.sheet !== sheet) continue;
      const placeEnd = place.start + place.count;
      const overlap = Math.max(0, Math.min(end, placeEnd) - Math.max(at, place.start));
      place.count -= overlap;
      place.start = place.start >= end ? place.start - count : Math.min(place.start, at);
    }
    this.records = this.records.filter(
      ({ place }) => place.type === "SPREADSHEET" || place.type === "SHEET" || place.count > 0,
    );
  }
}
