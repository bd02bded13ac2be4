import { PIPELINENEEDED } from "../../src/functions/pipeline-needed";

describe("PIPELINENEEDED", () => {
  it("divides the target by the win rate", () => {
    // 500 000 / 0.25 = 2 000 000
    expect(PIPELINENEEDED(500000, 0.25)).toBe(2000000);
  });

  it("subtracts what is already won", () => {
    // (500 000 − 100 000) / 0.25 = 1 600 000
    expect(PIPELINENEEDED(500000, 0.25, 100000)).toBe(1600000);
  });

  it("needs nothing once the target is reached", () => {
    // max(0, 500 000 − 600 000) / 0.25 = 0
    expect(PIPELINENEEDED(500000, 0.25, 600000)).toBe(0);
  });

  it.each([0.25, 25, "25%", "25 %", "0.25"])("reads the win rate %p as 25 %", (winRate) => {
    // 100 000 / 0.25 = 400 000
    expect(PIPELINENEEDED(100000, winRate)).toBe(400000);
  });

  it("works row by row on columns, keeping blank rows blank", () => {
    // 100 / 0.5 = 200; (200 − 50) / 0.5 = 300; a blank target stays blank
    expect(PIPELINENEEDED([[100], [200], [""]], 0.5, [[""], [50], [""]])).toEqual([[200], [300], [""]]);
  });

  it("reads money text", () => {
    // "$300,000" − "$100,000" = 200 000; / 0.4 = 500 000
    expect(PIPELINENEEDED("$300,000", "40%", "$100,000")).toBe(500000);
  });
});

describe("bad input", () => {
  it("fails with a clear text when the win rate is 0", () => {
    expect(() => PIPELINENEEDED(500000, 0)).toThrow(
      "PIPELINENEEDED: win_rate is 0, pipeline needed cannot be computed",
    );
  });

  it("names the problem in the bad row of a column and keeps the others", () => {
    // row 2: win rate 0; row 3: "lots" is no amount; row 1: 100 / 0.5 = 200
    expect(PIPELINENEEDED([[100], [100], ["lots"]], [[0.5], [0], [0.5]])).toEqual([
      [200],
      ["PIPELINENEEDED: win_rate is 0, pipeline needed cannot be computed"],
      [`PIPELINENEEDED: argument 'target' is not a non-negative amount: "lots"`],
    ]);
  });

  it("names the bad argument of a single-cell call", () => {
    expect(() => PIPELINENEEDED("lots", 0.5)).toThrow(
      `PIPELINENEEDED: argument 'target' is not a non-negative amount: "lots"`,
    );
    expect(() => PIPELINENEEDED(100, "250%")).toThrow(
      "PIPELINENEEDED: argument 'win_rate' is not a percentage",
    );
    expect(() => PIPELINENEEDED(100, 0.5, -1)).toThrow(
      "PIPELINENEEDED: argument 'won_so_far' is not a non-negative amount: -1",
    );
  });

  it("rejects columns of different lengths", () => {
    expect(() => PIPELINENEEDED([[1], [2]], [[0.5]])).toThrow(
      "PIPELINENEEDED: argument 'win_rate' has 1 rows but 'target' has 2",
    );
  });
});
