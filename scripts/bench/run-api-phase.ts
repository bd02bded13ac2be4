import type { LocalRuntime } from "../../src/local/runtime";

/** What every sidebar/CLI global returns. */
type ApiResponse = { ok: true; result: unknown } | { ok: false; code: string; message: string };

/**
 * Calls one API global of Code.js and turns its answer into a phase status: "ok",
 * "missing: <global>" when Code.js does not define it yet, or "error: <code>: <message>".
 * A global that throws instead of answering { ok: false } is a bug the bench reports as "threw".
 */
export function runApiPhase(runtime: LocalRuntime, globalName: string, request: object): string {
  if (!runtime.globalNames().includes(globalName)) return `missing: ${globalName}`;
  let response: ApiResponse;
  try {
    response = runtime.call(globalName, request) as ApiResponse;
  } catch (error) {
    console.error(error);
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (response.ok) return "ok";
  return `error: ${response.code}: ${response.message}`;
}
