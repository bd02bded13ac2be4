import { DeveloperMetadata, type MetadataRecord } from "./developer-metadata";
import type { DeveloperMetadataLocationTypeName, DeveloperMetadataVisibilityName } from "./enums";
import type { Spreadsheet } from "./spreadsheet";

/** createDeveloperMetadataFinder(): narrows by id, key, value, location type and visibility. */
export class DeveloperMetadataFinder {
  private readonly filters: Array<(record: MetadataRecord) => boolean> = [];

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly scope: (record: MetadataRecord) => boolean,
  ) {}

  withId(id: number): this {
    this.filters.push((record) => record.id === id);
    return this;
  }
  withKey(key: string): this {
    this.filters.push((record) => record.key === key);
    return this;
  }
  withValue(value: string | null): this {
    this.filters.push((record) => record.value === value);
    return this;
  }
  withLocationType(locationType: DeveloperMetadataLocationTypeName): this {
    this.filters.push((record) => record.place.type === locationType);
    return this;
  }
  withVisibility(visibility: DeveloperMetadataVisibilityName): this {
    this.filters.push((record) => record.visibility === visibility);
    return this;
  }
  /** Accepted for API parity; the scope given at creation already bounds the search. */
  onIntersectingLocations(): this {
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.spreadsheet.metadata.records
      .filter((record) => this.scope(record) && this.filters.every((filter) => filter(record)))
      .map((record) => new DeveloperMetadata(this.spreadsheet, record));
  }
  toString(): string {
    return "DeveloperMetadataFinder";
  }
}
