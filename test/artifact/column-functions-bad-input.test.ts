import { runtimeWithStagesTab, STAGES_TABLE } from "../helpers/custom-function-runtime";

// The functions that answer a column with a column (README "Custom functions"): a bad cell shows
// its reason as text in its row and every other row is still computed; a single-cell call throws, naming the
// argument; a problem with a whole argument is an error naming the function and the argument.
// Inputs are what Sheets passes: 2D ranges, '' for blanks, Dates, "#N/A" for an error cell.

const JAN_15 = new Date(2026, 0, 15);
const JAN_31 = new Date(2026, 0, 31);

describe("LEADCONFIDENCE", () => {
  describe("bad input", () => {
    it("reads '60', '0.6' and '60%' overrides alike and names the problem in the row of 150 % or an error cell", () => {
      const runtime = runtimeWithStagesTab();
      const stages = [["Proposal"], ["Proposal"], ["Proposal"], ["Proposal"], ["Proposal"], ["Proposal"]];
      const overrides = [["60"], ["0.6"], ["60%"], ["150%"], ["#N/A"], [1.5]];
      // 60 (a number in (1, 100]), 0.6 (in [0, 1]) and 60% are all 60 %; "150%" is over 100 %;
      // 1.5 is 1.5 %, what a 150 % typed into a %-formatted cell reaches a function as (README).
      expect(runtime.callCustomFunction("LEADCONFIDENCE", stages, "", overrides, "", STAGES_TABLE)).toEqual([
        [0.6],
        [0.6],
        [0.6],
        [`LEADCONFIDENCE: argument 'override' is not a percentage in 0–100 %: "150%"`],
        [`LEADCONFIDENCE: argument 'override' is not a percentage in 0–100 %: "#N/A"`],
        [0.015],
      ]);
    });

    it("names the problem only in the rows it cannot score: unknown stage, Date or #N/A stage, text points, bad status", () => {
      const runtime = runtimeWithStagesTab();
      const stages = [["Prop"], [JAN_15], ["#N/A"], ["Lead"], ["Lead"], [" lead "], ["Negotiation"]];
      const points = [[""], [""], [""], ["lots"], [""], [3], [""]];
      const statuses = [[""], [""], [""], [""], ["wonn"], [""], [""]];
      // " lead " is Lead (trimmed, any case): 0.10 + 3 pts = 0.13, under the cap 0.50 (Proposal);
      // Negotiation 0.70 with no points.
      const result = runtime.callCustomFunction("LEADCONFIDENCE", stages, points, "", statuses, STAGES_TABLE);
      expect(result).toEqual([
        [`LEADCONFIDENCE: argument 'stage': no stage is named "Prop"`],
        ["LEADCONFIDENCE: argument 'stage': no stage is named 2026-01-15"],
        [`LEADCONFIDENCE: argument 'stage': no stage is named "#N/A"`],
        [`LEADCONFIDENCE: argument 'activity_points' is not a number: "lots"`],
        [`LEADCONFIDENCE: argument 'status' is not Open, Won or Lost: "wonn"`],
        [expect.closeTo(0.13, 12)],
        [0.7],
      ]);
    });

    it("throws for a single bad cell, naming the argument and the value", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("LEADCONFIDENCE", "Prop", "", "", "", STAGES_TABLE)).toThrow(
        `LEADCONFIDENCE: argument 'stage': no stage is named "Prop"`,
      );
      expect(() =>
        runtime.callCustomFunction("LEADCONFIDENCE", "Lead", "", "150%", "", STAGES_TABLE),
      ).toThrow(`LEADCONFIDENCE: argument 'override' is not a percentage in 0–100 %: "150%"`);
      expect(() =>
        runtime.callCustomFunction("LEADCONFIDENCE", "Lead", JAN_15, "", "", STAGES_TABLE),
      ).toThrow("LEADCONFIDENCE: argument 'activity_points' is not a number: 2026-01-15");
    });

    it("refuses ranges of different lengths, naming both arguments", () => {
      const runtime = runtimeWithStagesTab();
      expect(() =>
        runtime.callCustomFunction("LEADCONFIDENCE", [["Lead"], ["Lead"]], [[3]], "", "", STAGES_TABLE),
      ).toThrow("LEADCONFIDENCE: argument 'activity_points' has 1 rows but 'stage' has 2");
    });

    it("refuses a stages table without its Confidence column, or a single cell as the table", () => {
      const runtime = runtimeWithStagesTab();
      const noConfidence = [
        ["Stage", "Conf"],
        ["Lead", 0.1],
      ];
      expect(() => runtime.callCustomFunction("LEADCONFIDENCE", "Lead", "", "", "", noConfidence)).toThrow(
        `LEADCONFIDENCE: argument 'stages_table': the range has no "Confidence" column (found: Stage, Conf)`,
      );
      expect(() => runtime.callCustomFunction("LEADCONFIDENCE", "Lead", "", "", "", "Stages!A:C")).toThrow(
        "LEADCONFIDENCE: argument 'stages_table' must be a range including its header row",
      );
    });
  });
});

