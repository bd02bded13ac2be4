import { createTextIndex } from "./text-index";

/**
 * Wraps a cell reader so each distinct text is read once: a column of 100 000 cells holds a
 * handful of distinct stage, status or type names, and the readers normalise text with regexes.
 * Non-text cells (numbers, booleans, Dates, blanks) go straight to the reader.
 * @example
 * const readStatus = memoizeText(parseStatus);
 * readStatus("Won"); // => "won" (the second "Won" is a lookup)
 */
export function memoizeText<Result>(read: (raw: unknown) => Result): (raw: unknown) => Result {
  const texts = createTextIndex();
  const results: Result[] = [];
  return (raw: unknown): Result => {
    if (typeof raw !== "string") return read(raw);
    const text = texts.find(raw);
    if (text >= 0) return results[text] as Result;
    const result = read(raw);
    texts.add(raw);
    results.push(result);
    return result;
  };
}
