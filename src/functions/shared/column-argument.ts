import { functionError } from "./function-error";

/** One argument of a custom function, read as a column of cells (without copying the range). */
export interface ColumnArgument {
  /** The parameter name Sheets shows (snake_case), for error messages. */
  readonly name: string;
  /** The range's rows of one cell each; null for a single value (or an omitted argument). */
  readonly rows: readonly (readonly unknown[])[] | null;
  /** The single value when `rows` is null. */
  readonly single: unknown;
  /** Row count: the range's, or 1. */
  readonly length: number;
}

/**
 * Reads an argument as Sheets passes it: a single value, or a one-column range (rows of one
 * cell). An omitted argument is one `undefined` cell, which every cell reader treats as blank.
 * Only the first row's width is checked: Sheets ranges are rectangular.
 * @example
 * readColumnArgument("WINRATE", "statuses", [["won"], ["lost"]]).length; // => 2
 */
export function readColumnArgument(functionName: string, name: string, raw: unknown): ColumnArgument {
  if (!Array.isArray(raw)) return { name, rows: null, single: raw, length: 1 };
  const first: unknown = raw[0];
  if (raw.length > 0 && (!Array.isArray(first) || first.length !== 1)) {
    const shape = Array.isArray(first) ? `it has ${first.length} columns` : "it is not a range";
    throw functionError(
      functionName,
      `argument '${name}' must be a single cell or a single column (${shape})`,
    );
  }
  return { name, rows: raw, single: undefined, length: raw.length };
}

/**
 * Like readColumnArgument, but an omitted argument is an error naming it.
 * @example
 * readRequiredColumnArgument("WINRATE", "statuses", undefined); // throws "WINRATE: argument 'statuses' is required"
 */
export function readRequiredColumnArgument(functionName: string, name: string, raw: unknown): ColumnArgument {
  if (raw === undefined) throw functionError(functionName, `argument '${name}' is required`);
  return readColumnArgument(functionName, name, raw);
}
