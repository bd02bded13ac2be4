import { PROPERTY_VALUE_LIMIT_BYTES } from "../../../src/local/services/properties";
import { createPropertyStores, PropertiesService } from "../../../src/local/services/properties-service";

function createService(documentProperties: Record<string, string> = {}) {
  const stores = createPropertyStores(documentProperties);
  return { stores, service: new PropertiesService(stores) };
}

describe("Properties", () => {
  it("returns null for a key that was never set", () => {
    expect(createService().service.getScriptProperties().getProperty("missing")).toBeNull();
  });

  it("stores values as strings", () => {
    const properties = createService().service.getUserProperties();
    properties.setProperty("target", 5).setProperty("flag", true);
    expect(properties.getProperties()).toEqual({ target: "5", flag: "true" });
  });

  it("reads the document store seeded from the workbook, without aliasing it", () => {
    const seed = { settings: "{}" };
    const { service } = createService(seed);
    service.getDocumentProperties().setProperty("settings", '{"a":1}');
    expect(service.getDocumentProperties().getProperty("settings")).toBe('{"a":1}');
    expect(seed).toEqual({ settings: "{}" });
  });

  it("keeps document, script and user stores apart", () => {
    const { service } = createService();
    service.getDocumentProperties().setProperty("k", "document");
    expect(service.getScriptProperties().getProperty("k")).toBeNull();
    expect(service.getUserProperties().getProperty("k")).toBeNull();
  });

  it("sets many at once, keeping the others unless told to delete them", () => {
    const properties = createService({ a: "1", b: "2" }).service.getDocumentProperties();
    properties.setProperties({ b: "3", c: 4 });
    expect(properties.getProperties()).toEqual({ a: "1", b: "3", c: "4" });
    properties.setProperties({ d: "5" }, true);
    expect(properties.getProperties()).toEqual({ d: "5" });
  });

  it("deletes one key, then all, and lists the keys", () => {
    const properties = createService({ a: "1", b: "2" }).service.getDocumentProperties();
    expect(properties.deleteProperty("a").getKeys()).toEqual(["b"]);
    expect(properties.deleteAllProperties().getKeys()).toEqual([]);
  });

  it("accepts a value of exactly 9 KB", () => {
    const properties = createService().service.getScriptProperties();
    // 9 KB = 9 × 1024 = 9216 one-byte characters.
    expect(() => properties.setProperty("big", "x".repeat(9216))).not.toThrow();
  });

  describe("bad input", () => {
    it("refuses a value over 9 KB (counted in UTF-8 bytes)", () => {
      const properties = createService().service.getScriptProperties();
      // "é" is 2 bytes in UTF-8, so 4609 of them are 9218 bytes > 9216.
      expect(() => properties.setProperty("big", "é".repeat(4609))).toThrow("Argument too large: value");
      expect(PROPERTY_VALUE_LIMIT_BYTES).toBe(9 * 1024);
    });

    it("refuses to grow a store past 500 KB and leaves it unchanged", () => {
      const properties = createService().service.getScriptProperties();
      // 55 values of 9000 bytes (+ 3-byte keys) = 495,165 bytes, under 500 × 1024 = 512,000.
      for (let index = 0; index < 55; index++)
        properties.setProperty(`k${String(index).padStart(2, "0")}`, "x".repeat(9000));
      // Two more would make 57 × 9003 = 513,171 bytes, over the quota.
      expect(() => properties.setProperties({ k55: "x".repeat(9000), k56: "x".repeat(9000) })).toThrow(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
      expect(properties.getKeys()).toHaveLength(55);
    });

    it("refuses an empty key", () => {
      expect(() => createService().service.getScriptProperties().setProperty("", "v")).toThrow(
        "Invalid argument: key",
      );
    });
  });
});
