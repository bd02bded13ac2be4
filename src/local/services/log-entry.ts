import { inspect } from "node:util";

/** One line the script logged, through Logger or console. */
export interface LogEntry {
  readonly source: "Logger" | "console";
  readonly level: "DEBUG" | "INFO" | "WARNING" | "ERROR";
  readonly message: string;
}

/** Renders a logged value the way a reader expects: strings bare, everything else as data. */
export function renderLogValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "object" && value !== null) return inspect(value, { depth: 4, breakLength: Infinity });
  return String(value);
}
