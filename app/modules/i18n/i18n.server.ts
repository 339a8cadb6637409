import i18next, { type i18n } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultNamespace, fallbackLanguage, namespaces, resources } from "./config";
import { LANGUAGE_PARAM, activeLanguages, isStaffPath, languageFromAcceptLanguage, languageFromCookie, pseudoEnabled } from "./languages";
import { PSEUDO_LANGUAGE, pseudoResources } from "./pseudo";
import { isEasyRead, withEasyReadWords } from "./easy-read";

const allResources: Record<string, unknown> = pseudoEnabled
  ? { ...resources, [PSEUDO_LANGUAGE]: pseudoResources(resources.en) }
  : resources;
/** The same words with Easy Read's laid over them, language by language. */
const easyReadResources: Record<string, unknown> = Object.fromEntries(
  Object.entries(allResources).map(([language, words]) => [language, withEasyReadWords(words as Record<string, unknown>)]),
);

// One instance is made at start-up, and one clone per language, shared by every
// request in that language (making an instance per request costs ~1 ms). Nothing
// may call changeLanguage() on them: a request in another language gets another clone.
const options = {
  resources: allResources as typeof resources,
  lng: fallbackLanguage,
  fallbackLng: fallbackLanguage,
  supportedLngs: [...activeLanguages],
  defaultNS: defaultNamespace,
  ns: [...namespaces],
  interpolation: { escapeValue: false },
  initImmediate: false,
};
const base = i18next.createInstance();
void base.init(options);

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...activeLanguages],
    fallbackLanguage,
    searchParamKey: LANGUAGE_PARAM,
    // The switcher's choice (in the address, then remembered in the session
    // cookie: see languageCookieFor), else the browser's Accept-Language, else English.
    order: ["searchParams", "custom"],
    findLocale: async (request) =>
      languageFromCookie(request.headers.get("Cookie")) ?? languageFromAcceptLanguage(request.headers.get("Accept-Language")),
  },
});

export async function languageOf(request: Request): Promise<string> {
  if (isStaffPath(new URL(request.url).pathname)) return fallbackLanguage;
  return detector.getLocale(request);
}

// Easy Read has its own instance, with its own words: one per language too.
const easyBase = i18next.createInstance();
void easyBase.init({ ...options, resources: easyReadResources as typeof resources });

const perLanguage = new Map<string, i18n>();

export async function i18nForRequest(request: Request): Promise<i18n> {
  const language = await languageOf(request);
  const easyRead = !isStaffPath(new URL(request.url).pathname) && isEasyRead(request);
  const key = `${easyRead ? "easy:" : ""}${language}`;
  let instance = perLanguage.get(key);
  if (!instance) {
    instance = (easyRead ? easyBase : base).cloneInstance({ lng: language, initImmediate: false });
    perLanguage.set(key, instance);
  }
  return instance;
}
