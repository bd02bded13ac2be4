import { moneyFormat } from "../../../src/sheets/write/money-format";

describe("moneyFormat", () => {
  it("uses the currency of the locale's country", () => {
    // The currencies of the United States, the United Kingdom and Japan.
    expect(moneyFormat("en_US")).toBe("$#,##0");
    expect(moneyFormat("en_GB")).toBe("£#,##0");
    expect(moneyFormat("ja_JP")).toBe("[$¥]#,##0");
  });

  it("shows euros after the amount in euro-area locales", () => {
    for (const locale of ["de_DE", "fr_FR", "es_ES", "it_IT", "en_IE"])
      expect(moneyFormat(locale)).toBe("#,##0 [$€]");
  });

  describe("bad input", () => {
    it("falls back to plain grouping when the locale names no known country", () => {
      expect(moneyFormat("en")).toBe("#,##0");
      expect(moneyFormat("")).toBe("#,##0");
      expect(moneyFormat("xx_ZZ")).toBe("#,##0");
    });
  });
});
