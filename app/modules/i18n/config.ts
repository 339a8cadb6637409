import en from "~/locales/en/common.json";

export const defaultNamespace = "common";
export const fallbackLanguage = "en";
export const supportedLanguages = ["en"] as const;
export type Language = (typeof supportedLanguages)[number];

export const resources = {
  en: { common: en },
} as const;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)["en"];
  }
}
