import type { ConditionalFormatRule } from "./conditional-format-rule";
import { DeveloperMetadata } from "./developer-metadata";
import { DeveloperMetadataFinder } from "./developer-metadata-finder";
import { type EmbeddedChart, EmbeddedChartBuilder } from "./embedded-chart";
import type { DeveloperMetadataVisibilityName, ProtectionTypeName } from "./enums";
import { Protection } from "./protection";
import type { Range } from "./range";
import { SheetLayout } from "./sheet-layout";
import type { Spreadsheet } from "./spreadsheet";

/** Apps Script's Sheet (see SheetGrid for the class chain). */
export class Sheet extends SheetLayout {
  protections: Protection[] = [];
  private conditionalFormatRules: ConditionalFormatRule[] = [];
  private charts: EmbeddedChart[] = [];
  private activeBlock: [number, number, number, number] = [1, 1, 1, 1];

  constructor(
    spreadsheet: Spreadsheet,
    private name: string,
    private readonly sheetId: number,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    super(spreadsheet, maxRows, maxColumns);
  }

  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.spreadsheet.checkSheetName(String(name), this);
    this.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.getSheets().findIndex((sheet) => sheet.getSheetId() === this.sheetId) + 1;
  }
  getType(): "GRID" {
    return "GRID";
  }

  activate(): this {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }
  /** Makes `range` the selection and its sheet the active sheet. */
  activateRange(range: Range): void {
    this.activeBlock = [range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()];
    this.activate();
  }
  getActiveRange(): Range {
    const [row, column, numRows, numColumns] = this.activeBlock;
    return this.getRange(row, column, numRows, numColumns);
  }
  setActiveRange(range: Range): Range {
    this.activateRange(range);
    return range;
  }
  setActiveSelection(a1Notation: string): Range {
    return this.setActiveRange(this.getRange(a1Notation));
  }

  /** The sheet's protection; an already protected sheet gives its existing protection, as in Sheets. */
  protect(): Protection {
    const existing = this.protections.find((protection) => protection.getProtectionType() === "SHEET");
    if (existing !== undefined) return existing;
    const protection = new Protection(this, "SHEET", this.getRange(1, 1, this.maxRows, this.maxColumns));
    this.protections.push(protection);
    return protection;
  }
  getProtections(type: ProtectionTypeName): Protection[] {
    return this.protections.filter((protection) => protection.getProtectionType() === type);
  }

  addDeveloperMetadata(
    key: string,
    value?: string | DeveloperMetadataVisibilityName,
    visibility?: DeveloperMetadataVisibilityName,
  ): this {
    this.spreadsheet.addMetadataAt({ type: "SHEET", sheet: this }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.spreadsheet.metadata.records
      .filter(({ place }) => place.type === "SHEET" && place.sheet === this)
      .map((record) => new DeveloperMetadata(this.spreadsheet, record));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(
      this.spreadsheet,
      ({ place }) => place.type !== "SPREADSHEET" && place.sheet === this,
    );
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.conditionalFormatRules = [...rules];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.conditionalFormatRules];
  }
  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: EmbeddedChart): void {
    this.charts.push(chart);
  }
  updateChart(chart: EmbeddedChart): void {
    this.charts = this.charts.map((existing) =>
      existing.getChartId() === chart.getChartId() ? chart : existing,
    );
  }
  removeChart(chart: EmbeddedChart): void {
    this.charts = this.charts.filter((existing) => existing.getChartId() !== chart.getChartId());
  }
  getCharts(): EmbeddedChart[] {
    return [...this.charts];
  }

  override toString(): string {
    return "Sheet";
  }
}
