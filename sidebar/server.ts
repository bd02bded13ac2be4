// google.script.run wrapped in a promise. Every server function answers
// { ok: true, result } | { ok: false, code, message }; a failure handler means the call itself broke.
import type { ApiResponse } from "../src/sheets/api/respond";

interface ServerRunner {
  withSuccessHandler(handler: (value: unknown) => void): ServerRunner;
  withFailureHandler(handler: (error: Error) => void): ServerRunner;
  [functionName: string]: unknown;
}
declare const google: { script: { run: ServerRunner } };

/** The server functions the sidebar calls (exported by src/entry.ts). */
export type ServerFunction =
  | "apiScoreLeads"
  | "apiRunReport"
  | "apiSetUpSampleSheet"
  | "apiGetSettings"
  | "apiSaveSettings";

/** Calls a server function with plain-JSON arguments (dates as YYYY-MM-DD strings). */
export function callServer<T>(functionName: ServerFunction, ...args: unknown[]): Promise<ApiResponse<T>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ApiResponse<T>))
      .withFailureHandler(reject);
    const method = runner[functionName];
    if (typeof method !== "function") {
      reject(new Error(`The add-on has no server function ${functionName}.`));
      return;
    }
    method.apply(runner, args);
  });
}

/** What a failure handler got, as a sentence for the user. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
