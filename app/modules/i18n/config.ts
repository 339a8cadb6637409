import { englishResources } from "./english";
import plCommon from "~/locales/pl/common.json";
import plConsult from "~/locales/pl/consult.json";
import plEasy from "~/locales/pl/easy.json";
import plFeedback from "~/locales/pl/feedback.json";
import plHelp from "~/locales/pl/help.json";
import plLinks from "~/locales/pl/links.json";
import plKiosk from "~/locales/pl/kiosk.json";
import plSafety from "~/locales/pl/safety.json";
import plYouSaid from "~/locales/pl/yousaid.json";
import roCommon from "~/locales/ro/common.json";
import roConsult from "~/locales/ro/consult.json";
import roEasy from "~/locales/ro/easy.json";
import roFeedback from "~/locales/ro/feedback.json";
import roHelp from "~/locales/ro/help.json";
import roLinks from "~/locales/ro/links.json";
import roKiosk from "~/locales/ro/kiosk.json";
import roSafety from "~/locales/ro/safety.json";
import roYouSaid from "~/locales/ro/yousaid.json";
import ptCommon from "~/locales/pt/common.json";
import ptConsult from "~/locales/pt/consult.json";
import ptEasy from "~/locales/pt/easy.json";
import ptFeedback from "~/locales/pt/feedback.json";
import ptHelp from "~/locales/pt/help.json";
import ptLinks from "~/locales/pt/links.json";
import ptKiosk from "~/locales/pt/kiosk.json";
import ptSafety from "~/locales/pt/safety.json";
import ptYouSaid from "~/locales/pt/yousaid.json";
import arCommon from "~/locales/ar/common.json";
import arConsult from "~/locales/ar/consult.json";
import arEasy from "~/locales/ar/easy.json";
import arFeedback from "~/locales/ar/feedback.json";
import arHelp from "~/locales/ar/help.json";
import arLinks from "~/locales/ar/links.json";
import arKiosk from "~/locales/ar/kiosk.json";
import arSafety from "~/locales/ar/safety.json";
import arYouSaid from "~/locales/ar/yousaid.json";
import urCommon from "~/locales/ur/common.json";
import urConsult from "~/locales/ur/consult.json";
import urEasy from "~/locales/ur/easy.json";
import urFeedback from "~/locales/ur/feedback.json";
import urHelp from "~/locales/ur/help.json";
import urLinks from "~/locales/ur/links.json";
import urKiosk from "~/locales/ur/kiosk.json";
import urSafety from "~/locales/ur/safety.json";
import urYouSaid from "~/locales/ur/yousaid.json";

// Namespaces: `common` for the survey journey and errors, `safety` for quick
// exit and staying safe, `help` for help, the directory and privacy pages,
// `feedback` for anonymous feedback, `easy` for Easy Read and age bands (its
// `overrides` replace standard words in Easy Read: see easy-read.ts), `links`
// for school and setting links (`linkadmin`: their staff pages and posters,
// English only), `kiosk` for children's-centre kiosks (`kioskadmin`: their
// staff page, English only). Keys outside `common` carry their namespace, e.g. "help:services.title".
export const defaultNamespace = "common";
export const namespaces = ["common", "safety", "help", "feedback", "easy", "consult", "links", "kiosk", "builder", "staff", "admin", "platform", "linkadmin", "kioskadmin", "coding", "imports", "triage", "summaries", "dashboard", "exports", "strategy", "yousaid"] as const;
/** The namespaces public pages use: translated into every language. */
export const publicNamespaces = ["common", "safety", "help", "feedback", "easy", "consult", "links", "kiosk", "yousaid"] as const;
export { fallbackLanguage, languageNames, needsReview, supportedLanguages, untranslatedPages, type Language } from "./languages";

// Staff pages (builder, staff, admin) are English only for now; other
// languages fall back to English for them.
export const resources = {
  en: englishResources,
  pl: { common: plCommon, easy: plEasy, consult: plConsult, safety: plSafety, help: plHelp, feedback: plFeedback, links: plLinks, kiosk: plKiosk, yousaid: plYouSaid },
  ro: { common: roCommon, easy: roEasy, consult: roConsult, safety: roSafety, help: roHelp, feedback: roFeedback, links: roLinks, kiosk: roKiosk, yousaid: roYouSaid },
  pt: { common: ptCommon, easy: ptEasy, consult: ptConsult, safety: ptSafety, help: ptHelp, feedback: ptFeedback, links: ptLinks, kiosk: ptKiosk, yousaid: ptYouSaid },
  ur: { common: urCommon, easy: urEasy, consult: urConsult, safety: urSafety, help: urHelp, feedback: urFeedback, links: urLinks, kiosk: urKiosk, yousaid: urYouSaid },
  ar: { common: arCommon, easy: arEasy, consult: arConsult, safety: arSafety, help: arHelp, feedback: arFeedback, links: arLinks, kiosk: arKiosk, yousaid: arYouSaid },
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
