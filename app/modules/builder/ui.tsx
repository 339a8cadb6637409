import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/error-summary";
import type { ErrorSummaryItem } from "~/components/error-summary";
import type builderEn from "~/locales/en/builder.json";

export type BuilderErrorCode = keyof (typeof builderEn)["errors"];

/** Error codes from the server as words (unknown codes read as a general problem). */
export function useErrorText(): (code: string) => string {
  const { t } = useTranslation(["builder", "common"]);
  return (code) => t(`builder:errors.${code as BuilderErrorCode}`, { defaultValue: t("builder:errors.general") });
}

/** The error summary's links: each to the field of the same name (or the one `targets` names). */
export function builderErrorItems(
  errorText: (code: string) => string,
  errors: Record<string, string>,
  targets: Record<string, string> = {},
): ErrorSummaryItem[] {
  return Object.entries(errors).map(([field, code]) => ({ href: `#${targets[field] ?? field}`, text: errorText(code) }));
}

/** A label, hint and error around any field. */
export function FieldErrors({
  name,
  error,
  children,
}: {
  name: string;
  error?: string;
  children: ReactNode;
}) {
  const errorText = useErrorText();
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      {error ? <ErrorMessage id={`${name}-error`} text={errorText(error)} /> : null}
      {children}
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "width"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** A short field (characters wide), e.g. "5" for a number. */
  width?: "5" | "10";
  /** A text area instead of a line. */
  multiline?: boolean;
  /** Written in this language (lang attribute), for translations. */
  language?: string;
  id?: string;
}

/** A GOV.UK text field: label, hint, error next to it, what was typed kept. */
export function BuilderField({ name, label, hint, error, width, multiline, language, id, defaultValue, ...rest }: FieldProps) {
  const errorText = useErrorText();
  const fieldId = id ?? name;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={fieldId}>
        {label}
      </label>
      {hint ? (
        <div id={`${fieldId}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${fieldId}-error`} text={errorText(error)} /> : null}
      {multiline ? (
        <textarea
          className={`textarea${error ? " textarea--error" : ""}`}
          id={fieldId}
          name={name}
          rows={4}
          lang={language}
          aria-describedby={describedBy}
          defaultValue={defaultValue as string | undefined}
        />
      ) : (
        <input
          className={`input${width ? ` input--width-${width}` : ""}${error ? " input--error" : ""}`}
          id={fieldId}
          name={name}
          type="text"
          lang={language}
          aria-describedby={describedBy}
          defaultValue={defaultValue}
          {...rest}
        />
      )}
    </div>
  );
}

/** Draft, published (with its version), closed; and whether unpublished changes wait. */
export function StatusTag({ status, version, hasDraft }: { status: "draft" | "published" | "closed"; version: number | null; hasDraft: boolean }) {
  const { t } = useTranslation(["builder", "common"]);
  return (
    <>
      <strong className="tag">{t(`builder:status.${status}`)}</strong>
      {version !== null ? <span> {t("builder:status.version", { version })}</span> : null}
      {hasDraft && version !== null ? <span> {t("builder:status.changesWaiting")}</span> : null}
    </>
  );
}

/** Problems the full rules found (publishing, importing): where, and what. */
export function ProblemList({ problems }: { problems: { path: string; message: string }[] }) {
  const { t } = useTranslation(["builder", "common"]);
  if (problems.length === 0) return null;
  return (
    <div className="inset-text" id="problems">
      <h2 className="heading-s">{t("builder:problems.heading")}</h2>
      <ul className="list list--bullet">
        {problems.map((problem, index) => (
          // Messages from the survey rules are in English: they name ids and fields.
          <li key={index} lang="en">
            {problem.path ? <code>{problem.path}</code> : null} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ value }: { value: string }) {
  return <input type="hidden" name="csrf" value={value} />;
}
