const TAKES_ES = /(?:s|x|z|ch|sh)$/i;
const CONSONANT_Y = /[^aeiou]y$/i;

/**
 * "n type(s)" in English: "1 call", "2 calls", "3 demos", "2 boxes", "2 replies".
 * @example
 * pluralizeType("meeting", 2); // => "2 meetings"
 */
export function pluralizeType(typeName: string, count: number): string {
  if (count === 1) return `${count} ${typeName}`;
  return `${count} ${pluralOf(typeName)}`;
}

function pluralOf(word: string): string {
  if (TAKES_ES.test(word)) return `${word}es`;
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
