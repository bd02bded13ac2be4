// Reads the exports of src/entry.ts with the TypeScript compiler: each must be a function
// declaration (Apps Script calls globals by name), named as Apps Script accepts, and its JSDoc
// and parameter names are carried onto the top-level wrapper.
import ts from "typescript";

/** @returns {{ functions: { name: string; params: string[]; jsDoc: string }[]; problems: string[] }} */
export function readEntryExports(entryPath) {
  const program = ts.createProgram([entryPath], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    noLib: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryPath);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return { functions: [], problems: [`cannot read ${entryPath}`] };
  const functions = [];
  const problems = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (name.endsWith("_")) {
      problems.push(`export "${name}": Apps Script hides names ending in "_" (private functions); rename it`);
      continue;
    }
    if (!/^[A-Za-z$][A-Za-z0-9$_]*$/.test(name)) {
      problems.push(`export "${name}" is not a valid Apps Script function name`);
      continue;
    }
    if (!declaration || !ts.isFunctionDeclaration(declaration)) {
      problems.push(`export "${name}" must be a function declaration (Apps Script only calls functions)`);
      continue;
    }
    const params = declaration.parameters.map((parameter) => {
      if (parameter.dotDotDotToken) problems.push(`export "${name}": rest parameters are not supported`);
      return parameter.name.getText();
    });
    const docs = ts.getJSDocCommentsAndTags(declaration).filter((node) => node.kind === ts.SyntaxKind.JSDoc);
    const jsDoc = docs.length > 0 ? docs[docs.length - 1].getText() : "";
    functions.push({ name, params, jsDoc });
  }
  return { functions, problems };
}
