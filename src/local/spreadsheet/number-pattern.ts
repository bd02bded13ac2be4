import type { LocaleConventions } from "./locale-conventions";

/** A number-format section split into literal text around one numeric core such as "#,##0.00". */
interface NumberSection {
  readonly prefix: string;
  readonly suffix: string;
  readonly percent: boolean;
  readonly grouping: boolean;
  readonly minIntegerDigits: number;
  readonly minFractionDigits: number;
  readonly maxFractionDigits: number;
}

const sectionCache = new Map<string, NumberSection>();

/** Splits a pattern on `;` outside quotes: positive;negative;zero;text. */
export function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of pattern) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  sections.push(current);
  return sections;
}

/** The literal a pattern piece shows: "text", \x, [$€-407] → €, _x → space; [Red] and *x show nothing. */
function readLiteral(section: string, at: number): { text: string; next: number } {
  const char = section[at] ?? "";
  if (char === '"') {
    const end = section.indexOf('"', at + 1);
    return {
      text: section.slice(at + 1, end < 0 ? undefined : end),
      next: end < 0 ? section.length : end + 1,
    };
  }
  if (char === "\\") return { text: section[at + 1] ?? "", next: at + 2 };
  if (char === "_") return { text: " ", next: at + 2 };
  if (char === "*") return { text: "", next: at + 2 };
  if (char === "[") {
    const end = section.indexOf("]", at);
    const inside = section.slice(at + 1, end < 0 ? undefined : end);
    const next = end < 0 ? section.length : end + 1;
    return { text: inside.startsWith("$") ? (inside.slice(1).split("-")[0] ?? "") : "", next };
  }
  return { text: char, next: at + 1 };
}

function parseSection(section: string): NumberSection {
  let prefix = "";
  let suffix = "";
  let core = "";
  let percent = false;
  let at = 0;
  while (at < section.length) {
    const char = section[at] ?? "";
    const inCore = "0#?".includes(char) || (core !== "" && suffix === "" && ".,".includes(char));
    if (inCore && suffix === "") {
      core += char;
      at += 1;
      continue;
    }
    const { text, next } = readLiteral(section, at);
    if (char === "%") percent = true;
    if (core === "") prefix += text;
    else suffix += text;
    at = next;
  }
  const [integerPart = "", fractionPart = ""] = core.split(".");
  return {
    prefix,
    suffix,
    percent,
    grouping: /[0#?],[0#?]/.test(integerPart),
    minIntegerDigits: (integerPart.match(/0/g) ?? []).length,
    minFractionDigits: (fractionPart.match(/0/g) ?? []).length,
    maxFractionDigits: (fractionPart.match(/[0#?]/g) ?? []).length,
  };
}

function sectionFor(pattern: string): NumberSection {
  let section = sectionCache.get(pattern);
  if (section === undefined) {
    section = parseSection(pattern);
    sectionCache.set(pattern, section);
  }
  return section;
}

function renderDigits(magnitude: number, section: NumberSection, conventions: LocaleConventions): string {
  const fixed = magnitude.toFixed(section.maxFractionDigits);
  let [integerDigits = "0", fractionDigits = ""] = fixed.split(".");
  while (fractionDigits.length > section.minFractionDigits && fractionDigits.endsWith("0")) {
    fractionDigits = fractionDigits.slice(0, -1);
  }
  if (integerDigits === "0" && section.minIntegerDigits === 0) integerDigits = "";
  integerDigits = integerDigits.padStart(section.minIntegerDigits, "0");
  if (section.grouping) integerDigits = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, conventions.group);
  return fractionDigits === "" ? integerDigits : `${integerDigits}${conventions.decimal}${fractionDigits}`;
}

/** Renders a number with a Sheets number pattern such as "#,##0.00", "0.0%", "[$€]#,##0.00". */
export function formatNumberPattern(value: number, pattern: string, conventions: LocaleConventions): string {
  const sections = splitSections(pattern);
  let chosen = sections[0] ?? "";
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections.length > 1) {
    chosen = sections[1] ?? "";
    sign = "";
  } else if (value === 0 && sections.length > 2) {
    chosen = sections[2] ?? "";
  }
  const section = sectionFor(chosen);
  const magnitude = Math.abs(value) * (section.percent ? 100 : 1);
  const digits = renderDigits(magnitude, section, conventions);
  if (/^[0.,\s]*$/.test(digits)) sign = "";
  return `${sign}${section.prefix}${digits}${section.suffix}`;
}
