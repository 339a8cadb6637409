import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { config as zodConfig } from "zod";
import admin from "~/locales/en/admin.json";
import builder from "~/locales/en/builder.json";
import common from "~/locales/en/common.json";
import consult from "~/locales/en/consult.json";
import feedback from "~/locales/en/feedback.json";
import help from "~/locales/en/help.json";
import safety from "~/locales/en/safety.json";
import platform from "~/locales/en/platform.json";
import staff from "~/locales/en/staff.json";

// Only staff pages load this: public pages are not hydrated. Staff pages are
// English (see isStaffPath), so only English strings come to the browser.
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { common, safety, help, feedback, consult, builder, staff, admin, platform } },
  lng: "en",
  fallbackLng: "en",
  defaultNS: "common",
  interpolation: { escapeValue: false },
  initImmediate: false,
  // Everything is in the bundle; nothing may suspend during hydration.
  react: { useSuspense: false },
});

// zod would test whether it may compile validators with `new Function`, which
// the Content-Security-Policy refuses (and reports): it need not try.
zodConfig({ jitless: true });

// Hydrate at once, not inside startTransition as Remix's default does: a
// person who presses Enter before a transition hydration ends meets React's
// "root did not complete" error (#345).
hydrateRoot(
  document,
  <I18nextProvider i18n={i18n}>
    <RemixBrowser />
  </I18nextProvider>,
);
