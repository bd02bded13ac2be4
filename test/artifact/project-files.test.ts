import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM } from "../sidebar/sidebar-page";

const root = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

describe("the project files a deploy and CI rely on", () => {
  it("asks Apps Script for V8 and only the current spreadsheet and container UI", () => {
    const manifest = readJson("appsscript.json");
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
    // the build ships the same manifest
    expect(readJson("dist/appsscript.json")).toEqual(manifest);
  });

  it("points clasp at dist/", () => {
    expect(readJson(".clasp.json").rootDir).toBe("dist");
  });

  it("runs npm ci, then exactly the README's test command, in CI", () => {
    const readme = read("README.md");
    const testBlock = /\*\*Run the tests\*\*[^`]*```sh\n([^\n]+)\n```/.exec(readme);
    expect(testBlock?.[1]).toBe("npm test");
    const commands = read(".ci/run")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("npm "));
    expect(commands).toEqual(["npm ci", testBlock?.[1]]);
  });

  it("checks in CI for exactly the Chromium the sidebar tests launch", () => {
    const checks = read(".ci/run")
      .split("\n")
      .filter((line) => /^\s*if\b.*chromium/.test(line))
      .map((line) => line.trim());
    expect(checks).toEqual([`if [ ! -x ${CHROMIUM} ]; then`]);
  });

  it("pins TypeScript 5.9 and keeps the type check strict", () => {
    const packageJson = readJson("package.json") as { devDependencies: Record<string, string> };
    expect(packageJson.devDependencies.typescript).toMatch(/^~5\.9\./);
    const options = (readJson("tsconfig.json") as { compilerOptions: Record<string, unknown> })
      .compilerOptions;
    expect(options.strict).toBe(true);
    expect(options.noUncheckedIndexedAccess).toBe(true);
  });

  it("keeps the server bundle small (zod/mini, no Node code)", () => {
    // 181 KB today; full zod alone would add ~250 KB
    expect(statSync(join(root, "dist/Code.js")).size).toBeLessThan(300 * 1024);
  });
});
