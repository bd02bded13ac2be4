import { CacheService } from "../../../src/local/services/cache-service";
import { createClock } from "../../../src/local/services/clock";

function createCache() {
  let now = 1_000_000;
  const clock = createClock(() => now);
  const service = new CacheService(clock);
  return { cache: service.getScriptCache(), service, pass: (ms: number) => (now += ms) };
}

describe("Cache", () => {
  it("returns null for a key never put", () => {
    expect(createCache().cache.get("missing")).toBeNull();
  });

  it("stores values as strings", () => {
    const { cache } = createCache();
    cache.put("n", 42);
    expect(cache.get("n")).toBe("42");
  });

  it("keeps a value 600 seconds by default, then forgets it", () => {
    const { cache, pass } = createCache();
    cache.put("k", "v");
    pass(599_999);
    expect(cache.get("k")).toBe("v");
    pass(1);
    expect(cache.get("k")).toBeNull();
  });

  it("keeps a value for the seconds given", () => {
    const { cache, pass } = createCache();
    cache.put("k", "v", 5);
    pass(5_000);
    expect(cache.get("k")).toBeNull();
  });

  it("never keeps a value longer than 21600 seconds (6 hours)", () => {
    const { cache, pass } = createCache();
    cache.put("k", "v", 100_000);
    pass(21_600_000);
    expect(cache.get("k")).toBeNull();
  });

  it("puts and gets many at once, leaving out what is absent", () => {
    const { cache } = createCache();
    cache.putAll({ a: "1", b: "2" });
    expect(cache.getAll(["a", "b", "c"])).toEqual({ a: "1", b: "2" });
  });

  it("removes one key and many keys", () => {
    const { cache } = createCache();
    cache.putAll({ a: "1", b: "2", c: "3" });
    cache.remove("a");
    cache.removeAll(["b"]);
    expect(cache.getAll(["a", "b", "c"])).toEqual({ c: "3" });
  });

  it("keeps the document, script and user caches apart", () => {
    const { service } = createCache();
    service.getDocumentCache().put("k", "document");
    expect(service.getUserCache().get("k")).toBeNull();
    expect(service.getDocumentCache().get("k")).toBe("document");
  });

  describe("bad input", () => {
    it("refuses a key over 250 characters", () => {
      expect(() => createCache().cache.put("k".repeat(251), "v")).toThrow("Argument too large: key");
    });

    it("refuses a value over 100 KB", () => {
      // 100 KB = 100 × 1024 = 102,400 bytes.
      expect(() => createCache().cache.put("k", "x".repeat(102_401))).toThrow("Argument too large: value");
      expect(() => createCache().cache.put("k", "x".repeat(102_400))).not.toThrow();
    });

    it("refuses an expiration under one second", () => {
      expect(() => createCache().cache.put("k", "v", 0)).toThrow("Invalid argument: expirationInSeconds");
    });
  });
});
