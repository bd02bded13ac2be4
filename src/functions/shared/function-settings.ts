import type { ModelOptions } from "../../core/model/model-options";
import type { ColumnMapping, TableKey } from "../../core/tables/table-spec";
import type { DateOrder } from "../../core/values/parse-day";

/** What the custom functions take from the add-on's settings. */
export interface FunctionSettings {
  /** Tab names by table. */
  readonly tabs: Readonly<Record<TableKey, string>>;
  readonly mappings: Readonly<Partial<Record<TableKey, ColumnMapping>>>;
  readonly dateOrder: DateOrder;
  readonly model: ModelOptions;
}
