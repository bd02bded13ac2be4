import { CURRENCY_CODES, CURRENCY_SIGNS } from "./currency-codes";
import { readAmountDigits } from "./read-amount-digits";

/**
 * A money cell as a number: null when blank, NaN when it is not an amount. Negatives are kept
 * (the caller reports them). Text may carry currency signs or codes, spaces, thousands
 * separators, a leading minus or accounting parentheses: the last "." or "," is the decimal mark
 * unless exactly three digits follow it and it is the only separator kind present.
 * @example
 * parseMoney("$10,000"); // => 10000
 * parseMoney("1.234,50 €"); // => 1234.5
 * parseMoney("(1,200)"); // => -1200
 */
export function parseMoney(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : Number.NaN;
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "string") return Number.NaN;
  const text = raw.trim();
  if (text === "") return null;
  return parseMoneyText(text);
}

function parseMoneyText(text: string): number {
  let amountText = "";
  let negative = false;
  let signSeen = false;
  let letters = "";
  let start = 0;
  let end = text.length;
  if (text.charCodeAt(0) === 40 /* ( */ && text.charCodeAt(end - 1) === 41 /* ) */) {
    negative = true;
    signSeen = true;
    start = 1;
    end -= 1;
  }
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code === 46 || code === 44) {
      if (letters !== "" && !CURRENCY_CODES.has(letters.toUpperCase())) return Number.NaN;
      letters = "";
      amountText += text[index];
    } else if (code === 45 /* - */ || code === 0x2212 /* − */ || code === 43 /* + */) {
      if (signSeen || amountText !== "") return Number.NaN;
      signSeen = true;
      negative = code !== 43;
    } else if (isLetter(code)) {
      letters += text[index];
    } else if (!isIgnorable(code)) {
      return Number.NaN;
    }
  }
  if (letters !== "" && !CURRENCY_CODES.has(letters.toUpperCase())) return Number.NaN;
  const amount = readAmountDigits(amountText);
  return negative ? -amount : amount;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** Spaces (incl. non-breaking, thin, narrow) and apostrophes group digits; signs decorate them. */
function isIgnorable(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 39 /* ' */ ||
    code === 0x2019 /* ’ */ ||
    CURRENCY_SIGNS.has(code)
  );
}
