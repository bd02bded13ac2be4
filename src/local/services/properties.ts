/** Apps Script's documented Properties quotas: 9 KB per value, 500 KB per store (keys and values). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const STORE_FULL_MESSAGE =
  "You have exceeded the property storage quota. Please remove some properties and try again.";

/** Apps Script's Properties: a string → string store (values are converted with String()). */
export class Properties {
  constructor(private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.store.get(requireKey(key)) ?? null;
  }

  setProperty(key: string, value: unknown): Properties {
    const next = new Map(this.store);
    next.set(requireKey(key), toStoredValue(value));
    this.commit(next);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (typeof properties !== "object" || properties === null)
      throw new Error("Invalid argument: properties");
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [key, value] of Object.entries(properties)) next.set(requireKey(key), toStoredValue(value));
    this.commit(next);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(requireKey(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  toString(): string {
    return "Properties";
  }

  // All or nothing, as a failed Apps Script call leaves the store unchanged.
  private commit(next: Map<string, string>): void {
    let total = 0;
    for (const [key, value] of next) total += byteLength(key) + byteLength(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw new Error(STORE_FULL_MESSAGE);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}

function requireKey(key: unknown): string {
  if (typeof key !== "string" || key === "") throw new Error("Invalid argument: key");
  return key;
}

function toStoredValue(value: unknown): string {
  const text = String(value);
  if (byteLength(text) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error("Argument too large: value");
  return text;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
