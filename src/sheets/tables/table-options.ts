import type { ColumnMapping } from "../../core/tables/table-spec";
import type { DataIssue, Day, Stage } from "../../core/types";
import type { DateOrder } from "../../core/values/parse-day";

/**
 * What every table parser needs: the tab's name (for issues), the column mapping, the date order
 * of text dates and the reader of Date cells (the day each shows in the spreadsheet's zone).
 */
export interface TableOptions {
  readonly tab: string;
  readonly mapping?: ColumnMapping;
  readonly dateOrder: DateOrder;
  readonly readDay: (date: Date) => Day;
}

/** Stages by `Stage.key`. */
export type StageLookup = ReadonlyMap<string, Stage>;

/** A parsed table: the good rows (some fields null where a cell was bad) and the problems found. */
export interface ParsedTable<Row> {
  readonly rows: Row[];
  readonly issues: DataIssue[];
}
