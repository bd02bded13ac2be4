import { type LogEntry, renderLogValue } from "./log-entry";

/** Apps Script's Logger: per-execution text (getLog) that also goes to the runtime's log. */
export class Logger {
  private lines: string[] = [];

  constructor(private readonly record: (entry: LogEntry) => void) {}

  log(data: unknown, ...values: unknown[]): Logger {
    const message =
      values.length > 0 && typeof data === "string" ? substitute(data, values) : renderLogValue(data);
    this.lines.push(message);
    this.record({ source: "Logger", level: "INFO", message });
    return this;
  }

  getLog(): string {
    return this.lines.join("\n");
  }

  clear(): void {
    this.lines = [];
  }

  toString(): string {
    return "Logger";
  }
}

// Logger.log(format, values...) replaces each %s with the next value, as Apps Script does.
function substitute(format: string, values: readonly unknown[]): string {
  let next = 0;
  return format.replace(/%s/g, (token) => (next < values.length ? renderLogValue(values[next++]) : token));
}
