import { createScriptRuntime } from "../../../src/local/vm/create-script-runtime";
import { createFakeHost } from "./fake-spreadsheet";

function load(code: string, documentProperties: Record<string, string> = {}) {
  const host = createFakeHost(documentProperties);
  return { host, runtime: createScriptRuntime(code, host, { userEmail: "ana@example.com" }) };
}

describe("createScriptRuntime", () => {
  describe("the bare context", () => {
    const absent = [
      "require",
      "process",
      "module",
      "exports",
      "Buffer",
      "setTimeout",
      "setInterval",
      "setImmediate",
      "queueMicrotask",
      "fetch",
      "structuredClone",
      "Browser",
      "global",
    ];
    it.each(absent)("has no %s", (name) => {
      const { runtime } = load(`function probe() { return typeof ${name}; }`);
      expect(runtime.call("probe")).toBe("undefined");
    });

    it("holds Apps Script's globals", () => {
      const names = [
        "SpreadsheetApp",
        "Charts",
        "HtmlService",
        "PropertiesService",
        "CacheService",
        "LockService",
        "Session",
        "Utilities",
        "ScriptApp",
        "Logger",
        "console",
      ];
      const { runtime } = load(
        `function probe(names) { return names.map(function (n) { return typeof globalThis[n]; }); }`,
      );
      expect(runtime.call("probe", names)).toEqual(names.map(() => "object"));
    });

    it("lists only the script's own top-level functions as its globals", () => {
      const { runtime } = load("function onOpen() {}\nvar settings = {};\nfunction SCORE(x) { return x; }");
      expect(runtime.globalNames()).toEqual(["onOpen", "SCORE"]);
    });
  });

  describe("call", () => {
    it("runs a global function and copies its result out", () => {
      const { runtime } = load("function add(a, b) { return { sum: a + b, list: [a, b] }; }");
      expect(runtime.call("add", 2, 3)).toEqual({ sum: 5, list: [2, 3] });
    });

    it("throws Apps Script's error for an unknown function", () => {
      expect(() => load("").runtime.call("missing")).toThrow("Script function not found: missing");
    });

    it("brings a thrown error home with its message and code", () => {
      const { runtime } = load(
        "function fail() { var e = new TypeError('bad lead'); e.code = 'BAD_ARGUMENT'; throw e; }",
      );
      let caught: unknown;
      try {
        runtime.call("fail");
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(Error);
      expect(caught).toMatchObject({ name: "TypeError", message: "bad lead", code: "BAD_ARGUMENT" });
    });

    it("lets the script catch a service error as its own Error, with instanceof", () => {
      const { runtime } = load(`function probe() {
        try { HtmlService.createHtmlOutputFromFile("Nope"); } catch (e) { return [e instanceof Error, e.message]; }
      }`);
      expect(runtime.call("probe")).toEqual([true, "No HTML file named Nope was found."]);
    });
  });

  describe("load errors", () => {
    it("names a syntax error and where it is", () => {
      expect(() => load("function ok() {}\nfunction (")).toThrow(
        /Code\.js could not be loaded: SyntaxError: .*Code\.js:2/,
      );
    });

    it("names an error thrown while the top level runs", () => {
      expect(() => load("var x = missingThing.value;")).toThrow(
        /Code\.js failed while loading: ReferenceError: missingThing is not defined/,
      );
    });
  });

  describe("counting", () => {
    it("counts every service call by Class.method, down chains of returned objects", () => {
      const { runtime } = load(`function read() {
        var range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(1, 1, 2, 2);
        range.getValues(); range.getValues(); range.getValues();
      }`);
      runtime.call("read");
      expect(runtime.calls).toEqual({
        "SpreadsheetApp.getActiveSpreadsheet": 1,
        "Spreadsheet.getSheetByName": 1,
        "Sheet.getRange": 1,
        "Range.getValues": 3,
      });
      // 1 + 1 + 1 + 3 calls, as listed above.
      expect(runtime.totalCalls()).toBe(6);
    });

    it("starts again from zero after resetCalls", () => {
      const { runtime } = load("function tz() { return Session.getScriptTimeZone(); }");
      runtime.call("tz");
      runtime.resetCalls();
      runtime.call("tz");
      expect(runtime.calls).toEqual({ "Session.getScriptTimeZone": 1 });
    });

    it("does not count reading an enum or turning a service into a string", () => {
      const { runtime } = load("function probe() { return [ScriptApp.AuthMode.FULL, String(Session)]; }");
      expect(runtime.call("probe")).toEqual(["FULL", "Session"]);
      expect(runtime.totalCalls()).toBe(0);
    });

    it("gives the same proxy for the same service object, so identity holds", () => {
      const { runtime } = load(
        "function probe() { var ss = SpreadsheetApp.getActiveSpreadsheet(); return ss === SpreadsheetApp.getActiveSpreadsheet(); }",
      );
      expect(runtime.call("probe")).toBe(true);
    });
  });

  describe("realm copying", () => {
    it("gives the script its own Dates and arrays, for instanceof and Array.isArray", () => {
      const { runtime } = load(`function probe(grid) {
        var read = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(1, 1, 1, 1);
        read.setValue(new Date(0));
        var value = read.getValues();
        return [grid[0][0] instanceof Date, Array.isArray(grid), value[0][0] instanceof Date, Array.isArray(value)];
      }`);
      expect(runtime.call("probe", [[new Date(86_400_000)]])).toEqual([true, true, true, true]);
    });

    it("hands the host its own Dates back", () => {
      const { host, runtime } = load(`function write() {
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange("A1").setValue(new Date(86400000));
        return new Date(0);
      }`);
      expect(runtime.call("write")).toBeInstanceOf(Date);
      const written = host.spreadsheet.getSheetByName("Leads")?.getRange("A1").getValue();
      expect(written).toBeInstanceOf(Date);
      expect((written as Date).getTime()).toBe(86_400_000);
    });

    it("copies a grid, so mutating it inside the vm does not change the sheet", () => {
      const { host, runtime } = load(`function mutate() {
        var range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads").getRange(1, 1, 1, 2);
        var values = range.getValues();
        values[0][0] = "changed";
        values.push(["extra"]);
      }`);
      host.spreadsheet
        .getSheetByName("Leads")
        ?.getRange(1, 1, 1, 2)
        .setValues([["kept", 2]]);
      runtime.call("mutate");
      expect(host.spreadsheet.getSheetByName("Leads")?.getRange(1, 1, 1, 2).getValues()).toEqual([
        ["kept", 2],
      ]);
    });

    it("copies arguments, so the script cannot change the caller's arrays", () => {
      const { runtime } = load("function mutate(list) { list.push(4); return list.length; }");
      const list = [1, 2, 3];
      expect(runtime.call("mutate", list)).toBe(4);
      expect(list).toEqual([1, 2, 3]);
    });

    it("shows the script methods and enums but not the host objects' fields", () => {
      const { runtime } = load(`function probe() {
        var ui = SpreadsheetApp.getUi();
        return [typeof ui.menus, "menus" in ui, ui.ButtonSet.YES_NO, "alert" in ui, typeof ScriptApp.triggers];
      }`);
      expect(runtime.call("probe")).toEqual(["undefined", false, "YES_NO", true, "undefined"]);
    });

    it("refuses to let the script add properties to a service", () => {
      const { runtime } = load("function probe() { 'use strict'; Session.extra = 1; }");
      expect(() => runtime.call("probe")).toThrow("trap returned falsish for property 'extra'");
    });
  });
});
