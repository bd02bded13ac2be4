/** The calendar fields of an instant as seen in one time zone. */
interface ZonedFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Utilities.formatDate: a Java SimpleDateFormat subset (y, M, d, E, H, h, m, s, S, a, 'quoted').
 * @example formatDate(new Date(Date.UTC(2024, 0, 5, 14, 3)), "UTC", "yyyy-MM-dd HH:mm") // => "2024-01-05 14:03"
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error("Invalid argument: date");
  const fields = readZonedFields(date, String(timeZone));
  return String(pattern).replace(
    /'((?:[^']|'')*)'|([A-Za-z])\2*/g,
    (token, quoted: string | undefined, letter) =>
      quoted !== undefined
        ? quoted.replace(/''/g, "'") || "'"
        : formatField(letter as string, token.length, fields),
  );
}

function formatField(letter: string, width: number, fields: ZonedFields): string {
  const pad = (value: number) => String(value).padStart(width, "0");
  switch (letter) {
    case "y":
      return width === 2 ? String(fields.year % 100).padStart(2, "0") : pad(fields.year);
    case "M":
      if (width >= 4) return MONTHS[fields.month - 1] ?? "";
      return width === 3 ? (MONTHS[fields.month - 1] ?? "").slice(0, 3) : pad(fields.month);
    case "d":
      return pad(fields.day);
    case "E":
      return width >= 4 ? (WEEKDAYS[fields.weekday] ?? "") : (WEEKDAYS[fields.weekday] ?? "").slice(0, 3);
    case "H":
      return pad(fields.hour);
    case "h":
      return pad(fields.hour % 12 === 0 ? 12 : fields.hour % 12);
    case "m":
      return pad(fields.minute);
    case "s":
      return pad(fields.second);
    case "S":
      return pad(fields.millisecond);
    case "a":
      return fields.hour < 12 ? "AM" : "PM";
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

function readZonedFields(date: Date, timeZone: string): ZonedFields {
  const offset = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === "-" ? -1 : 1);
    return readZonedFields(new Date(date.getTime() + minutes * 60000), "UTC");
  }
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = Number(part.value);
  const year = parts.year ?? 0;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return {
    year,
    month,
    day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: date.getTime() - Math.floor(date.getTime() / 1000) * 1000,
    weekday,
  };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch (error) {
      throw new Error(`Invalid argument: timeZone (${timeZone}: ${(error as Error).message})`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
