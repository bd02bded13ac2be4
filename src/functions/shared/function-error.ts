/**
 * The error a custom function throws: Sheets shows `#ERROR!` with this message, so it always
 * starts with the function's name.
 * @example
 * functionError("WINRATE", "no won or lost leads").message; // => "WINRATE: no won or lost leads"
 */
export function functionError(functionName: string, message: string): Error {
  return new Error(`${functionName}: ${message}`);
}
