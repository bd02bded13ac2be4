import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Calls one export of a scripts/build/*.mjs module in a child node (jest cannot import .mjs). */
export function runBuildModule(module: string, exportName: string, args: readonly unknown[]): unknown {
  const script = `
    import { ${exportName} } from ${JSON.stringify(join(ROOT, "scripts", "build", module))};
    const result = ${exportName}(...${JSON.stringify(args)});
    process.stdout.write(JSON.stringify(result));
  `;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(stdout);
}
