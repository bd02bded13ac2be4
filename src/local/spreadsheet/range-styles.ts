import { fillLayerBlock, readLayerBlock, writeLayerBlock } from "./cell-block-io";
import { STYLE_DEFAULTS, type StyleName, type StyleValue } from "./cell-store";
import { RangeContents } from "./range-contents";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Colors read back as Sheets gives them: lower-case six-digit hex ("red" → "#ff0000"). */
function normalizeColor(color: string): string {
  const lower = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short !== null) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[lower] ?? lower;
}

/** Per-cell formatting and notes of a range; null resets a cell to Sheets' default. */
export class RangeStyles extends RangeContents {
  private readStyles(name: StyleName): StyleValue[][] {
    return readLayerBlock<StyleValue>(this.sheet.cells.style(name), this.block(), STYLE_DEFAULTS[name]);
  }
  private readStyle(name: StyleName): StyleValue {
    return this.sheet.cells.style(name).get(this.row - 1, this.column - 1) ?? STYLE_DEFAULTS[name];
  }
  private fillStyle(name: StyleName, value: StyleValue | null): this {
    fillLayerBlock(this.sheet.cells.style(name), this.block(), value ?? undefined);
    return this;
  }
  private writeStyles(name: StyleName, grid: Array<Array<StyleValue | null>>, method: string): this {
    this.checkGrid(grid, method);
    const normalized = grid.map((line) => line.map((value) => value ?? undefined));
    writeLayerBlock(this.sheet.cells.style(name), this.block(), normalized);
    return this;
  }

  getBackground(): string {
    return String(this.readStyle("background"));
  }
  getBackgrounds(): string[][] {
    return this.readStyles("background") as string[][];
  }
  setBackground(color: string | null): this {
    return this.fillStyle("background", color === null ? null : normalizeColor(color));
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.writeStyles(
      "background",
      colors.map((line) => line.map((c) => (c === null ? null : normalizeColor(c)))),
      "setBackgrounds",
    );
  }
  getFontColor(): string {
    return String(this.readStyle("fontColor"));
  }
  setFontColor(color: string | null): this {
    return this.fillStyle("fontColor", color === null ? null : normalizeColor(color));
  }
  getFontWeight(): string {
    return String(this.readStyle("fontWeight"));
  }
  getFontWeights(): string[][] {
    return this.readStyles("fontWeight") as string[][];
  }
  setFontWeight(fontWeight: string | null): this {
    return this.fillStyle("fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<string | null>>): this {
    return this.writeStyles("fontWeight", fontWeights, "setFontWeights");
  }
  getFontStyle(): string {
    return String(this.readStyle("fontStyle"));
  }
  setFontStyle(fontStyle: string | null): this {
    return this.fillStyle("fontStyle", fontStyle);
  }
  getFontFamily(): string {
    return String(this.readStyle("fontFamily"));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.fillStyle("fontFamily", fontFamily);
  }
  getHorizontalAlignment(): string {
    return String(this.readStyle("horizontalAlignment"));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.fillStyle("horizontalAlignment", alignment);
  }
  getVerticalAlignment(): string {
    return String(this.readStyle("verticalAlignment"));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.fillStyle("verticalAlignment", alignment);
  }
  getWrap(): boolean {
    return this.readStyle("wrap") === true;
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.fillStyle("wrap", isWrapEnabled);
  }
  /** Borders are accepted and not stored (nothing in the add-on reads them back). */
  setBorder(..._settings: unknown[]): this {
    return this;
  }

  getNote(): string {
    return this.sheet.cells.notes.get(this.row - 1, this.column - 1) ?? "";
  }
  getNotes(): string[][] {
    return readLayerBlock(this.sheet.cells.notes, this.block(), "");
  }
  setNote(note: string | null): this {
    fillLayerBlock(
      this.sheet.cells.notes,
      this.block(),
      note === null || note === "" ? undefined : String(note),
    );
    return this;
  }
  setNotes(notes: Array<Array<string | null>>): this {
    this.checkGrid(notes, "setNotes");
    writeLayerBlock(
      this.sheet.cells.notes,
      this.block(),
      notes.map((line) => line.map((note) => note || undefined)),
    );
    return this;
  }
}