describe("ACTIVITYPOINTS", () => {
  describe("bad input", () => {
    it("skips activity rows it cannot read and blanks lead IDs that are blank or an error", () => {
      const runtime = runtimeWithStagesTab();
      const activities = [
        ["Lead ID", "Type", "Date", "Completed"],
        ["L1", "Call", JAN_15, true],
        ["L1", "Demo", "2026-01-20", true],
        ["L1", "Meeting", "#N/A", true],
        ["#N/A", "Call", JAN_15, true],
        ["L1", "", JAN_15, true],
        ["L1", "Email", "not a date", true],
      ];
      const leadIds = [["L1"], [""], ["#N/A"], [JAN_15], ["L9"]];
      // L1: the call (3) and the demo dated by ISO text (5) = 8; the meeting with an error for a
      // date, the row without a type and the email with an unreadable date are skipped. A blank
      // or #N/A ID → blank; a Date or an unknown ID is a lead with no activities → 0.
      expect(runtime.callCustomFunction("ACTIVITYPOINTS", leadIds, activities, JAN_31)).toEqual([
        [8],
        [""],
        [""],
        [0],
        [0],
      ]);
    });

    it("refuses a table without its Type column, or a single cell as the table", () => {
      const runtime = runtimeWithStagesTab();
      const noType = [
        ["Lead ID", "When"],
        ["L1", JAN_15],
      ];
      expect(() => runtime.callCustomFunction("ACTIVITYPOINTS", [["L1"]], noType, JAN_31)).toThrow(
        `ACTIVITYPOINTS: argument 'activities_table': the range has no "Type" column (found: Lead ID, When)`,
      );
      expect(() => runtime.callCustomFunction("ACTIVITYPOINTS", [["L1"]], "Activities!A:D")).toThrow(
        "ACTIVITYPOINTS: argument 'activities_table' must be a range including its header row",
      );
    });

    it("refuses an as_of that is not a date, and lead_ids of two columns", () => {
      const runtime = runtimeWithStagesTab();
      const activities = [
        ["Lead ID", "Type", "Date"],
        ["L1", "Call", JAN_15],
      ];
      expect(() => runtime.callCustomFunction("ACTIVITYPOINTS", [["L1"]], activities, "#N/A")).toThrow(
        `ACTIVITYPOINTS: argument 'as_of' is not a date: "#N/A"`,
      );
      expect(() => runtime.callCustomFunction("ACTIVITYPOINTS", [["L1", "L2"]], activities, JAN_31)).toThrow(
        "ACTIVITYPOINTS: argument 'lead_ids' must be a single cell or a single column (it has 2 columns)",
      );
    });
  });
});

describe("PIPELINENEEDED", () => {
  describe("bad input", () => {
    it("reads the win rate '0.6' and '60' alike", () => {
      const runtime = runtimeWithStagesTab();
      // 1000 / 0.6 = 1666.67 either way.
      expect(runtime.callCustomFunction("PIPELINENEEDED", 1000, "0.6")).toBeCloseTo(1000 / 0.6, 9);
      expect(runtime.callCustomFunction("PIPELINENEEDED", 1000, "60")).toBeCloseTo(1000 / 0.6, 9);
    });

    it("names the problem in the row of a win rate over 100 % or of 0, and blanks a blank target's row", () => {
      const runtime = runtimeWithStagesTab();
      const targets = [[1000], [1000], [1000], [""]];
      const winRates = [["25%"], ["150%"], [0], [0.5]];
      // 1000 / 0.25 = 4000; 150 % is no win rate; 0 would divide by zero; a blank target → blank.
      expect(runtime.callCustomFunction("PIPELINENEEDED", targets, winRates)).toEqual([
        [4000],
        [`PIPELINENEEDED: argument 'win_rate' is not a percentage in 0–100 %: "150%"`],
        ["PIPELINENEEDED: win_rate is 0, pipeline needed cannot be computed"],
        [""],
      ]);
    });

    it("throws for a single bad cell, naming the argument", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("PIPELINENEEDED", 1000, "150%")).toThrow(
        `PIPELINENEEDED: argument 'win_rate' is not a percentage in 0–100 %: "150%"`,
      );
      expect(() => runtime.callCustomFunction("PIPELINENEEDED", "#N/A", 0.5)).toThrow(
        `PIPELINENEEDED: argument 'target' is not a non-negative amount: "#N/A"`,
      );
      expect(() => runtime.callCustomFunction("PIPELINENEEDED", 1000, JAN_15)).toThrow(
        "PIPELINENEEDED: argument 'win_rate' is not a percentage in 0–100 %: 2026-01-15",
      );
      expect(() => runtime.callCustomFunction("PIPELINENEEDED", 1000, 0.5, "lots")).toThrow(
        `PIPELINENEEDED: argument 'won_so_far' is not a non-negative amount: "lots"`,
      );
    });

    it("refuses ranges of different lengths", () => {
      const runtime = runtimeWithStagesTab();
      expect(() => runtime.callCustomFunction("PIPELINENEEDED", [[1000], [2000]], [["25%"]])).toThrow(
        "PIPELINENEEDED: argument 'win_rate' has 1 rows but 'target' has 2",
      );
    });
  });
});
