import admin from "~/locales/en/admin.json";
import builder from "~/locales/en/builder.json";
import common from "~/locales/en/common.json";
import feedback from "~/locales/en/feedback.json";
import help from "~/locales/en/help.json";
import safety from "~/locales/en/safety.json";
import staff from "~/locales/en/staff.json";

// Namespaces: `common` for the survey journey and errors, `safety` for quick
// exit and staying safe, `help` for help, the directory and privacy pages,
// `feedback` for anonymous feedback. Keys outside `common` carry their
// namespace, e.g. "help:services.title".
export const defaultNamespace = "common";
export const namespaces = ["common", "safety", "help", "feedback", "builder", "staff", "admin"] as const;
export const fallbackLanguage = "en";
export const supportedLanguages = ["en"] as const;
export type Language = (typeof supportedLanguages)[number];

export const resources = {
  en: { common, safety, help, feedback, builder, staff, admin },
} as const;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)["en"];
  }
}
