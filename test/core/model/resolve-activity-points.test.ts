import { resolveActivityPoints } from "../../../src/core/model/resolve-activity-points";

describe("resolveActivityPoints", () => {
  it("uses the SPEC defaults without an Activity Types tab", () => {
    const pointsOf = resolveActivityPoints([]);
    expect(["meeting", "demo", "call", "email", "note"].map((key) => pointsOf(key).points)).toEqual([
      5, 5, 3, 1, 1,
    ]);
    expect(pointsOf("call").maxPerStage).toBeNull();
  });

  it("gives any other type 1 point, or otherActivityPoints", () => {
    expect(resolveActivityPoints([])("lunch")).toEqual({ points: 1, maxPerStage: null });
    expect(resolveActivityPoints([], { otherActivityPoints: 2 })("lunch").points).toBe(2);
  });

  it("lets Activity Types rows win over the defaults", () => {
    const pointsOf = resolveActivityPoints([
      { name: "Meeting", key: "meeting", points: 8, maxPerStage: 16 },
      { name: "Lunch", key: "lunch", points: 4, maxPerStage: null },
      { name: "Meeting", key: "meeting", points: 99, maxPerStage: null }, // a repeat: the first row wins
    ]);
    expect(pointsOf("meeting")).toEqual({ points: 8, maxPerStage: 16 });
    expect(pointsOf("lunch")).toEqual({ points: 4, maxPerStage: null });
    expect(pointsOf("call").points).toBe(3); // still the default
  });

  it("finds the default of a plural type name", () => {
    expect(resolveActivityPoints([])("calls").points).toBe(3);
  });

  it("takes custom defaults from the options", () => {
    const pointsOf = resolveActivityPoints([], { defaultActivityPoints: { Visit: 7 } });
    expect(pointsOf("visit").points).toBe(7);
    expect(pointsOf("meeting").points).toBe(1); // replaced defaults: meeting is now "other"
  });
});
