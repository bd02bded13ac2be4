import { ScriptApp, TRIGGER_LIMIT } from "../../../src/local/services/script-app";

const spreadsheet = { getId: () => "sheet-1" };

describe("ScriptApp", () => {
  it("exposes the AuthMode, EventType, TriggerSource and WeekDay enums", () => {
    const app = new ScriptApp();
    expect(Object.keys(app.AuthMode)).toEqual(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
    expect([app.EventType.CLOCK, app.TriggerSource.SPREADSHEETS, app.WeekDay.MONDAY]).toEqual([
      "CLOCK",
      "SPREADSHEETS",
      "MONDAY",
    ]);
  });

  it("creates a weekly clock trigger and records its schedule", () => {
    const app = new ScriptApp();
    const trigger = app
      .newTrigger("takeSnapshot")
      .timeBased()
      .everyWeeks(1)
      .onWeekDay("MONDAY")
      .atHour(6)
      .create();
    expect([trigger.getHandlerFunction(), trigger.getEventType(), trigger.getTriggerSource()]).toEqual([
      "takeSnapshot",
      "CLOCK",
      "CLOCK",
    ]);
    expect(trigger.schedule).toEqual({ everyWeeks: 1, weekDay: "MONDAY", atHour: 6 });
    expect(app.getProjectTriggers()).toEqual([trigger]);
  });

  it("creates spreadsheet triggers bound to the spreadsheet's id", () => {
    const app = new ScriptApp();
    const onEdit = app.newTrigger("recordStage").forSpreadsheet(spreadsheet).onEdit().create();
    const onOpen = app.newTrigger("buildMenu").forSpreadsheet("sheet-2").onOpen().create();
    expect([
      onEdit.getEventType(),
      onEdit.getTriggerSourceId(),
      onOpen.getEventType(),
      onOpen.getTriggerSourceId(),
    ]).toEqual(["ON_EDIT", "sheet-1", "ON_OPEN", "sheet-2"]);
    expect(onEdit.getUniqueId()).not.toBe(onOpen.getUniqueId());
  });

  it("deletes a trigger", () => {
    const app = new ScriptApp();
    const kept = app.newTrigger("a").timeBased().everyDays(1).create();
    const dropped = app.newTrigger("b").timeBased().everyHours(2).create();
    app.deleteTrigger(dropped);
    expect(app.getProjectTriggers()).toEqual([kept]);
  });

  describe("bad input", () => {
    it("refuses a clock trigger without a recurrence", () => {
      expect(() => new ScriptApp().newTrigger("a").timeBased().atHour(3).create()).toThrow("no recurrence");
    });

    it("refuses an hour outside 0..23", () => {
      expect(() => new ScriptApp().newTrigger("a").timeBased().atHour(24)).toThrow("Invalid argument: hour");
    });

    it("refuses more than 20 triggers, as Apps Script does", () => {
      const app = new ScriptApp();
      for (let index = 0; index < TRIGGER_LIMIT; index++)
        app.newTrigger(`f${index}`).timeBased().everyDays(1).create();
      expect(() => app.newTrigger("one-more").timeBased().everyDays(1).create()).toThrow(
        "This script has too many triggers.",
      );
      expect(TRIGGER_LIMIT).toBe(20);
    });

    it("refuses to delete something that is not a trigger", () => {
      expect(() => new ScriptApp().deleteTrigger({} as never)).toThrow("Invalid argument: trigger");
    });
  });
});
