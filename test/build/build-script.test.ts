import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const REAL_CODE_JS = join(ROOT, "dist", "Code.js");

/** `node scripts/build.mjs ARGS`, as `npm run build` runs it. */
function runBuild(args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(path: string): { mtimeMs: number; text: string } {
  return { mtimeMs: statSync(path).mtimeMs, text: readFileSync(path, "utf8") };
}

describe("scripts/build.mjs", () => {
  it("logs to stderr only, so stdout stays clean for the bench's --json", () => {
    const out = mkdtempSync(join(tmpdir(), "pc-build-"));
    const { status, stdout, stderr } = runBuild(["--out", out]);
    expect({ status, stdout }).toEqual({ status: 0, stdout: "" });
    expect(stderr).toMatch(/Code\.js [\d.]+ KB/);
    expect(existsSync(join(out, "dist", "Code.js"))).toBe(true);
  });
});

describe("bad input", () => {
  it("exits non-zero naming a hidden export, and leaves dist/ as it was", () => {
    const folder = mkdtempSync(join(tmpdir(), "pc-bad-entry-"));
    const entry = join(folder, "entry.ts");
    writeFileSync(entry, "/** A helper. */\nexport function helper_(): number {\n  return 1;\n}\n");
    const before = snapshot(REAL_CODE_JS);
    const { status, stdout, stderr } = runBuild(["--entry", entry]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('build failed: export "helper_": Apps Script hides names ending in "_"');
    expect(snapshot(REAL_CODE_JS)).toEqual(before);
  });

  it("exits non-zero on an unknown option, before building anything", () => {
    const out = mkdtempSync(join(tmpdir(), "pc-build-"));
    const { status, stderr } = runBuild(["--out", out, "--minify"]);
    expect(status).toBe(1);
    expect(stderr).toContain('unknown option "--minify"');
    expect(existsSync(join(out, "dist"))).toBe(false);
  });
});
