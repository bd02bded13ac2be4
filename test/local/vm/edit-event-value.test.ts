import { toEditEventValue } from "../../../src/local/vm/edit-event-value";

describe("toEditEventValue", () => {
  it("passes text as it is and numbers as text", () => {
    expect([toEditEventValue("Won"), toEditEventValue(12.5)]).toEqual(["Won", "12.5"]);
  });

  it("writes booleans as TRUE / FALSE", () => {
    expect([toEditEventValue(true), toEditEventValue(false)]).toEqual(["TRUE", "FALSE"]);
  });

  it("writes a date as its serial number", () => {
    // 2024-01-01 is 19,723 days after 1970-01-01 (54 years, 13 leap days: 54 × 365 + 13),
    // and 1970-01-01 is serial 25,569, so 25,569 + 19,723 = 45,292.
    expect(toEditEventValue(new Date(Date.UTC(2024, 0, 1)))).toBe("45292");
    // Noon adds half a day.
    expect(toEditEventValue(new Date(Date.UTC(2024, 0, 1, 12)))).toBe("45292.5");
  });

  it("leaves an empty cell out (undefined)", () => {
    expect([toEditEventValue(""), toEditEventValue(null), toEditEventValue(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
