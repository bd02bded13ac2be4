import { createHash } from "node:crypto";

/** Apps Script's User. */
export class User {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return "User";
  }
}

/** What Session reports: who runs the script, where and in which language. */
export interface SessionSettings {
  readonly userEmail: string;
  readonly timeZone: string;
  readonly locale: string;
}

/** Apps Script's Session. */
export class Session {
  constructor(private readonly settings: SessionSettings) {}

  getActiveUser(): User {
    return new User(this.settings.userEmail);
  }

  getEffectiveUser(): User {
    return new User(this.settings.userEmail);
  }

  getScriptTimeZone(): string {
    return this.settings.timeZone;
  }

  getActiveUserLocale(): string {
    return this.settings.locale;
  }

  // Stable per user and script, opaque, as Apps Script's key is.
  getTemporaryActiveUserKey(): string {
    return createHash("sha256").update(`local-runtime:${this.settings.userEmail}`).digest("base64url");
  }

  toString(): string {
    return "Session";
  }
}
