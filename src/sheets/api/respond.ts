import { PipelineError } from "../../core/pipeline-error";

/** What every server function called by the sidebar or the CLI returns: plain JSON. */
export type ApiResponse<T> =
  | { readonly ok: true; readonly result: T }
  | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * Runs one server call and translates its error, in this one place, into a response the
 * sidebar can show: a PipelineError keeps its code; anything else is INTERNAL with its message.
 */
export function respond<T>(run: () => T): ApiResponse<T> {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof PipelineError) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: "INTERNAL", message };
  }
}
