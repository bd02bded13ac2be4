import type { LogEntry } from "../../../src/local/services/log-entry";
import { Logger } from "../../../src/local/services/logger";
import { ScriptConsole } from "../../../src/local/services/script-console";

describe("Logger", () => {
  it("logs a value and returns the log of the execution", () => {
    const entries: LogEntry[] = [];
    const logger = new Logger((entry) => entries.push(entry));
    logger.log("first").log({ leads: 3 });
    expect(logger.getLog()).toBe("first\n{ leads: 3 }");
    expect(entries.map((entry) => entry.message)).toEqual(["first", "{ leads: 3 }"]);
  });

  it("replaces each %s with the next value", () => {
    const logger = new Logger(() => undefined);
    logger.log("%s scored %s leads", "Ana", 12);
    expect(logger.getLog()).toBe("Ana scored 12 leads");
  });

  it("clears the execution's log but not the runtime's", () => {
    const entries: LogEntry[] = [];
    const logger = new Logger((entry) => entries.push(entry));
    logger.log("kept in runtime");
    logger.clear();
    expect([logger.getLog(), entries.length]).toEqual(["", 1]);
  });
});

describe("ScriptConsole", () => {
  it("records each level into the runtime's log", () => {
    const entries: LogEntry[] = [];
    const console = new ScriptConsole((entry) => entries.push(entry));
    console.log("a %d", 1);
    console.info("b");
    console.warn("c");
    console.error("d");
    expect(entries).toEqual([
      { source: "console", level: "INFO", message: "a 1" },
      { source: "console", level: "INFO", message: "b" },
      { source: "console", level: "WARNING", message: "c" },
      { source: "console", level: "ERROR", message: "d" },
    ]);
  });
});
