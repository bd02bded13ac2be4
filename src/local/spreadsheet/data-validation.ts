import { DataValidationCriteria, type DataValidationCriteriaName } from "./enums";

export interface ValidationSettings {
  readonly criteria: DataValidationCriteriaName;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** A built data-validation rule (immutable; `copy()` gives a builder). */
export class DataValidation {
  constructor(private readonly settings: ValidationSettings) {}

  getCriteriaType(): DataValidationCriteriaName {
    return this.settings.criteria;
  }
  /** For VALUE_IN_LIST: `[values, showDropdown]`, as Apps Script answers. */
  getCriteriaValues(): unknown[] {
    return this.settings.values.map((value) => (Array.isArray(value) ? [...value] : value));
  }
  getAllowInvalid(): boolean {
    return this.settings.allowInvalid;
  }
  getHelpText(): string | null {
    return this.settings.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.settings);
  }
  toString(): string {
    return "DataValidation";
  }
}

/** SpreadsheetApp.newDataValidation(): set one criterion, then build(). Invalid input allowed by default. */
export class DataValidationBuilder {
  private settings: ValidationSettings;

  constructor(settings?: ValidationSettings) {
    this.settings = settings ?? {
      criteria: DataValidationCriteria.VALUE_IN_LIST,
      values: [],
      allowInvalid: true,
      helpText: null,
    };
  }

  private require(criteria: DataValidationCriteriaName, values: unknown[]): this {
    this.settings = { ...this.settings, criteria, values };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.require("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.require("VALUE_IN_RANGE", [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((value) => value !== undefined);
    return this.require("CHECKBOX", values);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.require("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.require("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.require("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberEqualTo(number: number): this {
    return this.require("NUMBER_EQUAL_TO", [number]);
  }
  requireDate(): this {
    return this.require("DATE_IS_VALID_DATE", []);
  }
  requireTextContains(text: string): this {
    return this.require("TEXT_CONTAINS", [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.require("TEXT_EQUAL_TO", [text]);
  }
  requireTextIsEmail(): this {
    return this.require("TEXT_IS_VALID_EMAIL", []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require("CUSTOM_FORMULA", [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.settings = { ...this.settings, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.settings = { ...this.settings, helpText };
    return this;
  }
  getCriteriaType(): DataValidationCriteriaName {
    return this.settings.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }
  build(): DataValidation {
    return new DataValidation(this.settings);
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.settings);
  }
  toString(): string {
    return "DataValidationBuilder";
  }
}
