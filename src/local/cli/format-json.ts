const SIGNIFICANT_DIGITS = 12;

/**
 * JSON for people and programs: indented, and each fraction rounded to 12 significant digits,
 * so 10 % + 5 pts prints 0.15 rather than binary noise (0.15000000000000002). Integers (money in
 * whole units, counts) and every figure a report shows are unchanged.
 * @example
 * formatJson({ confidence: 0.1 + 0.05 }); // => '{\n  "confidence": 0.15\n}'
 */
export function formatJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      typeof item === "number" && Number.isFinite(item) && !Number.isInteger(item)
        ? Number(item.toPrecision(SIGNIFICANT_DIGITS))
        : item,
    2,
  );
}
