import { createClock } from "../services/clock";
import { createExecutor } from "./create-executor";
import { createSandbox, type Sandbox } from "./create-sandbox";
import { createServices, type Services } from "./create-services";
import { createExecutionState, type ExecutionState, recordCall } from "./execution-state";
import { loadScript } from "./load-script";
import type { LocalRuntime, LocalRuntimeOptions } from "./local-runtime";
import {
  type EditableSpreadsheet,
  simulateEdit,
  simulateOpen,
  simulatePaste,
  type UserWorld,
} from "./simulate-user";

export type { EditableSpreadsheet } from "./simulate-user";

/** The Spreadsheet service the runtime runs the script against. */
export interface SpreadsheetHost<S extends EditableSpreadsheet> {
  readonly spreadsheet: S;
  readonly documentProperties: Readonly<Record<string, string>>;
  /** Builds SpreadsheetApp; `ui` is what SpreadsheetApp.getUi() returns. */
  createSpreadsheetApp(ui: object): object;
  readonly charts: object;
}

/** Loads `code` in a bare vm context whose globals are the Apps Script services, all counted. */
export function createScriptRuntime<S extends EditableSpreadsheet>(
  code: string,
  host: SpreadsheetHost<S>,
  options: LocalRuntimeOptions = {},
): LocalRuntime {
  const state = createExecutionState();
  const userEmail = options.userEmail ?? "user@example.com";
  const services = createServices({
    clock: createClock(options.clock),
    htmlFiles: options.htmlFiles ?? {},
    documentProperties: host.documentProperties,
    addonName: options.addonName ?? "Pipeline Confidence",
    execution: () => state.execution,
    userEmail,
    timeZone: options.timeZone ?? "Etc/UTC",
    locale: options.locale ?? "en",
  });
  const sandbox = createSandbox((className, method) => recordCall(state, className, method));
  const injected = installGlobals(sandbox, host, services);
  loadScript(code, sandbox.context);
  const hasFunction = (name: string) => typeof sandbox.context[name] === "function";
  const world: UserWorld = {
    execute: createExecutor(sandbox, services, state),
    hasFunction,
    spreadsheet: host.spreadsheet,
    userEmail,
  };
  const globalNames = () =>
    Object.keys(sandbox.context).filter((name) => !injected.has(name) && hasFunction(name));
  return assembleRuntime(world, services, state, globalNames);
}

function installGlobals(
  sandbox: Sandbox,
  host: SpreadsheetHost<EditableSpreadsheet>,
  services: Services,
): Set<string> {
  sandbox.defineGlobal("SpreadsheetApp", host.createSpreadsheetApp(services.ui));
  sandbox.defineGlobal("Charts", host.charts);
  for (const [name, service] of Object.entries(services.globals)) sandbox.defineGlobal(name, service);
  return new Set(["SpreadsheetApp", "Charts", ...Object.keys(services.globals)]);
}

function assembleRuntime(
  world: UserWorld,
  services: Services,
  state: ExecutionState,
  globalNames: () => string[],
): LocalRuntime {
  return {
    call: (name, ...args) => world.execute("FULL", name, args),
    callCustomFunction: (name, ...args) => world.execute("CUSTOM_FUNCTION", name, args),
    simulateOpen: (authMode) => simulateOpen(world, authMode),
    simulateEdit: (sheetName, a1, newValue) => simulateEdit(world, sheetName, a1, newValue),
    simulatePaste: (sheetName, a1, values) => simulatePaste(world, sheetName, a1, values),
    get calls() {
      return state.calls;
    },
    resetCalls: () => {
      state.calls = {};
    },
    totalCalls: () => Object.values(state.calls).reduce((total, count) => total + count, 0),
    ui: services.ui,
    logs: services.logs,
    documentProperties: () => Object.fromEntries(services.stores.document),
    holdDocumentLock() {
      const otherExecution = Symbol("another execution");
      if (!services.locks.acquire("document", otherExecution))
        throw new Error("The document lock is already held.");
      return () => services.locks.release("document", otherExecution);
    },
    globalNames,
    triggers: () => [...services.scriptApp.triggers],
  };
}
