import { parseCompleted } from "../../../src/core/values/parse-completed";

describe("parseCompleted", () => {
  it("reads not-done words as false", () => {
    for (const raw of [
      false,
      0,
      "FALSE",
      "false",
      "No",
      "n",
      "0",
      "Not done",
      "pending",
      "Planned",
      "scheduled",
    ]) {
      expect(parseCompleted(raw)).toBe(false);
    }
  });

  it("reads anything else non-blank as true", () => {
    for (const raw of [true, 1, "TRUE", "yes", "Done", "x", "✓", "1", new Date(2024, 0, 1), "2024-01-01"]) {
      expect(parseCompleted(raw)).toBe(true);
    }
  });
});

describe("bad input", () => {
  it("gives null for blanks", () => {
    for (const blank of ["", "  ", null, undefined]) expect(parseCompleted(blank)).toBeNull();
  });
});
