// The build's command line: `node scripts/build.mjs [--entry FILE] [--out DIR]`. Both exist so a
// test can build a bad entry, or build into a temporary folder, without touching dist/.
import { resolve } from "node:path";

/** @returns {{ entry: string; out: string } | { error: string }} paths resolved against `root` */
export function parseBuildOptions(args, root) {
  const options = { entry: resolve(root, "src/entry.ts"), out: root };
  for (let index = 0; index < args.length; index++) {
    const [flag, inlineValue] = args[index].split(/=(.*)/s, 2);
    if (flag !== "--entry" && flag !== "--out") {
      return { error: `unknown option "${args[index]}" (use --entry FILE, --out DIR)` };
    }
    const value = inlineValue ?? args[++index];
    if (value === undefined || value === "") return { error: `${flag} needs a path` };
    options[flag.slice(2)] = resolve(root, value);
  }
  return options;
}
