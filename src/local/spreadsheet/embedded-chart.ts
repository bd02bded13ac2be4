import { ChartType, type ChartTypeName } from "./enums";
import type { Range } from "./range";
import type { Sheet } from "./sheet";

export interface ChartSettings {
  readonly type: ChartTypeName;
  readonly ranges: readonly Range[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: {
    readonly anchorRow: number;
    readonly anchorColumn: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
}

/** EmbeddedChart.getOptions(): read-only access to the options set on the builder. */
export class ChartOptions {
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
  toString(): string {
    return "ChartOptions";
  }
}

/** A chart placed on a sheet (recorded, not drawn). */
export class EmbeddedChart {
  constructor(
    private readonly chartId: number,
    readonly settings: ChartSettings,
    private readonly sheet: Sheet,
  ) {}

  getChartId(): number {
    return this.chartId;
  }
  getId(): string {
    return `u${this.chartId}`;
  }
  getType(): ChartTypeName {
    return this.settings.type;
  }
  getRanges(): Range[] {
    return [...this.settings.ranges];
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.settings.options);
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.settings.position;
    return {
      getAnchorRow: () => anchorRow,
      getAnchorColumn: () => anchorColumn,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    };
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.sheet, this.settings, this.chartId);
  }
  toString(): string {
    return "EmbeddedChart";
  }
}

let nextChartId = 1;

/** Sheet.newChart(): chart type, data ranges, position and options, then build(). */
export class EmbeddedChartBuilder {
  private settings: ChartSettings;

  constructor(
    private readonly sheet: Sheet,
    settings?: ChartSettings,
    private readonly chartId: number = nextChartId++,
  ) {
    this.settings = settings ?? {
      type: ChartType.COLUMN,
      ranges: [],
      options: {},
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    };
  }

  private with(changes: Partial<ChartSettings>): this {
    this.settings = { ...this.settings, ...changes };
    return this;
  }

  setChartType(type: ChartTypeName): this {
    return this.with({ type });
  }
  addRange(range: Range): this {
    return this.with({ ranges: [...this.settings.ranges, range] });
  }
  removeRange(range: Range): this {
    return this.with({ ranges: this.settings.ranges.filter((existing) => existing !== range) });
  }
  clearRanges(): this {
    return this.with({ ranges: [] });
  }
  getRanges(): Range[] {
    return [...this.settings.ranges];
  }
  getChartType(): ChartTypeName {
    return this.settings.type;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    return this.with({ position: { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY } });
  }
  setOption(option: string, value: unknown): this {
    return this.with({ options: { ...this.settings.options, [option]: value } });
  }
  asBarChart(): this {
    return this.setChartType("BAR");
  }
  asColumnChart(): this {
    return this.setChartType("COLUMN");
  }
  asLineChart(): this {
    return this.setChartType("LINE");
  }
  asPieChart(): this {
    return this.setChartType("PIE");
  }
  asAreaChart(): this {
    return this.setChartType("AREA");
  }
  asScatterChart(): this {
    return this.setChartType("SCATTER");
  }
  asComboChart(): this {
    return this.setChartType("COMBO");
  }
  asHistogramChart(): this {
    return this.setChartType("HISTOGRAM");
  }
  asTableChart(): this {
    return this.setChartType("TABLE");
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.chartId, this.settings, this.sheet);
  }
  toString(): string {
    return "EmbeddedChartBuilder";
  }
}
