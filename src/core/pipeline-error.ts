/** Stable codes for broken invariants; a code survives the trip to the sidebar, `instanceof` does not. */
export type PipelineErrorCode =
  | "MISSING_TAB"
  | "MISSING_COLUMN"
  | "BAD_ARGUMENT"
  | "BAD_SETTINGS"
  | "BUSY"
  | "NOT_FOUND";

/** The one error type thrown for broken invariants (bad rows are data issues, never errors). */
export class PipelineError extends Error {
  readonly code: PipelineErrorCode;

  constructor(code: PipelineErrorCode, message: string) {
    super(message);
    this.name = "PipelineError";
    this.code = code;
  }
}
