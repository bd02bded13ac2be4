/**
 * An upper bound on the cells `convolveOnLattice` visits for these leads on a lattice of
 * `cellWidth`: groups of equal cell value in ascending order, each count table about 20 standard
 * deviations of its count wide, the running support never trimmed. Cheap (one pass), so the
 * caller can ask before committing to a fine lattice.
 * Formula: work += width · countWidth_g; width += cells_g · (countWidth_g − 1), groups ascending.
 * @example
 * estimateLatticeWork([100, 100], [0.5, 0.5], 100); // => 5 (a count table of 3 cells, plus 2 leads)
 */
export function estimateLatticeWork(
  values: readonly number[],
  probabilities: readonly number[],
  cellWidth: number,
): number {
  const groups = new Map<number, { leads: number; spread: number }>();
  values.forEach((value, lead) => {
    const cells = Math.round(value / cellWidth);
    if (cells === 0) return;
    const probability = probabilities[lead] ?? 0;
    const group = groups.get(cells);
    if (group === undefined) groups.set(cells, { leads: 1, spread: probability * (1 - probability) });
    else {
      group.leads += 1;
      group.spread += probability * (1 - probability);
    }
  });
  let width = 1;
  let work = 0;
  for (const cells of [...groups.keys()].sort((left, right) => left - right)) {
    const group = groups.get(cells) as { leads: number; spread: number };
    const countWidth = Math.min(group.leads + 1, Math.ceil(20 * Math.sqrt(group.spread)) + 10);
    work += width * countWidth + group.leads;
    width += cells * (countWidth - 1);
  }
  return work;
}
