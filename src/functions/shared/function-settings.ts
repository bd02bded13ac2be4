import type { ModelOptions } from "../../core/model/model-options";
import type { ColumnMapping, TableKey } from "../../core/tables/table-spec";
import type { Day } from "../../core/types";
import type { DateOrder } from "../../core/values/parse-day";
import type { ZoneOffset } from "../../sheets/dates/create-zone-offset";

/** What the custom functions take from the add-on's settings. */
export interface FunctionSettings {
  /** Tab names by table. */
  readonly tabs: Readonly<Record<TableKey, string>>;
  readonly mappings: Readonly<Partial<Record<TableKey, ColumnMapping>>>;
  readonly dateOrder: DateOrder;
  /** The spreadsheet's zone offset: Date cells are midnights there, not in the script's zone. */
  readonly offsetAt: ZoneOffset;
  /** The day a Date cell shows, in that zone. */
  readonly readDay: (date: Date) => Day;
  readonly model: ModelOptions;
}
