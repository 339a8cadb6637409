import admin from "~/locales/en/admin.json";
import builder from "~/locales/en/builder.json";
import common from "~/locales/en/common.json";
import easy from "~/locales/en/easy.json";
import feedback from "~/locales/en/feedback.json";
import help from "~/locales/en/help.json";
import safety from "~/locales/en/safety.json";
import staff from "~/locales/en/staff.json";
import plCommon from "~/locales/pl/common.json";
import plEasy from "~/locales/pl/easy.json";
import plFeedback from "~/locales/pl/feedback.json";
import plHelp from "~/locales/pl/help.json";
import plSafety from "~/locales/pl/safety.json";
import roCommon from "~/locales/ro/common.json";
import roEasy from "~/locales/ro/easy.json";
import roFeedback from "~/locales/ro/feedback.json";
import roHelp from "~/locales/ro/help.json";
import roSafety from "~/locales/ro/safety.json";
import ptCommon from "~/locales/pt/common.json";
import ptEasy from "~/locales/pt/easy.json";
import ptFeedback from "~/locales/pt/feedback.json";
import ptHelp from "~/locales/pt/help.json";
import ptSafety from "~/locales/pt/safety.json";
import arCommon from "~/locales/ar/common.json";
import arEasy from "~/locales/ar/easy.json";
import arFeedback from "~/locales/ar/feedback.json";
import arHelp from "~/locales/ar/help.json";
import arSafety from "~/locales/ar/safety.json";
import urCommon from "~/locales/ur/common.json";
import urEasy from "~/locales/ur/easy.json";
import urFeedback from "~/locales/ur/feedback.json";
import urHelp from "~/locales/ur/help.json";
import urSafety from "~/locales/ur/safety.json";

// Namespaces: `common` for the survey journey and errors, `safety` for quick
// exit and staying safe, `help` for help, the directory and privacy pages,
// `feedback` for anonymous feedback, `easy` for Easy Read and age bands (its
// `overrides` replace standard words in Easy Read: see easy-read.ts). Keys outside `common` carry their
// namespace, e.g. "help:services.title".
export const defaultNamespace = "common";
export const namespaces = ["common", "safety", "help", "feedback", "easy", "builder", "staff", "admin"] as const;
/** The namespaces public pages use: translated into every language. */
export const publicNamespaces = ["common", "safety", "help", "feedback", "easy"] as const;
export { fallbackLanguage, languageNames, needsReview, supportedLanguages, untranslatedPages, type Language } from "./languages";

// Staff pages (builder, staff, admin) are English only for now; other
// languages fall back to English for them.
export const resources = {
  en: { common, safety, help, feedback, easy, builder, staff, admin },
  pl: { common: plCommon, easy: plEasy, safety: plSafety, help: plHelp, feedback: plFeedback },
  ro: { common: roCommon, easy: roEasy, safety: roSafety, help: roHelp, feedback: roFeedback },
  pt: { common: ptCommon, easy: ptEasy, safety: ptSafety, help: ptHelp, feedback: ptFeedback },
  ur: { common: urCommon, easy: urEasy, safety: urSafety, help: urHelp, feedback: urFeedback },
  ar: { common: arCommon, easy: arEasy, safety: arSafety, help: arHelp, feedback: arFeedback },
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
