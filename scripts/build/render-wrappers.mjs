// One real top-level `function` per export: Apps Script lists, calls and autocompletes only
// those, and only a JSDoc on such a declaration gives a custom function its help card.

/** @param {{ name: string; params: string[]; jsDoc: string }[]} functions */
export function renderWrappers(functions, bundleGlobal) {
  return functions
    .map(({ name, params, jsDoc }) => {
      const doc = jsDoc ? `${jsDoc}\n` : "";
      return `${doc}function ${name}(${params.join(", ")}) {\n  return ${bundleGlobal}.${name}.apply(this, arguments);\n}\n`;
    })
    .join("\n");
}
