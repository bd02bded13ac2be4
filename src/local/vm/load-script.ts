import { type Context, Script } from "node:vm";

// A contextified global answers every lookup through an interceptor, which makes each use of
// Math, Date, Array… inside node:vm many times slower than in V8 itself (Apps Script included).
// Binding the builtins as script-scope constants, on the script's first line so that line numbers
// stay as they are, gives the code V8's ordinary speed without changing what it can reach.
const BUILTINS = [
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Boolean",
  "DataView",
  "Date",
  "Error",
  "EvalError",
  "Float32Array",
  "Float64Array",
  "Int8Array",
  "Int16Array",
  "Int32Array",
  "Intl",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Promise",
  "Proxy",
  "RangeError",
  "ReferenceError",
  "Reflect",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "Uint8Array",
  "Uint16Array",
  "Uint32Array",
  "URIError",
  "WeakMap",
  "WeakSet",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
];
const BUILTIN_BINDINGS = `const { ${BUILTINS.join(", ")} } = globalThis; `;

/** Compiles and runs the script's top level in the context, as Apps Script does when it loads a project. */
export function loadScript(code: string, context: Context, filename = "Code.js"): void {
  let script: Script;
  try {
    script = new Script(`${BUILTIN_BINDINGS}${code}`, { filename });
  } catch (error) {
    throw new Error(`${filename} could not be loaded: ${describeError(error, filename)}`);
  }
  try {
    script.runInContext(context);
  } catch (error) {
    throw new Error(`${filename} failed while loading: ${describeError(error, filename)}`);
  }
}

/** Brings an error thrown in the vm realm home: a host Error with the same name, message and `code`. */
export function toHostError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error === null || typeof error !== "object") return new Error(String(error));
  const { name, message, code, stack } = error as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    stack?: unknown;
  };
  const copy = new Error(String(message ?? error)) as Error & { code?: unknown };
  if (typeof name === "string") copy.name = name;
  if (code !== undefined) copy.code = code;
  if (typeof stack === "string") copy.stack = stack;
  return copy;
}

// The stack names the line of Code.js at fault, which the message alone does not.
function describeError(error: unknown, filename: string): string {
  const hostError = toHostError(error);
  const stack = hostError.stack ?? "";
  const location = stack
    .split("\n")
    .find((line) => line.includes(`${filename}:`))
    ?.trim();
  return `${hostError.name}: ${hostError.message}${location ? ` (${location})` : ""}`;
}
