/**
 * A Sheets colour as the opaque ARGB hex .xlsx stores.
 * @example
 * toArgb("#b7e1cd"); // => "FFB7E1CD"
 */
export function toArgb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}
