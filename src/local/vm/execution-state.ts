import type { LockHolder } from "../services/lock";
import type { AuthModeName } from "../services/script-enums";
import { refuseCall } from "./refuse-call";

/** What changes from one execution to the next: its auth mode, its identity (for locks), the call count. */
export interface ExecutionState {
  mode: AuthModeName;
  execution: LockHolder;
  calls: Record<string, number>;
}

export function createExecutionState(): ExecutionState {
  return { mode: "FULL", execution: Symbol("load"), calls: {} };
}

/** Counts a service call, then refuses it if the execution's auth mode does not allow it. */
export function recordCall(state: ExecutionState, className: string, method: string): void {
  // String(range) is JavaScript asking for a name, not a call to the service.
  if (method === "toString") return;
  const key = `${className}.${method}`;
  state.calls[key] = (state.calls[key] ?? 0) + 1;
  const refusal = refuseCall(state.mode, className, method);
  if (refusal !== null) throw new Error(refusal);
}
