import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

describe("npm run bench -- --json", () => {
  it("prints only JSON on stdout (build/bench.js, 100 leads)", () => {
    const result = spawnSync(
      process.execPath,
      ["--expose-gc", join(ROOT, "build", "bench.js"), "--json", "--sizes", "100"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { sizes: { leads: number }[] };
    // 100 is also the bench's own call-count size, so it runs once.
    expect(report.sizes.map((size) => size.leads)).toEqual([100]);
  });

  it("builds with scripts/build.mjs directly: a nested `npm run` would print its banner on stdout", () => {
    const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(packageJson.scripts.bench).toBe("node scripts/build.mjs && node --expose-gc build/bench.js");
  });
});
