/** One entry of the add-on menu: what the user sees and the global function it runs. */
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

/** The Extensions → Pipeline Confidence menu, in order. The build checks every function exists. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: "Open sidebar", functionName: "showSidebar" },
  { caption: "Score leads", functionName: "menuScoreLeads" },
  { caption: "Funnel report", functionName: "menuFunnelReport" },
  { caption: "Forecast report", functionName: "menuForecastReport" },
  { caption: "Hot leads", functionName: "menuHotLeads" },
  { caption: "Set up sample sheet", functionName: "menuSetUpSampleSheet" },
];
