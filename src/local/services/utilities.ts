import { createHash, randomUUID } from "node:crypto";
import type { Clock } from "./clock";
import { formatDate } from "./format-date";
import { formatString } from "./format-string";

/** Utilities.DigestAlgorithm, mapped to node:crypto's names. */
export const DigestAlgorithm = {
  MD5: "MD5",
  SHA_1: "SHA_1",
  SHA_256: "SHA_256",
  SHA_384: "SHA_384",
  SHA_512: "SHA_512",
} as const;
const HASH_NAMES: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

/** Utilities.Charset. */
export const Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;

/** Apps Script's Utilities. Byte arrays are Java's: signed bytes in [-128, 127]. */
export class Utilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  constructor(private readonly clock: Clock) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Never waits: moves the runtime's clock forward instead. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || !(milliseconds >= 0))
      throw new Error("Invalid argument: milliseconds");
    this.clock.advance(milliseconds);
  }

  base64Encode(data: string | readonly number[]): string {
    return toBuffer(data).toString("base64");
  }

  base64EncodeWebSafe(data: string | readonly number[]): string {
    return toBuffer(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), "base64"));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), "base64url"));
  }

  computeDigest(algorithm: string, value: string | readonly number[]): number[] {
    const hashName = HASH_NAMES[algorithm];
    if (hashName === undefined) throw new Error("Invalid argument: algorithm");
    return toSignedBytes(createHash(hashName).update(toBuffer(value)).digest());
  }

  toString(): string {
    return "Utilities";
  }
}

function toBuffer(data: string | readonly number[]): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (Array.isArray(data)) return Buffer.from(data.map((byte) => byte & 0xff));
  throw new Error("Invalid argument: data");
}

function toSignedBytes(bytes: Buffer): number[] {
  return Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
}
