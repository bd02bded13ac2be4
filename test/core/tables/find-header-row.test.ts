import { findHeaderRow } from "../../../src/core/tables/find-header-row";
import { isBlankCell } from "../../../src/core/tables/is-blank-cell";
import { isSheetError } from "../../../src/core/tables/is-sheet-error";

describe("findHeaderRow", () => {
  it("returns the first row with a non-blank cell", () => {
    expect(findHeaderRow([["Lead ID", "Stage"]])).toBe(0);
    expect(
      findHeaderRow([
        ["", ""],
        ["", "  "],
        ["", "Lead ID"],
      ]),
    ).toBe(2);
  });

  it("returns -1 for an empty grid", () => {
    expect(findHeaderRow([])).toBe(-1);
    expect(findHeaderRow([[""], [null]])).toBe(-1);
  });
});

describe("isBlankCell", () => {
  it("treats empty and whitespace-only cells as blank, never 0 or false", () => {
    expect(["", " \t", null, undefined].map(isBlankCell)).toEqual([true, true, true, true]);
    expect([0, false, "x"].map(isBlankCell)).toEqual([false, false, false]);
  });
});

describe("isSheetError", () => {
  it("recognises the error values a formula cell can show", () => {
    expect(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#ERROR!"].every(isSheetError)).toBe(
      true,
    );
  });

  it("does not mistake text that starts with # for an error", () => {
    expect(["#1 account", "#", "N/A", 404].some(isSheetError)).toBe(false);
  });
});
