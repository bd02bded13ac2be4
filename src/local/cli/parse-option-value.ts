import { type OptionSpec, UsageError } from "./command-spec";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}-Q[1-4]$/;

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks one option's text against its kind and returns the typed value. */
export function parseOptionValue(spec: OptionSpec, text: string): string | number {
  const flag = `--${spec.name}`;
  switch (spec.kind) {
    case "integer":
      if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number (got "${text}")`);
      return Number(text);
    case "number": {
      const value = Number(text);
      if (text.trim() === "" || !Number.isFinite(value))
        throw new UsageError(`${flag} must be a number (got "${text}")`);
      return value;
    }
    case "date":
      if (!DATE.test(text) || !isRealDate(text))
        throw new UsageError(`${flag} must be a date YYYY-MM-DD (got "${text}")`);
      return text;
    case "period":
      if (!PERIOD.test(text))
        throw new UsageError(`${flag} must be a quarter YYYY-Qn, e.g. 2026-Q4 (got "${text}")`);
      return text;
    default:
      return text;
  }
}
