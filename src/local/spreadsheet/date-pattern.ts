import { formatDateField } from "./date-fields";
import type { WallClock } from "./zoned-time";

type DateToken =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "y" | "m" | "d" | "h" | "s" | "minute"; readonly length: number }
  | { readonly kind: "ampm"; readonly text: string };

function readRun(pattern: string, at: number): number {
  const letter = pattern[at]?.toLowerCase();
  let end = at;
  while (end < pattern.length && pattern[end]?.toLowerCase() === letter) end++;
  return end - at;
}

function tokenize(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let at = 0;
  while (at < pattern.length) {
    const char = pattern[at] ?? "";
    const lower = char.toLowerCase();
    if (/^(am\/pm|a\/p)/i.test(pattern.slice(at))) {
      const text = /^am\/pm/i.test(pattern.slice(at)) ? "am/pm" : "a/p";
      tokens.push({ kind: "ampm", text });
      at += text.length;
    } else if ("ymdhs".includes(lower)) {
      const length = readRun(pattern, at);
      tokens.push({ kind: lower as "y" | "m" | "d" | "h" | "s", length });
      at += length;
    } else if (char === '"') {
      const end = pattern.indexOf('"', at + 1);
      tokens.push({ kind: "literal", text: pattern.slice(at + 1, end < 0 ? undefined : end) });
      at = end < 0 ? pattern.length : end + 1;
    } else if (char === "\\") {
      tokens.push({ kind: "literal", text: pattern[at + 1] ?? "" });
      at += 2;
    } else {
      tokens.push({ kind: "literal", text: char });
      at += 1;
    }
  }
  return resolveMinutes(tokens);
}

/** `m` means minutes right after an hour or right before seconds (Sheets' and Excel's rule). */
function resolveMinutes(tokens: DateToken[]): DateToken[] {
  const parts = tokens.filter((token) => token.kind !== "literal");
  return tokens.map((token) => {
    if (token.kind !== "m" || token.length > 2) return token;
    const position = parts.indexOf(token);
    const before = parts[position - 1];
    const after = parts[position + 1];
    return before?.kind === "h" || after?.kind === "s" ? { kind: "minute", length: token.length } : token;
  });
}

function renderToken(token: DateToken, wall: WallClock, twelveHour: boolean): string {
  switch (token.kind) {
    case "literal":
      return token.text;
    case "y":
      return token.length <= 2 ? formatDateField("shortYear", 2, wall) : formatDateField("year", 1, wall);
    case "m":
      return formatDateField("month", token.length, wall);
    case "d":
      return formatDateField(token.length >= 3 ? "weekday" : "day", token.length, wall);
    case "h":
      return formatDateField(twelveHour ? "hour12" : "hour", Math.min(token.length, 2), wall);
    case "minute":
      return formatDateField("minute", token.length, wall);
    case "s":
      return formatDateField("second", Math.min(token.length, 2), wall);
    case "ampm": {
      const marker = formatDateField("meridiem", 2, wall);
      return token.text === "a/p" ? marker.slice(0, 1) : marker;
    }
  }
}

/** Renders a wall-clock date with a Sheets date pattern such as "yyyy-mm-dd" or "M/d/yyyy H:mm:ss". */
export function formatDatePattern(pattern: string, wall: WallClock): string {
  const tokens = tokenize(pattern);
  const twelveHour = tokens.some((token) => token.kind === "ampm");
  return tokens.map((token) => renderToken(token, wall, twelveHour)).join("");
}

/** True when a pattern formats dates (has y, d, h, s, or an m with no digit placeholders). */
export function isDatePattern(pattern: string): boolean {
  const bare = pattern.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}
