import type { Clock } from "./clock";

/** Apps Script's documented Cache limits. */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;

interface CacheEntry {
  readonly value: string;
  readonly expiresAt: number;
}

/** Apps Script's Cache: string values that expire on the runtime's clock. */
export class Cache {
  constructor(
    private readonly entries: Map<string, CacheEntry>,
    private readonly clock: Clock,
  ) {}

  get(key: string): string | null {
    const entry = this.entries.get(requireKey(key));
    if (entry === undefined) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  getAll(keys: readonly string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of requireKeys(keys)) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: unknown, expirationInSeconds: number = CACHE_DEFAULT_SECONDS): void {
    const entry = this.toEntry(value, expirationInSeconds);
    this.entries.set(requireKey(key), entry);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds: number = CACHE_DEFAULT_SECONDS): void {
    if (typeof values !== "object" || values === null) throw new Error("Invalid argument: values");
    const entries = Object.entries(values).map(
      ([key, value]) => [requireKey(key), this.toEntry(value, expirationInSeconds)] as const,
    );
    for (const [key, entry] of entries) this.entries.set(key, entry);
  }

  remove(key: string): void {
    this.entries.delete(requireKey(key));
  }

  removeAll(keys: readonly string[]): void {
    for (const key of requireKeys(keys)) this.entries.delete(key);
  }

  toString(): string {
    return "Cache";
  }

  private toEntry(value: unknown, expirationInSeconds: number): CacheEntry {
    const text = String(value);
    if (Buffer.byteLength(text, "utf8") > CACHE_VALUE_LIMIT_BYTES)
      throw new Error("Argument too large: value");
    if (typeof expirationInSeconds !== "number" || !(expirationInSeconds >= 1)) {
      throw new Error("Invalid argument: expirationInSeconds");
    }
    // The documented maximum is a ceiling on how long Apps Script keeps a value, not an error.
    const seconds = Math.min(expirationInSeconds, CACHE_MAX_SECONDS);
    return { value: text, expiresAt: this.clock.now() + seconds * 1000 };
  }
}

function requireKey(key: unknown): string {
  if (typeof key !== "string" || key === "") throw new Error("Invalid argument: key");
  if (key.length > CACHE_KEY_LIMIT) throw new Error("Argument too large: key");
  return key;
}

function requireKeys(keys: unknown): string[] {
  if (!Array.isArray(keys)) throw new Error("Invalid argument: keys");
  return keys.map(requireKey);
}
