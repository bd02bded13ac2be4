import { createScriptRuntime } from "../../../src/local/vm/create-script-runtime";
import { createFakeHost } from "./fake-spreadsheet";

function load(code: string, documentProperties: Record<string, string> = {}) {
  const host = createFakeHost(documentProperties);
  return {
    host,
    runtime: createScriptRuntime(code, host, {
      userEmail: "ana@example.com",
      htmlFiles: { Sidebar: "<p>side</p>" },
    }),
  };
}

const leadsCell = 'SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange("A1")';

describe("callCustomFunction", () => {
  it("lets a custom function read the sheet", () => {
    const { host, runtime } = load(`function READ() { return ${leadsCell}.getValue(); }`);
    host.spreadsheet.getSheetByName("Leads")?.getRange("A1").setValue(7);
    expect(runtime.callCustomFunction("READ")).toBe(7);
  });

  it.each([
    ["Range.setValue", `${leadsCell}.setValue(1)`],
    ["Spreadsheet.toast", "SpreadsheetApp.getActiveSpreadsheet().toast('hi')"],
    ["SpreadsheetApp.getUi", "SpreadsheetApp.getUi()"],
    ["Properties.setProperty", "PropertiesService.getDocumentProperties().setProperty('k', 'v')"],
    ["Properties.deleteProperty", "PropertiesService.getDocumentProperties().deleteProperty('k')"],
  ])("refuses %s like Sheets", (method, statement) => {
    const { runtime } = load(`function WRITE() { ${statement}; }`);
    expect(() => runtime.callCustomFunction("WRITE")).toThrow(`You do not have permission to call ${method}`);
  });

  it("allows the same calls in an ordinary execution", () => {
    const { host, runtime } = load(`function write() { ${leadsCell}.setValue(1); }`);
    runtime.call("write");
    expect(host.spreadsheet.getSheetByName("Leads")?.getRange("A1").getValue()).toBe(1);
  });

  it("allows reading properties", () => {
    const { runtime } = load(
      "function READ() { return PropertiesService.getDocumentProperties().getProperty('k'); }",
      { k: "v" },
    );
    expect(runtime.callCustomFunction("READ")).toBe("v");
  });
});

describe("simulateOpen", () => {
  const onOpen = `function onOpen(e) {
    SpreadsheetApp.getUi().createAddonMenu().addItem("Open sidebar", "showSidebar").addToUi();
    seen = { mode: e.authMode, hasSource: e.source !== undefined, isNone: e.authMode === ScriptApp.AuthMode.NONE };
  }
  var seen = null;
  function lastOpen() { return seen; }`;

  it("builds the menu in AuthMode.NONE, with no source in the event", () => {
    const { runtime } = load(onOpen);
    runtime.simulateOpen("NONE");
    expect(runtime.ui.menus.map((menu) => menu.caption)).toEqual(["Pipeline Confidence"]);
    expect(runtime.call("lastOpen")).toEqual({ mode: "NONE", hasSource: false, isNone: true });
  });

  it("passes the spreadsheet as e.source when authorized", () => {
    const { runtime } = load(onOpen);
    runtime.simulateOpen("LIMITED");
    expect(runtime.call("lastOpen")).toEqual({ mode: "LIMITED", hasSource: true, isNone: false });
  });

  it.each([
    ["SpreadsheetApp.getActiveSpreadsheet", "SpreadsheetApp.getActiveSpreadsheet()"],
    ["PropertiesService.getDocumentProperties", "PropertiesService.getDocumentProperties()"],
  ])("refuses %s in AuthMode.NONE", (method, statement) => {
    const { runtime } = load(`function onOpen(e) { ${statement}; }`);
    expect(() => runtime.simulateOpen("NONE")).toThrow(`You do not have permission to call ${method}`);
  });

  it("does nothing when the script has no onOpen", () => {
    const { runtime } = load("function other() {}");
    expect(() => runtime.simulateOpen("FULL")).not.toThrow();
    expect(runtime.totalCalls()).toBe(0);
  });
});

