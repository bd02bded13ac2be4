import { format } from "node:util";
import type { LogEntry } from "./log-entry";

/** The `console` Apps Script gives a script (it goes to Cloud Logging): here, into the runtime's log. */
export class ScriptConsole {
  constructor(private readonly record: (entry: LogEntry) => void) {}

  log(...data: unknown[]): void {
    this.write("INFO", data);
  }

  info(...data: unknown[]): void {
    this.write("INFO", data);
  }

  warn(...data: unknown[]): void {
    this.write("WARNING", data);
  }

  error(...data: unknown[]): void {
    this.write("ERROR", data);
  }

  toString(): string {
    return "console";
  }

  private write(level: LogEntry["level"], data: readonly unknown[]): void {
    this.record({ source: "console", level, message: format(...data) });
  }
}
