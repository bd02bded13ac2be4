import type { CallCount } from "./bench-types";

/**
 * The `limit` most frequent service calls, most frequent first, ties by name.
 * @example rankTopCalls({ "Range.getValues": 3, "Sheet.getRange": 5 }, 1) // => [{ name: "Sheet.getRange", count: 5 }]
 */
export function rankTopCalls(calls: Readonly<Record<string, number>>, limit: number): CallCount[] {
  return Object.entries(calls)
    .map(([name, count]) => ({ name, count }))
    .sort((left, right) => right.count - left.count || left.name.localeCompare(right.name))
    .slice(0, limit);
}
