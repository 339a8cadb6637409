import { useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface ErrorSummaryItem {
  href: string;
  text: string;
}

/**
 * GOV.UK error summary: at the top of the page, focused when the page loads
 * (by `autofocus`, so it works without JavaScript), each error a link to its field.
 * On hydrated staff pages a form's errors arrive by client-side navigation,
 * where `autofocus` does nothing on a div: an effect focuses it instead.
 */
export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const signature = items.map((item) => item.href + item.text).join("\n");
  // Again after every submission, even one that gives the same errors.
  const settled = useNavigation().state === "idle";
  useEffect(() => {
    if (settled && signature) summary.current?.focus();
  }, [settled, signature]);
  if (items.length === 0) return null;
  return (
    <div
      ref={summary}
      className="error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      data-error-summary=""
      // eslint-disable-next-line jsx-a11y/no-autofocus -- GOV.UK pattern: the summary takes focus so people hear what went wrong
      autoFocus
    >
      <h2 className="error-summary__title" id="error-summary-title">
        {t("errors.summaryTitle")}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.href + item.text}>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t("errors.prefix")} </span>
      {text}
    </p>
  );
}
