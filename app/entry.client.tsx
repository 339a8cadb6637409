import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { config as zodConfig } from "zod";
import { englishResources } from "~/modules/i18n/english";

// Only staff pages load this: public pages are not hydrated. Staff pages are
// English (see isStaffPath), so only English strings come to the browser.
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: englishResources },
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
