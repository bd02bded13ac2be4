import { formatColumns } from "../../scripts/bench/format-columns";

describe("formatColumns", () => {
  it("pads each column to its widest cell and underlines the header", () => {
    // Widths by hand: column 1 max("phase", "score") = 5, column 2 max("ms", "1234.5") = 6.
    const text = formatColumns([
      ["phase", "ms"],
      ["score", "1234.5"],
    ]);
    expect(text).toBe(["phase  ms", "-----  ------", "score  1234.5"].join("\n"));
  });

  it("trims the padding after the last cell of a row", () => {
    const text = formatColumns([
      ["a", "long header"],
      ["b", ""],
    ]);
    expect(text.split("\n")[2]).toBe("b");
  });

  it("gives nothing for no rows", () => {
    expect(formatColumns([])).toBe("");
  });
});
