import { MENU_ITEMS } from "./menu-items";

/**
 * Adds the add-on menu. Safe in AuthMode.NONE: it touches only the Ui, never the document,
 * because onOpen runs before the user has authorised the add-on in this file.
 */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
