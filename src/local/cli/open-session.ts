import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLocalRuntime, type LocalRuntime } from "../runtime";
import type { Spreadsheet } from "../spreadsheet";
import { loadWorkbook } from "../xlsx/load-workbook";
import { saveWorkbook } from "../xlsx/save-workbook";
import { packageRoot } from "./package-root";

/** A workbook opened in the local runtime, running the built dist/Code.js. */
export interface WorkbookSession {
  readonly path: string;
  readonly spreadsheet: Spreadsheet;
  readonly runtime: LocalRuntime;
  /** Saves the spreadsheet and the document properties back to `path` (atomically). */
  save(): Promise<void>;
}

/** The built add-on: the exact files `clasp push` uploads. */
export function readBuiltAddon(): { code: string; htmlFiles: Record<string, string> } {
  const dist = join(packageRoot(), "dist");
  const codePath = join(dist, "Code.js");
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run "npm run build" first`);
  const sidebarPath = join(dist, "Sidebar.html");
  const htmlFiles: Record<string, string> = {};
  if (existsSync(sidebarPath)) htmlFiles.Sidebar = readFileSync(sidebarPath, "utf8");
  return { code: readFileSync(codePath, "utf8"), htmlFiles };
}

/** Opens a workbook file in a fresh runtime. */
export async function openSession(path: string, runtimeSpreadsheet?: Spreadsheet): Promise<WorkbookSession> {
  const workbook = runtimeSpreadsheet
    ? { spreadsheet: runtimeSpreadsheet, documentProperties: {} }
    : await loadWorkbook(path);
  const { code, htmlFiles } = readBuiltAddon();
  const runtime = createLocalRuntime(code, workbook, { htmlFiles });
  return {
    path,
    spreadsheet: workbook.spreadsheet,
    runtime,
    save: () =>
      saveWorkbook(path, {
        spreadsheet: workbook.spreadsheet,
        documentProperties: runtime.documentProperties(),
      }),
  };
}

/** Calls a server function of Code.js that answers `{ ok, result | code, message }`; a refusal throws. */
export function callApi<T>(runtime: LocalRuntime, name: string, ...args: unknown[]): T {
  const response = runtime.call(name, ...args) as {
    ok: boolean;
    result?: T;
    code?: string;
    message?: string;
  };
  if (!response.ok) throw new Error(response.message ?? `${name} failed (${response.code ?? "no code"})`);
  return response.result as T;
}
