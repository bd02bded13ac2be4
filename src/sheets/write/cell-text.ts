/** Sheets refuses cells longer than this many characters. */
const MAX_CELL_CHARS = 50000;

/**
 * Makes sheet-originated text safe to pass to Range.setValues, which reads strings as if a user
 * typed them: "=…" becomes a formula, "123", "TRUE", "60%", "Jan 5", "12:30", "$5" become numbers,
 * booleans, dates. Which strings Sheets converts depends on the locale and grows with every
 * release, so rather than guess, EVERY non-empty string gets a leading apostrophe: Sheets stores
 * the rest verbatim as text and the apostrophe itself is never part of the value (getValues
 * returns the original string). A string that itself starts with an apostrophe keeps it.
 * @example toCellText("=HYPERLINK(\"x\")") // => "'=HYPERLINK(\"x\")"
 */
export function toCellText(text: string): string {
  if (text === "") return "";
  const fitted = text.length >= MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS - 1) : text;
  return `'${fitted}`;
}
