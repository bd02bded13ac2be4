import { isDatePattern } from "./date-pattern";
import type { LayerRow } from "./grid-layer";

/**
 * What a number format makes of a cell's value when a script reads it. Sheets stores dates as
 * serial numbers: the format alone decides whether getValues hands over a Date or a number.
 */
export const FormatKind = {
  /** Automatic, plain text or no format: the value reads as it was written. */
  keep: 0,
  /** A date or time format: a number reads as the date of that serial. */
  date: 1,
  /** An explicit number format ("0.00", "0%"…): a date reads as its serial number. */
  number: 2,
} as const;
export type FormatKind = (typeof FormatKind)[keyof typeof FormatKind];

// Patterns repeat across a sheet: classify each once. Bounded, as patterns are arbitrary text.
const MAX_KNOWN_PATTERNS = 4096;
const knownPatterns = new Map<string, FormatKind>();
// Shared format rows are frozen, hence never change: their kinds can be kept as long as they live.
const frozenRowKinds = new WeakMap<LayerRow<string>, Uint8Array | null>();

/** True for Sheets' "Automatic" format, whichever way a script spells it. */
export function isAutomaticFormat(pattern: string | undefined): boolean {
  return (
    pattern === undefined || pattern === "" || /^general$/i.test(pattern) || pattern === "0.###############"
  );
}

/** How a cell with this number format types its value on read (see FormatKind). */
export function classifyFormat(pattern: string | undefined): FormatKind {
  if (pattern === undefined) return FormatKind.keep;
  let kind = knownPatterns.get(pattern);
  if (kind === undefined) {
    if (isAutomaticFormat(pattern) || pattern === "@") kind = FormatKind.keep;
    else kind = isDatePattern(pattern) ? FormatKind.date : FormatKind.number;
    if (knownPatterns.size >= MAX_KNOWN_PATTERNS) knownPatterns.clear();
    knownPatterns.set(pattern, kind);
  }
  return kind;
}

/**
 * The kind of every cell of a format row, or null when none of them retypes a value (the common
 * case, which lets a read copy that row's values in its plain loop).
 */
export function classifyFormatRow(formats: LayerRow<string>): Uint8Array | null {
  const frozen = Object.isFrozen(formats);
  if (frozen) {
    const known = frozenRowKinds.get(formats);
    if (known !== undefined) return known;
  }
  let kinds: Uint8Array | null = null;
  for (let column = 0; column < formats.length; column++) {
    const kind = classifyFormat(formats[column]);
    if (kind === FormatKind.keep) continue;
    kinds ??= new Uint8Array(formats.length);
    kinds[column] = kind;
  }
  if (frozen) frozenRowKinds.set(formats, kinds);
  return kinds;
}
