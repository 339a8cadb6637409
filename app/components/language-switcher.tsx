import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_PARAM, languageNames, supportedLanguages } from "~/modules/i18n/languages";

/** This page in another language: the same address with `?lng=` set (the server remembers it for the session). */
export function languageHref(pathname: string, search: string, language: string): string {
  const params = new URLSearchParams(search);
  params.set(LANGUAGE_PARAM, language);
  return `${pathname}?${params.toString()}`;
}

/**
 * Plain links, so it works without JavaScript: each language named in itself,
 * marked with its own `lang` so screen readers say it properly.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <nav className="language-switcher" aria-label={t("language.label")}>
      <ul className="language-switcher__list">
        {supportedLanguages.map((language) => (
          <li key={language} className="language-switcher__item">
            {language === i18n.language ? (
              <span className="language-switcher__current" lang={language} aria-current="true">
                {languageNames[language]}
              </span>
            ) : (
              <a
                className="language-switcher__link"
                href={languageHref(pathname, search, language)}
                lang={language}
                hrefLang={language}
              >
                {languageNames[language]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
