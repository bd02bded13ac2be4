import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../../..");

/** The commands of package.json's demo script, the README's main job, minus its build step. */
function demoCommands(): string[][] {
  const scripts = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const demo = scripts.demo ?? "";
  return demo
    .split("&&")
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words.join(" ") !== "npm run build");
}

describe("npm run demo (the README's main job)", () => {
  it("runs every command of the script successfully and writes the scored workbook", () => {
    const folder = mkdtempSync(join(tmpdir(), "pc-npm-demo-"));
    const commands = demoCommands();
    expect(commands.length).toBeGreaterThan(0);
    let printed = "";
    for (const [program, script, ...args] of commands) {
      // each remaining step runs the built CLI with node; a non-zero exit throws here
      expect(program).toBe("node");
      printed += execFileSync(process.execPath, [join(root, script ?? ""), ...args], {
        cwd: folder,
        encoding: "utf8",
      });
    }
    expect(existsSync(join(folder, "demo.xlsx"))).toBe(true);
    expect(printed).toMatch(/400 leads scored/);
    expect(printed).toMatch(/Weighted pipeline: [\d,]+/);
    expect(printed).toMatch(/Report tabs: Funnel, Forecast, Hot Leads/);
  }, 120_000);
});
