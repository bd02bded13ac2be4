/** Opens the sidebar (dist/Sidebar.html, pushed as the HTML file "Sidebar"). */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Pipeline Confidence");
  SpreadsheetApp.getUi().showSidebar(html);
}
