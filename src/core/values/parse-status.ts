import type { Status } from "../types";
import { normalizeKey } from "./normalize-key";

const STATUS_BY_KEY: ReadonlyMap<string, Status> = new Map<string, Status>([
  ["won", "won"],
  ["closed won", "won"],
  ["win", "won"],
  ["lost", "lost"],
  ["closed lost", "lost"],
  ["disqualified", "lost"],
  ["cancelled", "lost"],
  ["canceled", "lost"],
  ["open", "open"],
  ["active", "open"],
]);
const WORD_JOINERS = /[-_/]+/g;

/**
 * A Status cell: "won", "lost", "open", "blank" for an empty cell, "invalid" for anything else.
 * Case-, space- and hyphen-insensitive: "Closed-Won", "closed  won" and "CLOSED_WON" are won.
 * @example
 * parseStatus("Closed-Won"); // => "won"
 * parseStatus("maybe"); // => "invalid"
 */
export function parseStatus(raw: unknown): Status | "blank" | "invalid" {
  if (raw === null || raw === undefined) return "blank";
  if (typeof raw !== "string") return "invalid";
  const key = normalizeKey(raw);
  if (key === "") return "blank";
  const status = STATUS_BY_KEY.get(key) ?? STATUS_BY_KEY.get(normalizeKey(key.replace(WORD_JOINERS, " ")));
  return status ?? "invalid";
}
