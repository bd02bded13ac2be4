import { normalizeKey } from "./normalize-key";

// Words that mean "not done yet". Everything else non-blank (TRUE, yes, done, x, ✓, a date)
// means done, because people tick activities off in many ways but rarely write "no" for done.
const NOT_DONE = new Set([
  "false",
  "no",
  "n",
  "0",
  "not done",
  "pending",
  "planned",
  "scheduled",
  "to do",
  "todo",
  "not started",
  "cancelled",
  "canceled",
  "✗",
  "✘",
]);

/**
 * A Completed cell: null when blank, false for "not done" words, true for anything else.
 * Booleans as is; numbers: 0 → false, others true; Dates → true.
 * @example
 * parseCompleted("Done"); // => true
 * parseCompleted("Planned"); // => false
 */
export function parseCompleted(raw: unknown): boolean | null {
  if (typeof raw === "boolean") return raw;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return raw !== 0;
  if (typeof raw !== "string") return true;
  const key = normalizeKey(raw);
  if (key === "") return null;
  return !NOT_DONE.has(key);
}
