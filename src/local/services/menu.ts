/** One entry of a recorded menu. */
export type MenuEntry =
  | { readonly kind: "item"; readonly caption: string; readonly functionName: string }
  | { readonly kind: "separator" }
  | { readonly kind: "submenu"; readonly caption: string; readonly entries: readonly MenuEntry[] };

/** A menu as it reached the UI: the add-on menu (Extensions → add-on name) or a top-level menu. */
export interface RecordedMenu {
  readonly caption: string;
  readonly addon: boolean;
  readonly entries: readonly MenuEntry[];
}

/** Apps Script's Menu: a builder that records its entries and hands itself to the Ui on addToUi. */
export class Menu {
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly caption: string,
    private readonly addon: boolean,
    private readonly publish: (menu: RecordedMenu) => void,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    requireText(caption, "caption");
    requireText(functionName, "functionName");
    this.entries.push({ kind: "item", caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.entries.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof Menu)) throw new Error("Invalid argument: menu");
    const recorded = menu.record();
    this.entries.push({ kind: "submenu", caption: recorded.caption, entries: recorded.entries });
    return this;
  }

  addToUi(): void {
    this.publish(this.record());
  }

  toString(): string {
    return "Menu";
  }

  private record(): RecordedMenu {
    return { caption: this.caption, addon: this.addon, entries: [...this.entries] };
  }
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== "string" || value === "") throw new Error(`Invalid argument: ${name}`);
}
