import type { AuthModeName } from "../services/script-enums";
import type { Sandbox } from "./create-sandbox";
import type { Services } from "./create-services";
import type { ExecutionState } from "./execution-state";
import { toHostError } from "./load-script";

/** Runs one global function as one Apps Script execution. */
export type Execute = (authMode: AuthModeName, name: string, args: readonly unknown[]) => unknown;

/**
 * Each execution gets its own auth mode, lock identity and Logger text; its locks are freed when it
 * ends, arguments are copied in, the result is copied out and errors come home as host Errors.
 */
export function createExecutor(sandbox: Sandbox, services: Services, state: ExecutionState): Execute {
  return (authMode, name, args) => {
    const entry: unknown = sandbox.context[name];
    if (typeof entry !== "function") throw new Error(`Script function not found: ${name}`);
    const previous = { mode: state.mode, execution: state.execution };
    state.mode = authMode;
    state.execution = Symbol(name);
    services.logger.clear();
    try {
      const vmArgs = args.map((arg) => sandbox.toVm(arg));
      return sandbox.toHost(Reflect.apply(entry, undefined, vmArgs));
    } catch (error) {
      throw toHostError(error);
    } finally {
      services.locks.releaseAll(state.execution);
      state.mode = previous.mode;
      state.execution = previous.execution;
    }
  };
}
