import { buildIssuesTable } from "./build-issues-table";
import { type GridCell, toGridCell } from "./grid-cell";
import { type MeasuredRow, measureColumnWidths } from "./measure-column-widths";
import type { FontWeight, GridChart, ReportGrid } from "./report-grid";
import type { CellFormat, ReportCell, ReportLayout, ReportTable } from "./report-layout";

/** Rows and columns a default chart (600 x 371 px) covers, so charts neither overlap nor overhang the tab. */
const CHART_HEIGHT_ROWS = 20;
const CHART_WIDTH_COLUMNS = 7;

interface GridRow extends MeasuredRow {
  readonly weight: FontWeight;
}

/** Collects rows top to bottom, each row's cells already converted for the sheet. */
class GridBuilder {
  readonly rows: GridRow[] = [];
  constructor(private readonly moneyPattern: string) {}

  /**
   * Adds a row; only its first `measured` cells set their columns' widths (default all), so a
   * title or a note, which spills into the empty cells beside it, never widens a table column.
   */
  add(
    cells: readonly ReportCell[],
    formats: readonly CellFormat[],
    weight: FontWeight = "normal",
    measured: number = cells.length,
  ): number {
    const converted = cells.map((cell, index) =>
      toGridCell(cell, formats[index] ?? "text", this.moneyPattern),
    );
    this.rows.push({ cells: converted, weight, measured });
    return this.rows.length;
  }

  addBlank(): void {
    this.rows.push({ cells: [], weight: "normal", measured: 0 });
  }
}

// The title block has a fixed height whatever the notes say, so the first table's header always
// falls within the rows a report may freeze; the notes themselves follow the tables.
function addTitleBlock(builder: GridBuilder, layout: ReportLayout): void {
  builder.add([layout.title], ["text"], "bold", 0);
  builder.add(["As of", layout.asOf], ["text", "date"]);
  // A parameter's text value spills into the empty cell beside it; a number would show as ###.
  for (const parameter of layout.parameters) {
    const measured = typeof parameter.value === "string" ? 1 : 2;
    builder.add([parameter.label, parameter.value], ["text", "text"], "normal", measured);
  }
  builder.add(["Data issues", layout.issues.length], ["text", "integer"]);
  builder.add(["Notes", layout.notes.length], ["text", "integer"]);
  builder.addBlank();
}

/** The notes, one a row under a bold "Notes", after the report's own tables; nothing when none. */
function addNotes(builder: GridBuilder, notes: readonly string[]): void {
  if (notes.length === 0) return;
  builder.add(["Notes"], ["text"], "bold", 0);
  for (const note of notes) builder.add([note], ["text"], "normal", 0);
  builder.addBlank();
}

/** Writes one table; returns its header row and the chart it asks for, if any. */
function addTable(builder: GridBuilder, table: ReportTable): { headerRow: number; chart: GridChart | null } {
  const formats = table.columns.map((column) => column.format);
  builder.add([table.title], ["text"], "bold", 0);
  const headerRow = builder.add(
    table.columns.map((column) => column.header),
    table.columns.map(() => "text"),
    "bold",
  );
  for (const row of table.rows) builder.add(row, formats);
  if (table.rows.length === 0) builder.add([table.emptyText ?? "None"], ["text"], "normal", 0);
  if (table.totals !== undefined) builder.add(table.totals, formats, "bold");
  builder.addBlank();
  const spec = table.chart;
  if (spec === undefined || table.rows.length === 0) return { headerRow, chart: null };
  const range = (column: number) => ({
    row: headerRow + 1,
    column: column + 1,
    numRows: table.rows.length,
    numColumns: 1,
  });
  const chart = {
    type: spec.type,
    title: spec.title,
    labels: range(spec.labelColumn),
    values: range(spec.valueColumn),
  };
  return { headerRow, chart: { ...chart, anchorRow: headerRow - 1, anchorColumn: 0 } };
}

/** Pads every row to the same width, so the grid is the rectangle Range.setValues requires. */
function fillRows<T>(
  rows: readonly GridRow[],
  width: number,
  read: (row: GridRow, cell: GridCell) => T,
  fill: T,
): T[][] {
  return rows.map((row) => {
    const line: T[] = [];
    for (let column = 0; column < width; column++) {
      const cell = row.cells[column];
      line.push(cell === undefined ? fill : read(row, cell));
    }
    return line;
  });
}

/** The most rows a report freezes: Sheets refuses to show a frozen area taller than the window. */
const MAX_FROZEN_ROWS = 12;

/**
 * Lays a whole report out as one rectangle of values, number formats and font weights: the title
 * block (with the number of notes), every table (bold header, optional bold totals), the notes,
 * then the data issues table.
 */
export function buildReportGrid(layout: ReportLayout, moneyPattern: string): ReportGrid {
  const builder = new GridBuilder(moneyPattern);
  addTitleBlock(builder, layout);
  let frozenRows = 0;
  const charts: Omit<GridChart, "anchorColumn">[] = [];
  const place = (table: ReportTable): void => {
    const placed = addTable(builder, table);
    // The title block and the first table's header stay in view while scrolling, unless the
    // parameters make that taller than a small window shows; then only the title row.
    if (frozenRows === 0) frozenRows = placed.headerRow <= MAX_FROZEN_ROWS ? placed.headerRow : 1;
    if (placed.chart !== null) charts.push(placed.chart);
  };
  for (const table of layout.tables) place(table);
  addNotes(builder, layout.notes);
  place(buildIssuesTable(layout.issues));
  const width = Math.max(2, ...builder.rows.map((row) => row.cells.length));
  let nextFreeRow = 1;
  const placedCharts = charts.map((chart) => {
    const anchorRow = Math.max(chart.anchorRow, nextFreeRow);
    nextFreeRow = anchorRow + CHART_HEIGHT_ROWS;
    return { ...chart, anchorRow, anchorColumn: width + 2 };
  });
  return {
    values: fillRows<string | number | boolean>(builder.rows, width, (_row, cell) => cell.value, ""),
    formats: fillRows(builder.rows, width, (_row, cell) => cell.pattern, "@"),
    weights: fillRows<FontWeight>(builder.rows, width, (row) => row.weight, "normal"),
    frozenRows,
    columnWidths: measureColumnWidths(builder.rows, width),
    charts: placedCharts,
    chartArea:
      placedCharts.length === 0
        ? { rows: 0, columns: 0 }
        : { rows: nextFreeRow, columns: width + 1 + CHART_WIDTH_COLUMNS },
  };
}
