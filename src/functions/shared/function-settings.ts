import type { ModelOptions } from "../../core/model/model-options";
import type { ColumnMapping, TableKey } from "../../core/tables/table-spec";
import type { DateOrder } from "../../core/values/parse-day";

/** What the custom functions take from the add-on's settings. */
export interface FunctionSettings {
  /** Tab names by table. */
  readonly tabs: Readonly<Record<TableKey, string>>;
  readonly mappings: Readonly<Partial<Record<TableKey, ColumnMapping>>>;
  readonly dateOrder: DateOrder;
  /** The spreadsheet's time zone: Date cells are midnights there, not in the script's zone. */
  readonly timeZone: string;
  readonly model: ModelOptions;
}
