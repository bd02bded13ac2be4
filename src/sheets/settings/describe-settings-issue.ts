import type * as z from "zod/mini";

/** A settings validation problem as "path: what was expected", e.g. "model.staleDays: expected a whole number ≥ 1". */
export function describeSettingsIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => (path === "" ? key : `${path}.${key}`));
    return `${keys.join(", ")}: unknown setting`;
  }
  const where = path === "" ? "settings" : path;
  if (issue.code === "invalid_type" && issue.expected === "object")
    return `${where}: expected an object of settings`;
  return `${where}: ${issue.message}`;
}
