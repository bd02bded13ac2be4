import type { ColumnMapping } from "../../core/tables/table-spec";
import type { DataIssue, Stage } from "../../core/types";
import type { DateOrder } from "../../core/values/parse-day";

/**
 * What every table parser needs: the tab's name (for issues), the column mapping, the date order
 * of text dates and the spreadsheet's time zone (the day a Date cell shows).
 */
export interface TableOptions {
  readonly tab: string;
  readonly mapping?: ColumnMapping;
  readonly dateOrder: DateOrder;
  readonly timeZone: string;
}

/** Stages by `Stage.key`. */
export type StageLookup = ReadonlyMap<string, Stage>;

/** A parsed table: the good rows (some fields null where a cell was bad) and the problems found. */
export interface ParsedTable<Row> {
  readonly rows: Row[];
  readonly issues: DataIssue[];
}
