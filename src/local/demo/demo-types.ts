/** One cell of a demo tab; "" is an empty cell. */
export type DemoCell = string | number | boolean | Date;

/** One tab of the demo workbook: a header row, data rows, and a number format per column. */
export interface DemoTab {
  readonly name: string;
  readonly header: string[];
  readonly rows: DemoCell[][];
  /** Per column, e.g. "$#,##0", "0%", "yyyy-mm-dd"; null leaves the column's format alone. */
  readonly numberFormats?: (string | null)[];
}

/** The known model the demo outcomes were drawn from, so tests and the bench can check reports. */
export interface DemoTruth {
  /** P(won | reached stage), per open stage name: the product of the remaining advance rates. */
  readonly stageWinRates: Record<string, number>;
  /** P(reach the next open stage, or win from the last one | reached stage), per open stage. */
  readonly advanceRates: Record<string, number>;
  /** The median of the lognormal lead values, before rounding to 100. */
  readonly medianValue: number;
  /** The expected number of activity rows per lead. */
  readonly activitiesPerLead: number;
  readonly seed: number;
}

/** A generated workbook: its tabs, the as-of date its dates are relative to, and the truth. */
export interface DemoWorkbook {
  readonly asOf: Date;
  readonly tabs: DemoTab[];
  readonly truth: DemoTruth;
}

/** Options of `generateDemoWorkbook`; every field has a default in `DEFAULT_DEMO_OPTIONS`. */
export interface DemoOptions {
  readonly leads?: number;
  readonly seed?: number;
  /** The "today" of the demo; defaults to 2026-12-01 so output never depends on the clock. */
  readonly asOf?: Date;
  readonly activitiesPerLead?: number;
  readonly medianValue?: number;
}
