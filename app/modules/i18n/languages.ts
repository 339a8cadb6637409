import { PSEUDO_LANGUAGE } from "./pseudo";

// The languages public pages are written in. No translations imported here, so
// the server's start-up code (app/server/main.ts) can use it.
export const fallbackLanguage = "en";
export const supportedLanguages = ["en", "pl", "ro", "pt", "ur", "ar"] as const;
export type Language = (typeof supportedLanguages)[number];

/** Each language's name in itself, for the language switcher. */
export const languageNames: Record<Language, string> = {
  en: "English",
  pl: "Polski",
  ro: "Română",
  pt: "Português",
  ur: "اردو",
  ar: "العربية",
};

/**
 * Drafted without a fluent speaker: every language but English needs a review
 * by one before real use (see the README).
 */
export const needsReview: readonly Language[] = ["pl", "ro", "pt", "ur", "ar"];

/**
 * Languages whose page words (common, safety, help, feedback) are not written
 * yet: their pages fall back to English words, with the right `lang`/`dir`
 * and translated survey text. A test keeps this list honest.
 */
export const untranslatedPages: readonly Language[] = [];

/** HEARD_PSEUDO_LOCALE=1 adds the pseudo-locale (tests only: see pseudo.ts). */
export const pseudoEnabled = typeof process !== "undefined" && process.env.HEARD_PSEUDO_LOCALE === "1";
/** Every language the server answers in. */
export const activeLanguages: readonly string[] = [...supportedLanguages, ...(pseudoEnabled ? [PSEUDO_LANGUAGE] : [])];

/** A supported language code, exactly, or null. */
export function supportedLanguage(code: string | null | undefined): string | null {
  return code && activeLanguages.includes(code) ? code : null;
}

/**
 * The language chosen with the switcher (`?lng=pl`) is remembered for the
 * browser session in this cookie: no expiry, HttpOnly, SameSite=Lax, and
 * nothing in it but the language code.
 */
export const LANGUAGE_COOKIE = "heard_lang";
export const LANGUAGE_PARAM = "lng";

/**
 * The Set-Cookie value that remembers a language chosen with `?lng=`, for the
 * browser session only; null when the address chooses no supported language.
 */
export function languageCookieFor(url: URL, secure: boolean): string | null {
  const language = supportedLanguage(url.searchParams.get(LANGUAGE_PARAM));
  if (!language) return null;
  return `${LANGUAGE_COOKIE}=${language}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** The language in the session cookie, if it is one we speak. */
export function languageFromCookie(header: string | null): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === LANGUAGE_COOKIE) return supportedLanguage(rest.join("="));
  }
  return null;
}

/** Staff pages are English only for now, whatever the public pages are read in. */
export function isStaffPath(pathname: string): boolean {
  return pathname === "/staff" || pathname.startsWith("/staff/");
}

/**
 * The first language in Accept-Language (by quality, then order) that we speak,
 * matching "pt-BR" to "pt". (remix-i18next looks only at the browser's first choice.)
 */
export function languageFromAcceptLanguage(header: string | null): string | null {
  const wanted = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((w) => w.tag && w.tag !== "*" && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const exact = supportedLanguage(tag);
    if (exact) return exact;
    const primary = supportedLanguage(tag.split("-")[0]!.toLowerCase());
    if (primary) return primary;
  }
  return null;
}
