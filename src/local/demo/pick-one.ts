import type { RandomSource } from "./mulberry32";

/**
 * Picks one item uniformly at random.
 * @example
 * pickOne(createMulberry32(3), ["a", "b", "c"]); // => "a", "b" or "c", a third of the time each
 */
export function pickOne<Item>(random: RandomSource, items: readonly Item[]): Item {
  return items[Math.floor(random() * items.length)] as Item;
}
