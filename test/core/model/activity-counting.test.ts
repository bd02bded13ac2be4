import { findLastActivity } from "../../../src/core/model/find-last-activity";
import { findStageEntry } from "../../../src/core/model/find-stage-entry";
import { hasMovedSinceCreated } from "../../../src/core/model/has-moved-since-created";
import { isCountedActivity } from "../../../src/core/model/is-counted-activity";
import { resolveActivityPoints } from "../../../src/core/model/resolve-activity-points";
import { sumActivityPoints } from "../../../src/core/model/sum-activity-points";
import { AS_OF, makeActivity, makeChange } from "./fixtures";

const WINDOW_START = AS_OF - 90;

describe("isCountedActivity", () => {
  it("counts a completed activity dated within the window", () => {
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF - 10, true), AS_OF, WINDOW_START, null)).toBe(
      true,
    );
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF, true), AS_OF, WINDOW_START, null)).toBe(true);
    expect(isCountedActivity(makeActivity("A", "Call", WINDOW_START, true), AS_OF, WINDOW_START, null)).toBe(
      true,
    );
  });

  it("skips activities before the window or after asOf", () => {
    expect(isCountedActivity(makeActivity("A", "Call", WINDOW_START - 1), AS_OF, WINDOW_START, null)).toBe(
      false,
    );
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF + 1), AS_OF, WINDOW_START, null)).toBe(false);
  });

  it("counts from the stage entry instead of the window when there is one", () => {
    const old = makeActivity("A", "Call", WINDOW_START - 30);
    expect(isCountedActivity(old, AS_OF, WINDOW_START, WINDOW_START - 30)).toBe(true); // entered 120 days ago
    const recent = makeActivity("A", "Call", AS_OF - 5);
    expect(isCountedActivity(recent, AS_OF, WINDOW_START, AS_OF - 4)).toBe(false); // before the entry
    expect(isCountedActivity(recent, AS_OF, WINDOW_START, AS_OF - 5)).toBe(true); // on the entry day
  });

  it("reads a blank Completed as done once dated on or before asOf", () => {
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF - 1, null), AS_OF, WINDOW_START, null)).toBe(
      true,
    );
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF + 1, null), AS_OF, WINDOW_START, null)).toBe(
      false,
    );
  });

  it("never counts an activity marked not completed", () => {
    expect(isCountedActivity(makeActivity("A", "Call", AS_OF - 1, false), AS_OF, WINDOW_START, null)).toBe(
      false,
    );
  });

  it("counts undated activities only when marked completed", () => {
    expect(isCountedActivity(makeActivity("A", "Call", null, true), AS_OF, WINDOW_START, AS_OF)).toBe(true);
    expect(isCountedActivity(makeActivity("A", "Call", null, null), AS_OF, WINDOW_START, null)).toBe(false);
  });

  it("has no lower bound without a window start or an entry", () => {
    expect(isCountedActivity(makeActivity("A", "Call", 0), AS_OF, null, null)).toBe(true);
  });
});

describe("sumActivityPoints", () => {
  const pointsOf = resolveActivityPoints([{ name: "Email", key: "email", points: 1, maxPerStage: 3 }]);

  it("adds the points of counted activities", () => {
    const activities = [
      makeActivity("A", "Meeting", AS_OF - 3),
      makeActivity("A", "Call", AS_OF - 2),
      makeActivity("A", "Meeting", AS_OF - 1),
      makeActivity("A", "Call", AS_OF + 3), // after asOf: not counted
    ];
    const total = sumActivityPoints(activities, pointsOf, AS_OF, WINDOW_START, null);
    expect(total.points).toBe(13); // 2 meetings × 5 + 1 call × 3
    expect(total.countedActivities).toBe(3);
    expect(total.tallies).toEqual([
      { typeKey: "meeting", count: 2, points: 10, capped: false },
      { typeKey: "call", count: 1, points: 3, capped: false },
    ]);
  });

  it("caps one type's points at its Max Per Stage", () => {
    const emails = [1, 2, 3, 4].map((daysAgo) => makeActivity("A", "Email", AS_OF - daysAgo));
    const total = sumActivityPoints(
      [...emails, makeActivity("A", "Call", AS_OF)],
      pointsOf,
      AS_OF,
      null,
      null,
    );
    expect(total.points).toBe(6); // min(4 × 1, 3) + 3
    expect(total.tallies).toEqual([
      { typeKey: "call", count: 1, points: 3, capped: false },
      { typeKey: "email", count: 4, points: 3, capped: true }, // equal points: by name, "call" < "email"
    ]);
  });

  it("gives zero without counted activities", () => {
    expect(sumActivityPoints([], pointsOf, AS_OF, null, null)).toEqual({
      points: 0,
      countedActivities: 0,
      tallies: [],
    });
  });
});

describe("findLastActivity", () => {
  it("takes the latest completed activity dated on or before asOf, in any stage", () => {
    const activities = [
      makeActivity("A", "Call", AS_OF - 40, true),
      makeActivity("A", "Call", AS_OF - 20, null), // blank Completed, dated: done
      makeActivity("A", "Call", AS_OF - 10, false), // not done
      makeActivity("A", "Call", AS_OF + 5, true), // after asOf
      makeActivity("A", "Call", null, true), // undated: no day to report
    ];
    expect(findLastActivity(activities, AS_OF)).toBe(AS_OF - 20);
    expect(findLastActivity([], AS_OF)).toBeNull();
  });
});

describe("findStageEntry", () => {
  it("takes the latest history row of the stage", () => {
    const history = [
      makeChange("A", "Proposal", 40),
      makeChange("A", "Lead", 50),
      makeChange("A", "Proposal", 30),
    ];
    expect(findStageEntry(history, "proposal")).toBe(40);
    expect(findStageEntry(history, "negotiation")).toBeNull();
  });
});

describe("hasMovedSinceCreated", () => {
  it("needs a history row dated after Created", () => {
    expect(hasMovedSinceCreated({ created: 10 }, [makeChange("A", "Lead", 10)])).toBe(false); // same day: creation
    expect(hasMovedSinceCreated({ created: 10 }, [makeChange("A", "Lead", 11)])).toBe(true);
  });

  it("takes any history row as a move when Created is blank", () => {
    expect(hasMovedSinceCreated({ created: null }, [makeChange("A", "Lead", 10)])).toBe(true);
    expect(hasMovedSinceCreated({ created: null }, [])).toBe(false);
  });
});
