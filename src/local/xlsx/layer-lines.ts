import type { GridLayer, LayerRow } from "../spreadsheet/grid-layer";
import { HOST_REALM } from "../spreadsheet/value-realm";

/**
 * The rows of one mostly uniform layer (number formats, notes, a style) gathered while a sheet
 * loads, then put in the layer as frozen rows shared by every row alike, wherever it stands: a
 * date column whose blank cells break the runs still costs a handful of rows, not one per row.
 */
export class LayerLines<T> {
  private readonly lines: Array<Array<T | undefined>> = [];

  set(row: number, column: number, value: T): void {
    let line = this.lines[row];
    if (line === undefined) {
      line = [];
      this.lines[row] = line;
    }
    line[column] = value;
  }

  /** Puts the gathered rows into `layer`, a layer of a sheet being loaded (so still empty). */
  writeTo(layer: GridLayer<T>): void {
    const shared = new Map<string, LayerRow<T>>();
    this.lines.forEach((line, row) => {
      // JSON keeps a blank (null) apart from "" and from a value's text; the values are strings and booleans.
      const key = JSON.stringify(line);
      let cells = shared.get(key);
      if (cells === undefined) {
        const exact = HOST_REALM.newRow(line.length) as Array<T | undefined>;
        for (let column = 0; column < line.length; column++) exact[column] = line[column];
        cells = Object.freeze(exact);
        shared.set(key, cells);
      }
      layer.rows[row] = cells;
    });
  }
}
