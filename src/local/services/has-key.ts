/** Whether `key` is an own enumerable property of `record` (Object.hasOwn is not in the ES2021 lib). */
export function hasKey(record: object, key: unknown): boolean {
  return typeof key === "string" && Object.keys(record).includes(key);
}
