import admin from "~/locales/en/admin.json";
import builder from "~/locales/en/builder.json";
import common from "~/locales/en/common.json";
import feedback from "~/locales/en/feedback.json";
import help from "~/locales/en/help.json";
import kiosk from "~/locales/en/kiosk.json";
import kioskadmin from "~/locales/en/kioskadmin.json";
import safety from "~/locales/en/safety.json";
import staff from "~/locales/en/staff.json";
import plCommon from "~/locales/pl/common.json";
import plFeedback from "~/locales/pl/feedback.json";
import plHelp from "~/locales/pl/help.json";
import plKiosk from "~/locales/pl/kiosk.json";
import plSafety from "~/locales/pl/safety.json";
import roCommon from "~/locales/ro/common.json";
import roFeedback from "~/locales/ro/feedback.json";
import roHelp from "~/locales/ro/help.json";
import roKiosk from "~/locales/ro/kiosk.json";
import roSafety from "~/locales/ro/safety.json";
import ptCommon from "~/locales/pt/common.json";
import ptFeedback from "~/locales/pt/feedback.json";
import ptHelp from "~/locales/pt/help.json";
import ptKiosk from "~/locales/pt/kiosk.json";
import ptSafety from "~/locales/pt/safety.json";
import arCommon from "~/locales/ar/common.json";
import arFeedback from "~/locales/ar/feedback.json";
import arHelp from "~/locales/ar/help.json";
import arKiosk from "~/locales/ar/kiosk.json";
import arSafety from "~/locales/ar/safety.json";
import urCommon from "~/locales/ur/common.json";
import urFeedback from "~/locales/ur/feedback.json";
import urHelp from "~/locales/ur/help.json";
import urKiosk from "~/locales/ur/kiosk.json";
import urSafety from "~/locales/ur/safety.json";

// Namespaces: `common` for the survey journey and errors, `safety` for quick
// exit and staying safe, `help` for help, the directory and privacy pages,
// `feedback` for anonymous feedback. Keys outside `common` carry their
// namespace, e.g. "help:services.title".
export const defaultNamespace = "common";
export const namespaces = ["common", "safety", "help", "feedback", "builder", "staff", "admin", "kiosk", "kioskadmin"] as const;
/** The namespaces public pages use: translated into every language. */
export const publicNamespaces = ["common", "safety", "help", "feedback", "kiosk"] as const;
export { fallbackLanguage, languageNames, needsReview, supportedLanguages, untranslatedPages, type Language } from "./languages";

// Staff pages (builder, staff, admin) are English only for now; other
// languages fall back to English for them.
export const resources = {
  en: { common, safety, help, feedback, builder, staff, admin, kiosk, kioskadmin },
  pl: { common: plCommon, safety: plSafety, help: plHelp, feedback: plFeedback, kiosk: plKiosk },
  ro: { common: roCommon, safety: roSafety, help: roHelp, feedback: roFeedback, kiosk: roKiosk },
  pt: { common: ptCommon, safety: ptSafety, help: ptHelp, feedback: ptFeedback, kiosk: ptKiosk },
  ur: { common: urCommon, safety: urSafety, help: urHelp, feedback: urFeedback, kiosk: urKiosk },
  ar: { common: arCommon, safety: arSafety, help: arHelp, feedback: arFeedback, kiosk: arKiosk },
} as const;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)["en"];
  }
}

/** A language's page words, namespace by namespace (English where it has none yet). */
export function pageStrings(language: string): (typeof resources)["en"] {
  const own = (resources as Record<string, Partial<(typeof resources)["en"]>>)[language] ?? {};
  return { ...resources.en, ...own } as (typeof resources)["en"];
}
