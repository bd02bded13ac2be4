import { hasKey } from "./has-key";
import { HtmlOutput, SandboxMode, XFrameOptionsMode } from "./html-output";

/** Apps Script's HtmlService, serving the project's HTML files from a name → content map. */
export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly htmlFiles: Readonly<Record<string, string>>) {}

  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html instanceof HtmlOutput) return new HtmlOutput(html.getContent());
    return new HtmlOutput(html === undefined || html === null ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, "");
    if (!hasKey(this.htmlFiles, name)) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutput(this.htmlFiles[name] ?? "");
  }

  toString(): string {
    return "HtmlService";
  }
}
