import { HtmlService } from "../../../src/local/services/html-service";

describe("HtmlService", () => {
  const service = new HtmlService({ Sidebar: "<html>side</html>" });

  it("creates an empty output when given no HTML", () => {
    expect(service.createHtmlOutput().getContent()).toBe("");
  });

  it("reads a project file by name, with or without .html", () => {
    expect(service.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<html>side</html>");
    expect(service.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<html>side</html>");
  });

  it("chains the setters and reports what was set", () => {
    const output = service
      .createHtmlOutput("<p>a</p>")
      .append("<p>b</p>")
      .setTitle("Pipeline Confidence")
      .setWidth(300)
      .setHeight(600)
      .setSandboxMode(service.SandboxMode.IFRAME)
      .setXFrameOptionsMode(service.XFrameOptionsMode.ALLOWALL);
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      "<p>a</p><p>b</p>",
      "Pipeline Confidence",
      300,
      600,
    ]);
  });

  it("escapes untrusted text it appends", () => {
    expect(service.createHtmlOutput("").appendUntrusted('<b a="1">&</b>').getContent()).toBe(
      "&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;",
    );
  });

  it("replaces the content with setContent", () => {
    expect(service.createHtmlOutput("old").setContent("new").getContent()).toBe("new");
  });

  describe("bad input", () => {
    it("throws Apps Script's error for an unknown file", () => {
      expect(() => service.createHtmlOutputFromFile("Missing")).toThrow(
        "No HTML file named Missing was found.",
      );
    });

    it("refuses an unknown sandbox mode", () => {
      expect(() => service.createHtmlOutput("").setSandboxMode("OPEN")).toThrow("Invalid argument: mode");
    });

    it("refuses a negative width", () => {
      expect(() => service.createHtmlOutput("").setWidth(-1)).toThrow("Invalid argument: width");
    });
  });
});
