/**
 * Texts numbered 0, 1, 2 … as they are added, found again by content: an open-addressing hash
 * table, for the custom functions' hot loops. Plain data worked on by module functions (not
 * closures made per call), so V8's optimized loops call the same functions on every call.
 */
export interface TextIndex {
  /** Slot pairs [hash, text number]; EMPTY numbers are free. At most half the slots are used. */
  slots: Int32Array;
  /** Slot count − 1 (a power of two − 1). */
  mask: number;
  /** The texts by number. */
  readonly texts: string[];
}

const EMPTY = -1;

/**
 * An empty index sized for `expectedCount` texts, so indexing a column of 100 000 IDs never
 * rehashes. Sheets passes every cell as a fresh string; hashing the few characters of an ID
 * here and probing one typed array builds a 100 000-ID index in about half the time of a Map.
 * @example
 * const index = createTextIndex();
 * addText(index, "L-1"); // => 0
 * findText(index, JSON.parse('"L-1"')); // => 0
 */
export function createTextIndex(expectedCount = 0): TextIndex {
  let mask = 15;
  while (mask + 1 < 2 * expectedCount) mask = 2 * mask + 1;
  return { slots: new Int32Array(2 * (mask + 1)).fill(EMPTY), mask, texts: [] };
}

/**
 * The number of a text added before; -1 when it was not.
 * @example
 * findText(createTextIndex(), "L-1"); // => -1
 */
export function findText(index: TextIndex, text: string): number {
  const { slots, mask, texts } = index;
  const hash = hashText(text);
  let position = hash & mask;
  for (;;) {
    const number = slots[2 * position + 1] as number;
    if (number === EMPTY) return EMPTY;
    // Only a matching hash reads the stored text, so most probes stay in one cache line.
    if (slots[2 * position] === hash && texts[number] === text) return number;
    position = (position + 1) & mask;
  }
}

/**
 * Adds a text and returns its number: a new text gets the count of texts before it, a text
 * added before keeps its number (one hash and one probe sequence either way).
 * @example
 * addText(createTextIndex(), "L-1"); // => 0
 */
export function addText(index: TextIndex, text: string): number {
  const { slots, mask, texts } = index;
  const hash = hashText(text);
  let position = hash & mask;
  for (;;) {
    const number = slots[2 * position + 1] as number;
    if (number === EMPTY) break;
    if (slots[2 * position] === hash && texts[number] === text) return number;
    position = (position + 1) & mask;
  }
  const number = texts.length;
  texts.push(text);
  if (2 * texts.length > mask + 1) {
    growSlots(index);
  } else {
    slots[2 * position] = hash;
    slots[2 * position + 1] = number;
  }
  return number;
}

/** FNV-1a over the UTF-16 code units, with a final shift-xor so low bits mix. */
function hashText(text: string): number {
  let hash = -2128831035;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  }
  return (hash ^ (hash >>> 15)) | 0;
}

/** Doubles the slots and places every text again (the newest included). */
function growSlots(index: TextIndex): void {
  const mask = 2 * index.mask + 1;
  const slots = new Int32Array(2 * (mask + 1)).fill(EMPTY);
  index.texts.forEach((text, number) => {
    const hash = hashText(text);
    let position = hash & mask;
    while (slots[2 * position + 1] !== EMPTY) position = (position + 1) & mask;
    slots[2 * position] = hash;
    slots[2 * position + 1] = number;
  });
  index.slots = slots;
  index.mask = mask;
}
