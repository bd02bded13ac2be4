import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import type { LocalRuntime } from "../../src/local/runtime";
import { createSpreadsheet, type Spreadsheet } from "../../src/local/spreadsheet";
import { loadAddon } from "../helpers/load-addon";

export { CHROMIUM, launchChromium } from "../../src/local/preview/launch-chromium";

const SIDEBAR_URL = pathToFileURL(join(__dirname, "..", "..", "dist", "Sidebar.html")).href;

/** The sidebar page over the real dist/Code.js, and handles on the server side of it. */
export interface SidebarSession {
  readonly page: Page;
  readonly runtime: LocalRuntime;
  readonly spreadsheet: Spreadsheet;
  /** Every server call the page made: function name and its arguments, as they crossed. */
  readonly calls: { name: string; args: unknown[] }[];
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Holds the next calls of `name` until the returned function runs (to see the pending state). */
  hold(name: string): () => void;
}

/** google.script.run as the page sees it: chained handlers, one method per server function. */
function installScriptRunShim(functionNames: readonly string[]): void {
  type Handler = ((value: unknown) => void) | null;
  const bridge = (window as unknown as { callServer: (name: string, args: string) => Promise<string> })
    .callServer;
  const createRunner = (onSuccess: Handler, onFailure: Handler): object => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => createRunner(handler, onFailure),
      withFailureHandler: (handler: Handler) => createRunner(onSuccess, handler),
    };
    for (const name of functionNames) {
      runner[name] = (...args: unknown[]) => {
        bridge(name, JSON.stringify(args)).then(
          (json) => onSuccess?.(JSON.parse(json)),
          (error: Error) => onFailure?.(new Error(error.message)),
        );
      };
    }
    return runner;
  };
  (window as unknown as { google: object }).google = { script: { run: createRunner(null, null) } };
}

/** Opens dist/Sidebar.html in a 300 px page whose server calls run dist/Code.js on `spreadsheet`. */
export async function openSidebar(
  browser: Browser,
  spreadsheet: Spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" }),
  documentProperties: Record<string, string> = {},
): Promise<SidebarSession> {
  const { runtime } = loadAddon(spreadsheet, documentProperties);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const calls: { name: string; args: unknown[] }[] = [];
  const requests: string[] = [];
  const holds = new Map<string, Promise<void>>();
  page.on("request", (request) => requests.push(request.url()));
  await page.exposeFunction("callServer", async (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    await holds.get(name);
    // Apps Script hands the page a JSON copy of the answer; undefined arrives as null.
    return JSON.stringify(runtime.call(name, ...args) ?? null);
  });
  const serverFunctions = runtime.globalNames().filter((name) => !name.endsWith("_"));
  await page.addInitScript(installScriptRunShim, serverFunctions);
  await page.goto(SIDEBAR_URL);
  const hold = (name: string) => {
    let release = () => {};
    holds.set(name, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      holds.delete(name);
      release();
    };
  };
  return { page, runtime, spreadsheet, calls, requests, hold };
}

/** The text of the figure labelled exactly `label` in the result card, or null when there is none. */
export function readFigure(page: Page, label: string): Promise<string | null> {
  return page.evaluate((wanted) => {
    const rows = Array.from(document.querySelectorAll("#result .figures tr"));
    const row = rows.find((candidate) => candidate.querySelector("th")?.textContent === wanted);
    return row?.querySelector("td")?.textContent ?? null;
  }, label);
}
