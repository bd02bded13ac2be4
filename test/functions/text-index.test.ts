import { createTextIndex } from "../../src/functions/shared/text-index";

describe("createTextIndex", () => {
  it("numbers texts in the order they are added and finds them by content", () => {
    const index = createTextIndex();
    expect(index.add("Meeting")).toBe(0);
    expect(index.add("Call")).toBe(1);
    // a text built at run time is another string object with the same content
    expect(index.find(["Cal", "l"].join(""))).toBe(1);
    expect(index.find("call")).toBe(-1);
    expect(index.size()).toBe(2);
  });

  it("keeps every text findable while it grows", () => {
    const index = createTextIndex();
    const texts = Array.from({ length: 5000 }, (_, number) => `L-${number}`);
    for (const text of texts) index.add(text);
    // each text i must come back as number i, and a text never added as -1
    expect(texts.every((text, number) => index.find(text) === number)).toBe(true);
    expect(index.find("L-5000")).toBe(-1);
    expect(index.find("")).toBe(-1);
  });
});
