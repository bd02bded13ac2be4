import type { ProtectionTypeName } from "./enums";
import type { Range } from "./range";
import type { Sheet } from "./sheet";

/**
 * A protected sheet or range. The script runs as the owner, who may always edit, so protections
 * are recorded (description, warning-only, editors) but never block a write.
 */
export class Protection {
  private description = "";
  private warningOnly = false;
  private editors: string[] = [];
  private unprotectedRanges: Range[] = [];
  private domainEdit = false;
  private rangeName: string | null = null;

  constructor(
    private readonly sheet: Sheet,
    private readonly type: ProtectionTypeName,
    private readonly range: Range,
  ) {}

  getProtectionType(): ProtectionTypeName {
    return this.type;
  }
  getRange(): Range {
    return this.range;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }
  getEditors(): string[] {
    return [...this.editors];
  }
  addEditor(emailAddress: string): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: string[]): this {
    this.editors = [...new Set([...this.editors, ...emailAddresses.map(String)])];
    return this;
  }
  removeEditor(emailAddress: string): this {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(emailAddresses: string[]): this {
    this.editors = this.editors.filter((editor) => !emailAddresses.includes(editor));
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return [...this.unprotectedRanges];
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.unprotectedRanges = [...ranges];
    return this;
  }
  getRangeName(): string | null {
    return this.rangeName;
  }
  setRangeName(rangeName: string): this {
    this.rangeName = rangeName;
    return this;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((protection) => protection !== this);
  }
  toString(): string {
    return "Protection";
  }
}
