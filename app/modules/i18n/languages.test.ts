import { describe, expect, it } from "vitest";
import { languageCookieFor, languageFromAcceptLanguage, languageFromCookie } from "./languages";

describe("choosing the language", () => {
  it("takes the best language we speak from Accept-Language", () => {
    expect(languageFromAcceptLanguage(null)).toBeNull();
    expect(languageFromAcceptLanguage("fr-FR, pt;q=0.8, en;q=0.5")).toBe("pt");
    expect(languageFromAcceptLanguage("en;q=0.4, ar-SA;q=0.9")).toBe("ar");
    expect(languageFromAcceptLanguage("pl-PL")).toBe("pl");
    expect(languageFromAcceptLanguage("ur;q=0, fr")).toBeNull();
    expect(languageFromAcceptLanguage("*")).toBeNull();
  });

  it("remembers only a supported code, in a session cookie", () => {
    expect(languageCookieFor(new URL("http://x/help?lng=ur"), true)).toBe("heard_lang=ur; Path=/; HttpOnly; SameSite=Lax; Secure");
    expect(languageCookieFor(new URL("http://x/help?lng=ur"), false)).not.toMatch(/Expires|Max-Age|Secure/i);
    expect(languageCookieFor(new URL("http://x/help?lng=fr"), false)).toBeNull();
    expect(languageCookieFor(new URL("http://x/help"), false)).toBeNull();
    expect(languageFromCookie("a=1; heard_lang=ro")).toBe("ro");
    expect(languageFromCookie("heard_lang=xx")).toBeNull();
  });
});
