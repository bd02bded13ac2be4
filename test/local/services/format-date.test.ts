import { formatDate } from "../../../src/local/services/format-date";

// 2024-03-05 (a Tuesday) 14:07:09.045 UTC.
const instant = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));

describe("formatDate", () => {
  it("formats numeric fields with zero padding", () => {
    expect(formatDate(instant, "UTC", "yyyy-MM-dd HH:mm:ss.SSS")).toBe("2024-03-05 14:07:09.045");
  });

  it("formats unpadded, two-digit-year and named fields", () => {
    expect(formatDate(instant, "UTC", "yy M d H")).toBe("24 3 5 14");
    expect(formatDate(instant, "UTC", "EEE, MMM d")).toBe("Tue, Mar 5");
    expect(formatDate(instant, "UTC", "EEEE MMMM")).toBe("Tuesday March");
  });

  it("formats a 12-hour clock with AM/PM", () => {
    expect(formatDate(instant, "UTC", "h:mm a")).toBe("2:07 PM");
    expect(formatDate(new Date(Date.UTC(2024, 0, 1, 0, 30)), "UTC", "hh:mm a")).toBe("12:30 AM");
  });

  it("copies quoted text, and '' as one quote", () => {
    expect(formatDate(instant, "UTC", "yyyy-MM-dd'T'HH 'o''clock'")).toBe("2024-03-05T14 o'clock");
  });

  it("shows the wall clock of the time zone asked for", () => {
    // New York is UTC-5 in early March (DST starts 2024-03-10): 14:07 UTC is 09:07 there.
    expect(formatDate(instant, "America/New_York", "HH:mm")).toBe("09:07");
    // Tokyo is UTC+9 all year: 14:07 UTC on the 5th is 23:07 on the 5th.
    expect(formatDate(instant, "Asia/Tokyo", "dd HH:mm")).toBe("05 23:07");
  });

  it("accepts fixed GMT offsets", () => {
    // GMT+10:30 moves 14:07 on the 5th to 00:37 on the 6th.
    expect(formatDate(instant, "GMT+10:30", "dd HH:mm")).toBe("06 00:37");
  });

  describe("bad input", () => {
    it("refuses a pattern letter SimpleDateFormat does not know", () => {
      expect(() => formatDate(instant, "UTC", "yyyy Q")).toThrow("Illegal pattern character 'Q'");
    });

    it("refuses an invalid date", () => {
      expect(() => formatDate(new Date(Number.NaN), "UTC", "yyyy")).toThrow("Invalid argument: date");
    });

    it("refuses an unknown time zone", () => {
      expect(() => formatDate(instant, "Mars/Olympus", "yyyy")).toThrow("Invalid argument: timeZone");
    });
  });
});
