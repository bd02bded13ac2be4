import type { DataIssue } from "../../core/types";

/** The report kinds, each with its own tab; also the value of the tab's ownership metadata. */
export type ReportKind = "funnel" | "forecast" | "calibration" | "hot";

/**
 * How a cell is shown. `money` follows the spreadsheet's currency; `date` takes a Day number or
 * a YYYY-MM-DD string; `ratio` is a multiple ("2.5x"); `fraction` a 0.0% conversion rate.
 */
export type CellFormat =
  | "text"
  | "integer"
  | "number"
  | "money"
  | "percent"
  | "fraction"
  | "days"
  | "date"
  | "ratio";

/** A figure as the report JSON has it: null means "cannot be computed" and is shown as a word. */
export type ReportValue = string | number | boolean | null;

/** A cell whose format differs from its column's (a figures table mixes money and percents). */
export interface FormattedValue {
  readonly value: ReportValue;
  readonly format: CellFormat;
}

export type ReportCell = ReportValue | FormattedValue;

export interface ReportColumn {
  readonly header: string;
  readonly format: CellFormat;
}

/** A chart drawn beside its table from the table's own rows (not its totals). */
export interface ReportChart {
  readonly type: "bar" | "column";
  readonly title: string;
  /** Index of the column holding the labels (stages, months, percentiles). */
  readonly labelColumn: number;
  /** Index of the column holding the plotted figure. */
  readonly valueColumn: number;
}

export interface ReportTable {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** A bold last row, e.g. totals. */
  readonly totals?: readonly ReportCell[];
  /** Shown in place of the rows when there are none. */
  readonly emptyText?: string;
  readonly chart?: ReportChart;
}

/** One labelled figure of the title block: "Period", "Owner", "Target"… */
export interface ReportParameter {
  readonly label: string;
  readonly value: ReportCell;
}

/** Everything a report tab shows, built from the report JSON before anything is written. */
export interface ReportLayout {
  readonly kind: ReportKind;
  /** The tab name when free: "Funnel", "Forecast", "Calibration", "Hot Leads". */
  readonly tabName: string;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly asOf: string;
  readonly parameters: readonly ReportParameter[];
  readonly notes: readonly string[];
  readonly tables: readonly ReportTable[];
  readonly issues: readonly DataIssue[];
}
