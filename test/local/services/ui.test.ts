import { HtmlOutput } from "../../../src/local/services/html-output";
import { createUi } from "../../../src/local/services/ui";

describe("Ui", () => {
  it("records a menu with its items, separators and submenus when added to the UI", () => {
    const ui = createUi();
    const reports = ui.createMenu("Reports").addItem("Funnel", "runFunnel");
    ui.createMenu("Tools").addItem("Score leads", "scoreLeads").addSeparator().addSubMenu(reports).addToUi();
    expect(ui.menus).toEqual([
      {
        caption: "Tools",
        addon: false,
        entries: [
          { kind: "item", caption: "Score leads", functionName: "scoreLeads" },
          { kind: "separator" },
          {
            kind: "submenu",
            caption: "Reports",
            entries: [{ kind: "item", caption: "Funnel", functionName: "runFunnel" }],
          },
        ],
      },
    ]);
  });

  it("captions the add-on menu with the add-on's name and replaces it when added again", () => {
    const ui = createUi("Pipeline Confidence");
    ui.createAddonMenu().addItem("Old", "old").addToUi();
    ui.createAddonMenu().addItem("Open sidebar", "showSidebar").addToUi();
    expect(ui.menus).toEqual([
      {
        caption: "Pipeline Confidence",
        addon: true,
        entries: [{ kind: "item", caption: "Open sidebar", functionName: "showSidebar" }],
      },
    ]);
  });

  it("does not show a menu that was never added to the UI", () => {
    const ui = createUi();
    ui.createMenu("Draft").addItem("Item", "item");
    expect(ui.menus).toEqual([]);
  });

  it("records a sidebar with its HTML and title", () => {
    const ui = createUi();
    ui.showSidebar(new HtmlOutput("<p>hi</p>").setTitle("Pipeline Confidence"));
    expect(ui.shown).toEqual([
      { kind: "sidebar", title: "Pipeline Confidence", html: "<p>hi</p>", width: null, height: null },
    ]);
  });

  it("records a modal dialog with the title it was given", () => {
    const ui = createUi();
    ui.showModalDialog(new HtmlOutput("<b>x</b>").setWidth(400).setHeight(300), "Details");
    expect(ui.shown).toEqual([
      { kind: "modal", title: "Details", html: "<b>x</b>", width: 400, height: 300 },
    ]);
  });

  it("answers an alert with OK by default and records it", () => {
    const ui = createUi();
    expect(ui.alert("Done")).toBe("OK");
    expect(ui.questions).toEqual([
      { kind: "alert", title: "", prompt: "Done", buttons: "OK", button: "OK", text: "" },
    ]);
  });

  it("answers a YES_NO alert with YES by default (the set's first button)", () => {
    const ui = createUi();
    expect(ui.alert("Overwrite?", ui.ButtonSet.YES_NO)).toBe("YES");
  });

  it("answers alerts and prompts from the scripted queue, in order", () => {
    const ui = createUi();
    ui.queueResponse({ button: "NO" });
    ui.queueResponse({ button: "OK", text: "250000" });
    expect(ui.alert("Title", "Overwrite?", ui.ButtonSet.YES_NO)).toBe("NO");
    const response = ui.prompt("Target", "Quarterly target?", ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(["OK", "250000"]);
    expect(ui.questions.map((question) => question.title)).toEqual(["Title", "Target"]);
  });

  describe("bad input", () => {
    it("refuses an unknown button set", () => {
      expect(() => createUi().alert("x", "MAYBE")).toThrow("Invalid argument: buttons");
    });

    it("refuses a sidebar that is not an HtmlOutput", () => {
      expect(() => createUi().showSidebar("<p>" as unknown as HtmlOutput)).toThrow(
        "Invalid argument: userInterface",
      );
    });

    it("refuses a menu item without a function name", () => {
      expect(() => createUi().createMenu("M").addItem("Item", "")).toThrow("Invalid argument: functionName");
    });
  });
});
