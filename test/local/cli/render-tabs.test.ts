import { renderTabs } from "../../../src/local/cli/render-tabs";

describe("renderTabs", () => {
  it("says 1 row, not 1 rows", () => {
    expect(renderTabs([{ name: "Leads", header: ["Lead ID"], rows: 1 }])).toBe(
      "Tab     Rows  Header\nLeads  1 row  Lead ID",
    );
  });

  it("widens the count column so a big count never touches the tab name", () => {
    const lines = renderTabs([
      { name: "Activities", header: ["Lead ID", "Type"], rows: 1_234_567 },
      { name: "Stages", header: ["Stage"], rows: 5 },
    ]).split("\n");
    // "1234567 rows" is 12 characters: the count column is 12 wide, two spaces either side.
    expect(lines).toEqual([
      "Tab                 Rows  Header",
      "Activities  1234567 rows  Lead ID | Type",
      "Stages            5 rows  Stage",
    ]);
  });

  it("prints only the column titles when there are no tabs", () => {
    expect(renderTabs([])).toBe("Tab  Rows  Header");
  });
});
