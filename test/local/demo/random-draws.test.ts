import { PipelineError } from "../../../src/core/pipeline-error";
import { createWeightedChooser } from "../../../src/local/demo/create-weighted-chooser";
import { drawLognormal } from "../../../src/local/demo/draw-lognormal";
import { drawNormal } from "../../../src/local/demo/draw-normal";
import { createMulberry32 } from "../../../src/local/demo/mulberry32";

const DRAWS = 100_000;

describe("drawNormal", () => {
  it("has the requested mean and standard deviation", () => {
    const random = createMulberry32(11);
    const draws = Array.from({ length: DRAWS }, () => drawNormal(random, 100, 15));
    const mean = draws.reduce((sum, value) => sum + value, 0) / DRAWS;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (DRAWS - 1);
    // SE of the mean is sd/sqrt(n) = 15/sqrt(1e5) ≈ 0.047; SE of the sd is about sd/sqrt(2n) ≈ 0.034.
    expect(Math.abs(mean - 100)).toBeLessThan(4 * (15 / Math.sqrt(DRAWS)));
    expect(Math.abs(Math.sqrt(variance) - 15)).toBeLessThan(4 * (15 / Math.sqrt(2 * DRAWS)));
  });

  it("puts 95 % of draws within 1.96 standard deviations", () => {
    const random = createMulberry32(12);
    let inside = 0;
    for (let draw = 0; draw < DRAWS; draw++) if (Math.abs(drawNormal(random)) < 1.959964) inside++;
    // Binomial SE of a 0.95 share over n draws: sqrt(0.95 · 0.05 / n) ≈ 0.00069.
    expect(Math.abs(inside / DRAWS - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / DRAWS));
  });
});

describe("drawLognormal", () => {
  it("has the requested median", () => {
    const random = createMulberry32(13);
    let below = 0;
    for (let draw = 0; draw < DRAWS; draw++) if (drawLognormal(random, 20000, 1) < 20000) below++;
    // Half the draws fall below the median: binomial SE sqrt(0.25 / n) ≈ 0.0016.
    expect(Math.abs(below / DRAWS - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / DRAWS));
  });

  it("is always positive", () => {
    const random = createMulberry32(14);
    for (let draw = 0; draw < 1000; draw++) expect(drawLognormal(random, 5, 2)).toBeGreaterThan(0);
  });
});

describe("createWeightedChooser", () => {
  it("picks items in proportion to their weights", () => {
    const choose = createWeightedChooser(["Call", "Email", "Never"], [1, 3, 0]);
    const random = createMulberry32(15);
    let emails = 0;
    for (let draw = 0; draw < DRAWS; draw++) {
      const pick = choose(random);
      expect(pick).not.toBe("Never");
      if (pick === "Email") emails++;
    }
    // Email's share is 3 / (1 + 3) = 0.75; binomial SE sqrt(0.75 · 0.25 / n) ≈ 0.0014.
    expect(Math.abs(emails / DRAWS - 0.75)).toBeLessThan(4 * Math.sqrt((0.75 * 0.25) / DRAWS));
  });

  describe("bad input", () => {
    it("rejects a weight list that does not match the items", () => {
      expect(() => createWeightedChooser(["a", "b"], [1])).toThrow(PipelineError);
      expect(() => createWeightedChooser([], [])).toThrow(PipelineError);
    });

    it("rejects negative, NaN or all-zero weights", () => {
      expect(() => createWeightedChooser(["a", "b"], [1, -1])).toThrow(PipelineError);
      expect(() => createWeightedChooser(["a"], [Number.NaN])).toThrow(PipelineError);
      expect(() => createWeightedChooser(["a", "b"], [0, 0])).toThrow(PipelineError);
    });
  });
});
