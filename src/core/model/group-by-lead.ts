/**
 * Rows grouped by Lead ID, each group in row order; one pass, O(rows).
 * @example
 * groupByLead([{ leadId: "A" }, { leadId: "B" }, { leadId: "A" }]).get("A")?.length; // => 2
 */
export function groupByLead<Row extends { readonly leadId: string }>(
  rows: readonly Row[],
): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.leadId);
    if (group === undefined) groups.set(row.leadId, [row]);
    else group.push(row);
  }
  return groups;
}