describe("simulateEdit", () => {
  const onEdit = `var edits = [];
  function onEdit(e) {
    edits.push({ mode: e.authMode, a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(),
      value: e.value, oldValue: e.oldValue, hasOld: "oldValue" in e, user: e.user.getEmail(),
      source: e.source.getId() });
  }
  function seenEdits() { return edits; }`;

  it("writes the value, then calls onEdit with Apps Script's event", () => {
    const { host, runtime } = load(onEdit);
    runtime.simulateEdit("Leads", "B2", "Qualified");
    expect(host.spreadsheet.getSheetByName("Leads")?.getRange("B2").getValue()).toBe("Qualified");
    expect(runtime.call("seenEdits")).toEqual([
      {
        mode: "LIMITED",
        a1: "B2",
        sheet: "Leads",
        value: "Qualified",
        oldValue: undefined,
        hasOld: false,
        user: "ana@example.com",
        source: "fake-spreadsheet",
      },
    ]);
  });

  it("passes the old value, and numbers as text", () => {
    const { runtime } = load(onEdit);
    runtime.simulateEdit("Leads", "C3", 5);
    runtime.simulateEdit("Leads", "C3", 6);
    const edits = runtime.call("seenEdits") as { value: string; oldValue: string }[];
    expect(edits[1]).toMatchObject({ value: "6", oldValue: "5" });
  });

  it("pastes a block, then calls onEdit with the block as its range and no value or old value", () => {
    const { host, runtime } = load(onEdit);
    runtime.simulatePaste("Leads", "B2", [
      ["x", 1],
      ["y", 2],
    ]);
    expect(host.spreadsheet.getSheetByName("Leads")?.getRange("B2:C3").getValues()).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
    expect(runtime.call("seenEdits")).toEqual([
      expect.objectContaining({
        mode: "LIMITED",
        a1: "B2:C3",
        value: undefined,
        oldValue: undefined,
        hasOld: false,
      }),
    ]);
  });

  it("counts the script's calls but not the user's typing", () => {
    const { runtime } = load(onEdit);
    runtime.simulateEdit("Leads", "A1", "x");
    expect(runtime.calls).toEqual({
      "Range.getA1Notation": 1,
      "Range.getSheet": 1,
      "Sheet.getName": 1,
      "User.getEmail": 1,
      "Spreadsheet.getId": 1,
    });
  });

  describe("bad input", () => {
    it("refuses an unknown sheet", () => {
      expect(() => load(onEdit).runtime.simulateEdit("Nope", "A1", 1)).toThrow('no sheet named "Nope"');
    });
  });
});

describe("locks", () => {
  const report = `function runReport() {
    var lock = LockService.getDocumentLock();
    if (!lock.tryLock(5000)) return "busy";
    return "done";
  }
  function waitReport() { LockService.getDocumentLock().waitLock(30000); return "done"; }`;

  it("gives a second run a busy answer while another execution holds the document lock", () => {
    const { runtime } = load(report);
    const release = runtime.holdDocumentLock();
    expect(runtime.call("runReport")).toBe("busy");
    expect(() => runtime.call("waitReport")).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    release();
    expect(runtime.call("runReport")).toBe("done");
  });

  it("releases an execution's lock when the execution ends, even without releaseLock", () => {
    const { runtime } = load(report);
    expect([runtime.call("runReport"), runtime.call("runReport")]).toEqual(["done", "done"]);
  });
});

describe("the runtime's records", () => {
  it("exposes the document properties the script wrote", () => {
    const { runtime } = load(
      "function save() { PropertiesService.getDocumentProperties().setProperty('target', 250000); }",
      {
        period: "2024-Q1",
      },
    );
    runtime.call("save");
    expect(runtime.documentProperties()).toEqual({ period: "2024-Q1", target: "250000" });
  });

  it("records Logger and console output in the runtime's log, not the host console", () => {
    const { runtime } = load(
      "function talk() { Logger.log('scored %s', 3); console.warn('careful'); return Logger.getLog(); }",
    );
    expect(runtime.call("talk")).toBe("scored 3");
    expect(runtime.logs).toEqual([
      { source: "Logger", level: "INFO", message: "scored 3" },
      { source: "console", level: "WARNING", message: "careful" },
    ]);
  });

  it("shows the sidebar built from a project HTML file", () => {
    const { runtime } = load(
      "function showSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pipeline')); }",
    );
    runtime.call("showSidebar");
    expect(runtime.ui.shown).toEqual([
      { kind: "sidebar", title: "Pipeline", html: "<p>side</p>", width: null, height: null },
    ]);
  });

  it("records the triggers the script installs", () => {
    const { runtime } = load(`function install() {
      ScriptApp.newTrigger("takeSnapshot").timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(6).create();
      return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); });
    }`);
    expect(runtime.call("install")).toEqual(["takeSnapshot"]);
    expect(runtime.triggers().map((trigger) => trigger.schedule)).toEqual([
      { everyWeeks: 1, weekDay: "MONDAY", atHour: 6 },
    ]);
  });
});
