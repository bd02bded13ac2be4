/** One entry of the add-on menu: what the user sees and the global function it runs. */
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

/** The Extensions → Pipeline Confidence menu, in order. The build checks every function exists. */
export const MENU_ITEMS: readonly MenuItem[] = [{ caption: "Open sidebar", functionName: "showSidebar" }];
