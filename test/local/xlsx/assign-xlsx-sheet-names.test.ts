import { assignXlsxSheetNames } from "../../../src/local/xlsx/assign-xlsx-sheet-names";
import { STATE_SHEET_NAME } from "../../../src/local/xlsx/state-sheet";

// Expected names worked by hand from Excel's rules: at most 31 characters, none of : [ ] * ? / \,
// no apostrophe first or last, never "History", unique regardless of case.
describe("assignXlsxSheetNames", () => {
  it("keeps every name .xlsx can hold as it is", () => {
    expect(assignXlsxSheetNames(["Leads", "Stage History", "x".repeat(31)])).toEqual([
      "Leads",
      "Stage History",
      "x".repeat(31),
    ]);
  });

  it("replaces forbidden characters, drops outer apostrophes and renames reserved names", () => {
    expect(
      assignXlsxSheetNames(["Q1: Leads [draft]", "a/b\\c*d?e", "'quoted'", "History", STATE_SHEET_NAME]),
    ).toEqual(["Q1_ Leads _draft_", "a_b_c_d_e", "quoted", "History (2)", "__pipeline_confidence_state (2)"]);
  });

  it("cuts long names to 31 characters and numbers the ones that would clash, whatever their case", () => {
    const long = "x".repeat(40);
    // "X" * 31 is already taken (case-insensitively), so both cut names get a number, cut to fit.
    expect(assignXlsxSheetNames([long, `${long}y`, "X".repeat(31)])).toEqual([
      `${"x".repeat(27)} (2)`,
      `${"x".repeat(27)} (3)`,
      "X".repeat(31),
    ]);
  });
});
