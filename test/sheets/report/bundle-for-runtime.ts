import { join } from "node:path";
import { buildSync } from "esbuild";

const SOURCE_ROOT = join(__dirname, "..", "..", "..", "src");

/**
 * Bundles a small entry (TypeScript, imports relative to src/) the way scripts/build.mjs bundles
 * src/entry.ts, with a top-level wrapper per function, so it runs in the local runtime's vm.
 */
export function bundleForRuntime(entry: string, functionNames: readonly string[]): string {
  const result = buildSync({
    stdin: { contents: entry, resolveDir: SOURCE_ROOT, loader: "ts", sourcefile: "test-entry.ts" },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "TestBundle",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    logLevel: "silent",
  });
  const wrappers = functionNames.map(
    (name) => `function ${name}(...args) { return TestBundle.${name}(...args); }`,
  );
  return [result.outputFiles[0]?.text ?? "", ...wrappers].join("\n");
}
