import { createClock } from "../../src/local/services/clock";
import { Charts, createSpreadsheetApp, type Spreadsheet } from "../../src/local/spreadsheet";
import { createSandbox } from "../../src/local/vm/create-sandbox";
import { createServices } from "../../src/local/vm/create-services";
import { loadScript } from "../../src/local/vm/load-script";

/** Calls Code.js globals with arguments already copied into its realm, as Sheets does. */
export interface InRealmCaller {
  /** Copies host values into the script's realm, once, outside any timing. */
  prepare(args: readonly unknown[]): unknown[];
  /** Calls a global with prepared arguments; the result stays in the script's realm. */
  call(name: string, preparedArgs: readonly unknown[]): unknown;
}

const EXECUTION = Symbol("bench");

/**
 * Loads Code.js into its own vm context wired like the local runtime's (the same services
 * behind the same bridge), but lets the bench keep arguments inside the realm between calls,
 * which `LocalRuntime.callCustomFunction` cannot: it copies them in on every call.
 */
export function createInRealmCaller(
  code: string,
  spreadsheet: Spreadsheet,
  documentProperties: Readonly<Record<string, string>>,
): InRealmCaller {
  const services = createServices({
    clock: createClock(),
    htmlFiles: {},
    documentProperties,
    addonName: "Pipeline Confidence",
    execution: () => EXECUTION,
    userEmail: "bench@example.com",
    timeZone: "Etc/UTC",
    locale: "en",
  });
  const sandbox = createSandbox(() => undefined);
  // The local Ui speaks Apps Script's API with string enums, which the typings declare as TS enums.
  sandbox.defineGlobal(
    "SpreadsheetApp",
    createSpreadsheetApp(spreadsheet, services.ui as unknown as GoogleAppsScript.Base.Ui),
  );
  sandbox.defineGlobal("Charts", Charts);
  for (const [name, service] of Object.entries(services.globals)) sandbox.defineGlobal(name, service);
  loadScript(code, sandbox.context);
  return {
    prepare: (args) => args.map((arg) => sandbox.toVm(arg)),
    call(name, preparedArgs) {
      const entry: unknown = sandbox.context[name];
      if (typeof entry !== "function") throw new Error(`bench: Code.js has no global ${name}`);
      return Reflect.apply(entry, undefined, preparedArgs);
    },
  };
}
