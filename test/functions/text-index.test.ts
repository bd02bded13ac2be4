import { addText, createTextIndex, findText } from "../../src/functions/shared/text-index";

describe("createTextIndex", () => {
  it("numbers texts in the order they are added and finds them by content", () => {
    const index = createTextIndex();
    expect(addText(index, "Meeting")).toBe(0);
    expect(addText(index, "Call")).toBe(1);
    // a text built at run time is another string object with the same content
    expect(findText(index, ["Cal", "l"].join(""))).toBe(1);
    expect(findText(index, "call")).toBe(-1);
    expect(index.texts).toEqual(["Meeting", "Call"]);
  });

  it("gives a text added again its first number", () => {
    const index = createTextIndex();
    addText(index, "L-1");
    addText(index, "L-2");
    // "L-1" was number 0; adding it again must not make a third text
    expect(addText(index, ["L", "-1"].join(""))).toBe(0);
    expect(index.texts).toHaveLength(2);
  });

  it("keeps every text findable while it grows", () => {
    const index = createTextIndex();
    const texts = Array.from({ length: 5000 }, (_, number) => `L-${number}`);
    for (const text of texts) addText(index, text);
    // each text i must come back as number i, and a text never added as -1
    expect(texts.every((text, number) => findText(index, text) === number)).toBe(true);
    expect(findText(index, "L-5000")).toBe(-1);
    expect(findText(index, "")).toBe(-1);
  });

  it("finds every text of an index sized up front, without growing", () => {
    const index = createTextIndex(3000);
    const slotCount = index.slots.length;
    const texts = Array.from({ length: 3000 }, (_, number) => `ID ${number}`);
    for (const text of texts) addText(index, text);
    // 3000 texts fit in the 8192 slots sized for them (at most half used), so no rehash
    expect(index.slots.length).toBe(slotCount);
    expect(texts.every((text, number) => findText(index, text) === number)).toBe(true);
  });
});
