import type { ReportChart } from "./report-layout";

export type FontWeight = "bold" | "normal";

/** A block of cells by its 1-based top-left corner, like Sheet.getRange(row, column, rows, columns). */
export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A chart to insert once the grid is written: its data ranges and where its corner goes. */
export interface GridChart {
  readonly type: ReportChart["type"];
  readonly title: string;
  readonly labels: GridRange;
  readonly values: GridRange;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/** A whole report tab in memory: one setValues, one setNumberFormats, one setFontWeights. */
export interface ReportGrid {
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
  readonly weights: FontWeight[][];
  /** Rows to freeze: everything through the first table's header row. */
  readonly frozenRows: number;
  /** Each column's width in pixels, from the table cells only (never a title or a note), capped. */
  readonly columnWidths: readonly number[];
  readonly charts: readonly GridChart[];
  /** The rows and columns the charts cover, which the tab must have too. */
  readonly chartArea: { readonly rows: number; readonly columns: number };
}
