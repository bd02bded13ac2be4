import { PipelineError } from "../../core/pipeline-error";
import { functionError } from "./function-error";

/** A range as Sheets passes it: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/**
 * A "table" argument: a range including its header row, handed to `parse`. A single cell, or a
 * table without the columns it needs, is an error naming the function and the argument.
 * @example
 * readTableArgument("LEADCONFIDENCE", "stages_table", "B2", parse); // throws "… must be a range …"
 */
export function readTableArgument<Parsed>(
  functionName: string,
  name: string,
  raw: unknown,
  parse: (grid: Grid, tab: string) => Parsed,
): Parsed {
  // Sheets passes rectangular rows; checking the first keeps a 1 000 000-row table O(1) here.
  if (!Array.isArray(raw) || !Array.isArray(raw[0])) {
    throw functionError(functionName, `argument '${name}' must be a range including its header row`);
  }
  try {
    return parse(raw as Grid, name);
  } catch (error) {
    if (!isMissingColumn(error)) throw error;
    // The parser names the tab it was given; here that "tab" is the argument.
    const message = error.message.replace(`Tab "${name}" has`, "the range has");
    throw functionError(functionName, `argument '${name}': ${message}`);
  }
}

/**
 * Runs a table parser and turns its MISSING_COLUMN error into the function's own error text;
 * any other error is a bug and goes on unchanged.
 * @example
 * translateTableError("LEADCONFIDENCE", () => parseStages(grid, options)); // throws "LEADCONFIDENCE: Tab …"
 */
export function translateTableError<Parsed>(functionName: string, parse: () => Parsed): Parsed {
  try {
    return parse();
  } catch (error) {
    if (isMissingColumn(error)) throw functionError(functionName, error.message);
    throw error;
  }
}

function isMissingColumn(error: unknown): error is PipelineError {
  return error instanceof PipelineError && error.code === "MISSING_COLUMN";
}
