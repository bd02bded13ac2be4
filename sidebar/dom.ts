// Every text the sidebar shows goes in through textContent: sheet text can never become markup.

/** A new element holding `text` as text. */
export function createElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
}

/** The element with this id, of the expected kind; a missing one is a bug in sidebar.html. */
export function findElement<Kind extends HTMLElement>(id: string, kind: { new (): Kind }): Kind {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`sidebar.html has no ${kind.name} #${id}`);
  return element;
}

/** A two-column table of label → figure. */
export function createFigures(rows: readonly (readonly [string, string])[]): HTMLTableElement {
  const table = createElement("table", undefined, "figures");
  for (const [label, figure] of rows) {
    const row = table.insertRow();
    row.append(createElement("th", label), createElement("td", figure));
  }
  return table;
}
