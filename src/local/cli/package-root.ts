import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project folder (the one holding package.json), from wherever this code was bundled to. */
export function packageRoot(start: string = __dirname): string {
  let folder = start;
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find package.json above ${start}`);
    folder = parent;
  }
  return folder;
}
