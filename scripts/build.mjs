// Builds what Apps Script runs (dist/: Code.js, Sidebar.html, appsscript.json) and the local
// tools (build/: cli.js, bench.js, picture.js). Apps Script only sees top-level `function` declarations,
// so every export of src/entry.ts gets a real top-level wrapper carrying that export's JSDoc.
// Its log goes to stderr, so that stdout stays clean for tools run after it (`npm run bench --
// --json`). Options: --entry FILE (instead of src/entry.ts), --out DIR (dist/ and build/ go there).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { checkBundle } from "./build/check-bundle.mjs";
import { parseBuildOptions } from "./build/parse-build-options.mjs";
import { readEntryExports } from "./build/read-entry-exports.mjs";
import { renderWrappers } from "./build/render-wrappers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const options = parseBuildOptions(process.argv.slice(2), root);
if ("error" in options) fail(options.error);
const dist = join(options.out, "dist");
const local = join(options.out, "build");
const BUNDLE_GLOBAL = "PipelineConfidence";

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

async function bundleServer() {
  const result = await esbuild.build({
    entryPoints: [options.entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName: BUNDLE_GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    // Names are kept so that Apps Script's stack traces (and profiles) stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

async function bundleSidebar() {
  const script = await esbuild.build({
    entryPoints: [join(root, "sidebar/client.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    logLevel: "silent",
  });
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const css = readFileSync(join(root, "sidebar/styles.css"), "utf8");
  const html = readFileSync(join(root, "sidebar/sidebar.html"), "utf8");
  if (!html.includes("<!-- STYLES -->") || !html.includes("<!-- SCRIPT -->")) {
    fail("sidebar/sidebar.html must contain <!-- STYLES --> and <!-- SCRIPT --> placeholders");
  }
  return html
    .replace("<!-- STYLES -->", () => `<style>\n${css}</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>${js}</script>`);
}

function localEntryPoints() {
  const entries = {
    cli: join(root, "src/local/cli.ts"),
    bench: join(root, "scripts/bench.ts"),
    picture: join(root, "scripts/picture.ts"),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path)));
}

async function bundleLocalTools() {
  await esbuild.build({
    entryPoints: localEntryPoints(),
    outdir: local,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
}

async function main() {
  const exports = readEntryExports(options.entry);
  const problems = exports.problems;
  if (problems.length > 0) fail(problems.join("\n"));
  const bundle = await bundleServer();
  const code = `${bundle}\n${renderWrappers(exports.functions, BUNDLE_GLOBAL)}`;
  const checkProblems = checkBundle(code, exports.functions, BUNDLE_GLOBAL, root);
  if (checkProblems.length > 0) fail(checkProblems.join("\n"));
  const sidebar = await bundleSidebar();
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "Code.js"), code);
  writeFileSync(join(dist, "Sidebar.html"), sidebar);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  await bundleLocalTools();
  const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
  const shown = (file) => relative(process.cwd(), join(dist, file));
  console.error(
    `${shown("Code.js")} ${kb(code)} (${exports.functions.length} globals), ${shown("Sidebar.html")} ${kb(sidebar)}`,
  );
}

main().catch((error) => fail(error.stack ?? String(error)));
