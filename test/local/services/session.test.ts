import { Session } from "../../../src/local/services/session";

describe("Session", () => {
  const session = new Session({ userEmail: "ana@example.com", timeZone: "Europe/Paris", locale: "fr" });

  it("reports the active and effective user's email", () => {
    expect(session.getActiveUser().getEmail()).toBe("ana@example.com");
    expect(session.getEffectiveUser().getEmail()).toBe("ana@example.com");
  });

  it("reports the script time zone and the user's locale", () => {
    expect([session.getScriptTimeZone(), session.getActiveUserLocale()]).toEqual(["Europe/Paris", "fr"]);
  });

  it("gives a temporary user key that is stable per user and differs between users", () => {
    const other = new Session({ userEmail: "bo@example.com", timeZone: "UTC", locale: "en" });
    expect(session.getTemporaryActiveUserKey()).toBe(session.getTemporaryActiveUserKey());
    expect(session.getTemporaryActiveUserKey()).not.toBe(other.getTemporaryActiveUserKey());
    expect(session.getTemporaryActiveUserKey()).not.toContain("ana");
  });
});
