import { convolveOnLattice } from "../../../src/core/reports/distribution/convolve-on-lattice";
import { estimateLatticeWork } from "../../../src/core/reports/distribution/estimate-lattice-work";

describe("estimateLatticeWork", () => {
  it("counts one count table for leads of one value", () => {
    // By hand: one group of 2 leads, count table min(2 + 1, ⌈20·√0.5⌉ + 10) = 3 cells, plus 2 leads.
    expect(estimateLatticeWork([100, 100], [0.5, 0.5], 100)).toBe(5);
  });

  it("grows the running support by each group's reach, smallest values first", () => {
    // By hand: group 1 cell (1 lead): width 1 × 2 cells + 1 = 3, width → 1 + 1 = 2;
    // group 3 cells (1 lead): 2 × 2 + 1 = 5, width → 2 + 3 = 5. Total 8.
    expect(estimateLatticeWork([300, 100], [0.5, 0.5], 100)).toBe(8);
  });

  it("bounds the support the convolution really builds", () => {
    const values = [100, 100, 500, 500, 500, 2000];
    const probabilities = [0.2, 0.7, 0.5, 0.5, 0.1, 0.3];
    const atoms = convolveOnLattice(values, probabilities, 100);
    // Support 0 … 39 cells (every sum of those values is a multiple of 100 up to 3 900).
    expect(atoms.values.length).toBeLessThanOrEqual(40);
    expect(estimateLatticeWork(values, probabilities, 100)).toBeGreaterThanOrEqual(atoms.values.length);
  });

  describe("bad input", () => {
    it("costs nothing for no leads or leads that round to no cells", () => {
      expect(estimateLatticeWork([], [], 100)).toBe(0);
      expect(estimateLatticeWork([10], [0.5], 100)).toBe(0);
    });
  });
});
