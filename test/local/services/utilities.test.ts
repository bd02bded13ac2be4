import { createHash } from "node:crypto";
import { createClock } from "../../../src/local/services/clock";
import { Utilities } from "../../../src/local/services/utilities";

function createUtilities() {
  const clock = createClock(() => 0);
  return { clock, utilities: new Utilities(clock) };
}

describe("Utilities", () => {
  it("formats dates and strings", () => {
    const { utilities } = createUtilities();
    expect(utilities.formatDate(new Date(Date.UTC(2024, 0, 2)), "UTC", "yyyy-MM-dd")).toBe("2024-01-02");
    expect(utilities.formatString("%s=%d", "n", 5)).toBe("n=5");
  });

  it("makes version-4 UUIDs, different every time", () => {
    const { utilities } = createUtilities();
    const first = utilities.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utilities.getUuid()).not.toBe(first);
  });

  it("sleeps by moving the clock forward, without waiting", () => {
    const { clock, utilities } = createUtilities();
    const started = Date.now();
    utilities.sleep(60_000);
    expect(clock.now()).toBe(60_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("encodes UTF-8 text to base64 and decodes it to Java's signed bytes", () => {
    const { utilities } = createUtilities();
    // "é" is UTF-8 C3 A9 → base64 "w6k="; as signed bytes 0xC3 = 195 - 256 = -61, 0xA9 = 169 - 256 = -87.
    expect(utilities.base64Encode("é")).toBe("w6k=");
    expect(utilities.base64Decode("w6k=")).toEqual([-61, -87]);
  });

  it("encodes and decodes the web-safe alphabet", () => {
    const { utilities } = createUtilities();
    // Bytes FB FF encode to "+/8=" in standard base64, "-_8=" web-safe.
    expect(utilities.base64EncodeWebSafe([-5, -1])).toBe("-_8=");
    expect(utilities.base64DecodeWebSafe("-_8=")).toEqual([-5, -1]);
  });

  it("computes a digest as signed bytes", () => {
    const { utilities } = createUtilities();
    // Reference: node:crypto's SHA-256 of "abc", each byte above 127 shifted down by 256.
    const expected = Array.from(createHash("sha256").update("abc").digest(), (byte) =>
      byte > 127 ? byte - 256 : byte,
    );
    expect(utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, "abc")).toEqual(expected);
    expect(expected[0]).toBe(-70); // SHA-256("abc") starts with 0xBA = 186 → -70.
  });

  describe("bad input", () => {
    it("refuses an unknown digest algorithm", () => {
      expect(() => createUtilities().utilities.computeDigest("CRC", "abc")).toThrow(
        "Invalid argument: algorithm",
      );
    });

    it("refuses a negative sleep", () => {
      expect(() => createUtilities().utilities.sleep(-5)).toThrow("Invalid argument: milliseconds");
    });
  });
});
