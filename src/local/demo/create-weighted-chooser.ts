import { PipelineError } from "../../core/pipeline-error";
import type { RandomSource } from "./mulberry32";

/** Picks one item with probability proportional to its weight. */
export type WeightedChooser<Item> = (random: RandomSource) => Item;

/**
 * Builds a chooser for a weighted choice: item i is picked with probability wᵢ / Σw.
 * The cumulative weights are computed once, so each pick is one uniform and a short scan.
 * @example
 * const chooseType = createWeightedChooser(["Call", "Email"], [1, 3]);
 * chooseType(createMulberry32(7)); // => "Email" three times in four
 */
export function createWeightedChooser<Item>(
  items: readonly Item[],
  weights: readonly number[],
): WeightedChooser<Item> {
  if (items.length === 0 || items.length !== weights.length) {
    throw new PipelineError("BAD_ARGUMENT", "a weighted choice needs one weight per item, and items");
  }
  if (weights.some((weight) => !(weight >= 0))) {
    throw new PipelineError("BAD_ARGUMENT", "weights of a weighted choice must be non-negative numbers");
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new PipelineError("BAD_ARGUMENT", "weights of a weighted choice must not all be 0");
  const lastItem = items[items.length - 1] as Item;
  return (random) => {
    const target = random() * total;
    for (let index = 0; index < cumulative.length; index++) {
      if (target < (cumulative[index] as number)) return items[index] as Item;
    }
    return lastItem;
  };
}
