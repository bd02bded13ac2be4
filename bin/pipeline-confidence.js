#!/usr/bin/env node
// The CLI lives in build/cli.js, bundled by `npm run build` (`npm run demo` builds it too).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "build", "cli.js");
if (!existsSync(cli)) {
  console.error("pipeline-confidence: build/cli.js is missing. Run `npm run build` first.");
  process.exit(1);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
