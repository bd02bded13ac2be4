/**
 * Utilities.formatString: a printf subset (%s, %d, %f with flags, width and precision; %% for %).
 * @example formatString("%s won %d deals (%.1f%%)", "Ana", 3, 42.25) // => "Ana won 3 deals (42.3%)"
 */
export function formatString(template: string, ...args: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%([-0+ ]*)(\d+)?(?:\.(\d+))?([sdfi%])/g,
    (_token, flags: string, width?: string, precision?: string, conversion?: string) => {
      if (conversion === "%") return "%";
      if (next >= args.length)
        throw new Error(`Missing argument for format specifier at position ${next + 1}`);
      const text = convert(args[next++], conversion ?? "s", precision, flags);
      return padTo(text, width === undefined ? 0 : Number(width), flags);
    },
  );
}

function convert(value: unknown, conversion: string, precision: string | undefined, flags: string): string {
  if (conversion === "s") {
    const text = String(value);
    return precision === undefined ? text : text.slice(0, Number(precision));
  }
  const number = Number(value);
  if (Number.isNaN(number)) throw new Error(`Invalid argument for %${conversion}: ${String(value)}`);
  const text =
    conversion === "f"
      ? number.toFixed(precision === undefined ? 6 : Number(precision))
      : String(Math.trunc(number));
  return flags.includes("+") && number >= 0 ? `+${text}` : text;
}

function padTo(text: string, width: number, flags: string): string {
  if (text.length >= width) return text;
  if (flags.includes("-")) return text.padEnd(width, " ");
  if (flags.includes("0") && /^[+-]?\d/.test(text)) {
    const sign = /^[+-]/.test(text) ? text.charAt(0) : "";
    return sign + text.slice(sign.length).padStart(width - sign.length, "0");
  }
  return text.padStart(width, " ");
}
