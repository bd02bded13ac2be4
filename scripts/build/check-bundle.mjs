// Loads the finished Code.js in a bare node:vm context whose Apps Script services throw when
// touched, and compares its globals before and after: loading must define the bundle's namespace
// and the wrappers and do nothing else (Apps Script evaluates Code.js on every call, custom
// functions included, so a top-level side effect runs everywhere).
import { createRequire } from "node:module";
import { join } from "node:path";
import vm from "node:vm";
import * as esbuild from "esbuild";

const SERVICES = [
  "SpreadsheetApp",
  "Charts",
  "HtmlService",
  "PropertiesService",
  "CacheService",
  "LockService",
  "Session",
  "Utilities",
  "ScriptApp",
  "Logger",
  "console",
  "Browser",
  "DriveApp",
  "UrlFetchApp",
];

// Globals a bundled dependency sets on purpose, each an object (never a function Apps Script
// would list): zod/v4/core keeps its config on globalThis so copies of zod share it.
const DEPENDENCY_GLOBALS = ["__zod_globalConfig"];

function tripwire(service) {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(
          `top-level side effect: Code.js touches ${service}.${String(property)} while loading`,
        );
      },
    },
  );
}

function readMenuFunctionNames(root) {
  const result = esbuild.buildSync({
    entryPoints: [join(root, "src/sheets/menu/menu-items.ts")],
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    logLevel: "silent",
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(root),
  );
  return module.exports.MENU_ITEMS.map((item) => item.functionName);
}

export function checkBundle(code, functions, bundleGlobal, root) {
  const problems = [];
  const sandbox = Object.fromEntries(SERVICES.map((service) => [service, tripwire(service)]));
  const servicesOnly = new Set(Object.getOwnPropertyNames(sandbox));
  const context = vm.createContext(sandbox);
  try {
    vm.runInContext(code, context, { filename: "Code.js" });
  } catch (error) {
    return [error.message];
  }
  const intended = new Set([bundleGlobal, ...DEPENDENCY_GLOBALS, ...functions.map((entry) => entry.name)]);
  const stray = Object.getOwnPropertyNames(sandbox).filter(
    (name) => !servicesOnly.has(name) && !intended.has(name),
  );
  if (stray.length > 0) {
    const names = stray.map((name) => `"${name}"`).join(", ");
    problems.push(
      `top-level side effect: loading Code.js adds the global(s) ${names}, which are neither ${bundleGlobal} nor a wrapper of an export of src/entry.ts`,
    );
  }
  for (const { name } of functions) {
    if (typeof context[name] !== "function") problems.push(`global ${name} is not a function after loading`);
    if (typeof context[bundleGlobal]?.[name] !== "function") problems.push(`bundle does not export ${name}`);
  }
  const exported = new Set(functions.map((entry) => entry.name));
  for (const functionName of readMenuFunctionNames(root)) {
    if (!exported.has(functionName)) {
      problems.push(`menu item calls "${functionName}", which src/entry.ts does not export`);
    }
  }
  return problems;
}
