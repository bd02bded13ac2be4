import type { BooleanCriteriaName } from "./enums";
import type { Range } from "./range";

export interface ConditionSettings {
  readonly criteria: BooleanCriteriaName | null;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly ranges: readonly Range[];
}

/** The "when … then format" part of a conditional format rule. */
export class BooleanCondition {
  constructor(private readonly settings: ConditionSettings) {}

  getCriteriaType(): BooleanCriteriaName | null {
    return this.settings.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }
  getBackground(): string | null {
    return this.settings.background;
  }
  getFontColor(): string | null {
    return this.settings.fontColor;
  }
  getBold(): boolean | null {
    return this.settings.bold;
  }
  getItalic(): boolean | null {
    return this.settings.italic;
  }
  toString(): string {
    return "BooleanCondition";
  }
}

/** A built conditional format rule: a boolean condition over some ranges. */
export class ConditionalFormatRule {
  constructor(private readonly settings: ConditionSettings) {}

  getRanges(): Range[] {
    return [...this.settings.ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.settings.criteria === null ? null : new BooleanCondition(this.settings);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.settings);
  }
  toString(): string {
    return "ConditionalFormatRule";
  }
}

const EMPTY: ConditionSettings = {
  criteria: null,
  values: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  ranges: [],
};

/** SpreadsheetApp.newConditionalFormatRule(). */
export class ConditionalFormatRuleBuilder {
  private settings: ConditionSettings;

  constructor(settings: ConditionSettings = EMPTY) {
    this.settings = settings;
  }

  private with(changes: Partial<ConditionSettings>): this {
    this.settings = { ...this.settings, ...changes };
    return this;
  }
  private when(criteria: BooleanCriteriaName, values: unknown[]): this {
    return this.with({ criteria, values });
  }

  whenNumberGreaterThan(number: number): this {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when("NUMBER_LESS_THAN", [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when("NUMBER_EQUAL_TO", [number]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when("NUMBER_NOT_EQUAL_TO", [number]);
  }
  whenTextEqualTo(text: string): this {
    return this.when("TEXT_EQUAL_TO", [text]);
  }
  whenTextContains(text: string): this {
    return this.when("TEXT_CONTAINS", [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when("TEXT_STARTS_WITH", [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when("TEXT_ENDS_WITH", [text]);
  }
  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when("CUSTOM_FORMULA", [formula]);
  }
  setBackground(color: string | null): this {
    return this.with({ background: color });
  }
  setFontColor(color: string | null): this {
    return this.with({ fontColor: color });
  }
  setBold(bold: boolean | null): this {
    return this.with({ bold });
  }
  setItalic(italic: boolean | null): this {
    return this.with({ italic });
  }
  setRanges(ranges: Range[]): this {
    return this.with({ ranges: [...ranges] });
  }
  getRanges(): Range[] {
    return [...this.settings.ranges];
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.settings);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.settings);
  }
  toString(): string {
    return "ConditionalFormatRuleBuilder";
  }
}
