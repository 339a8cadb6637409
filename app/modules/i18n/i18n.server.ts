import i18next, { type i18n } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultNamespace, fallbackLanguage, namespaces, resources, supportedLanguages } from "./config";

// One instance is made at start-up, and one clone per language, shared by every
// request in that language (making an instance per request costs ~1 ms). Nothing
// may call changeLanguage() on them: a request in another language gets another clone.
const base = i18next.createInstance();
void base.init({
  resources,
  lng: fallbackLanguage,
  fallbackLng: fallbackLanguage,
  supportedLngs: [...supportedLanguages],
  defaultNS: defaultNamespace,
  ns: [...namespaces],
  interpolation: { escapeValue: false },
  initImmediate: false,
});

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    // The choice is remembered for the session only (a later issue adds the switcher).
    order: ["searchParams", "header"],
  },
});

export async function languageOf(request: Request): Promise<string> {
  return detector.getLocale(request);
}

const perLanguage = new Map<string, i18n>();

export async function i18nForRequest(request: Request): Promise<i18n> {
  const language = await languageOf(request);
  let instance = perLanguage.get(language);
  if (!instance) {
    instance = base.cloneInstance({ lng: language, initImmediate: false });
    perLanguage.set(language, instance);
  }
  return instance;
}
