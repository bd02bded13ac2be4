import { escapeHtml } from "./escape-html";
import { hasKey } from "./has-key";
/** HtmlService.SandboxMode: only IFRAME is still honoured by Apps Script; the others are accepted. */
export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;

/** HtmlService.XFrameOptionsMode. */
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

/** Apps Script's HtmlOutput: HTML content plus the title and size a dialog or sidebar shows it with. */
export class HtmlOutput {
  private title = "";
  private width: number | null = null;
  private height: number | null = null;
  private sandboxMode: string = SandboxMode.IFRAME;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = requireSize(width, "width");
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = requireSize(height, "height");
    return this;
  }

  setSandboxMode(mode: string): HtmlOutput {
    if (!hasKey(SandboxMode, mode)) throw new Error("Invalid argument: mode");
    this.sandboxMode = mode;
    return this;
  }

  getSandboxMode(): string {
    return this.sandboxMode;
  }

  setXFrameOptionsMode(mode: string): HtmlOutput {
    if (!hasKey(XFrameOptionsMode, mode)) throw new Error("Invalid argument: mode");
    this.xFrameOptionsMode = mode;
    return this;
  }

  getXFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }

  toString(): string {
    return "HtmlOutput";
  }
}

function requireSize(size: unknown, name: string): number {
  if (typeof size !== "number" || !Number.isInteger(size) || size < 0) {
    throw new Error(`Invalid argument: ${name}`);
  }
  return size;
}
