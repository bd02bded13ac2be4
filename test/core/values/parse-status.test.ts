import { parseStatus } from "../../../src/core/values/parse-status";

describe("parseStatus", () => {
  it("reads the won words", () => {
    for (const text of ["won", "Won", "Closed Won", "closed-won", "CLOSED_WON", " closed   won ", "win"]) {
      expect(parseStatus(text)).toBe("won");
    }
  });

  it("reads the lost words", () => {
    for (const text of ["lost", "Closed Lost", "closed-lost", "Disqualified", "cancelled", "Canceled"]) {
      expect(parseStatus(text)).toBe("lost");
    }
  });

  it("reads the open words", () => {
    expect(parseStatus("Open")).toBe("open");
    expect(parseStatus("active")).toBe("open");
  });
});

describe("bad input", () => {
  it("calls empty cells blank", () => {
    for (const blank of ["", "   ", null, undefined]) expect(parseStatus(blank)).toBe("blank");
  });

  it("calls anything else invalid", () => {
    for (const raw of ["maybe", "#N/A", "wonder", 1, true, new Date()])
      expect(parseStatus(raw)).toBe("invalid");
  });
});
