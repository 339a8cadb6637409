import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/error-summary";

/** The hidden CSRF field every staff form carries (CSRF_FIELD in app/modules/staff/csrf.server.ts, which the browser bundle cannot import). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

/** An error key from a server module (`admin:...`) as words. */
export function useErrorText() {
  const { t } = useTranslation(["admin", "common"]);
  return (key: string | undefined): string | undefined => (key ? (t as unknown as (k: string) => string)(key) : undefined);
}

interface TextInputProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  type?: "text" | "email" | "tel" | "url" | "date";
  autoComplete?: string;
  /** A long answer: a textarea. */
  multiline?: boolean;
  spellCheck?: boolean;
  inputMode?: "text" | "tel" | "url" | "email";
  /** "auto" for words that may be typed in a right-to-left language (e.g. a translation). */
  dir?: "auto";
}

/** A GOV.UK text input: label, hint, error message next to the field, and what was typed kept. */
export function TextInput({ id, name = id, label, hint, value, error, type = "text", autoComplete, multiline, spellCheck, inputMode, dir }: TextInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId} text={error} /> : null}
      {multiline ? (
        <textarea
          className={`textarea${error ? " textarea--error" : ""}`}
          id={id}
          name={name}
          rows={4}
          aria-describedby={describedBy}
          defaultValue={value}
          spellCheck={spellCheck}
          dir={dir}
        />
      ) : (
        <input
          className={`input${error ? " input--error" : ""}`}
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete ?? "off"}
          aria-describedby={describedBy}
          defaultValue={value}
          spellCheck={spellCheck}
          inputMode={inputMode}
        />
      )}
    </div>
  );
}

export interface CheckboxChoice {
  value: string;
  label: string;
}

/**
 * A GOV.UK checkbox list: a fieldset of real checkboxes named `name`, so the
 * form posts the same before and after hydration. Native inputs rather than
 * react-aria-components' Checkbox: that one server-renders its input inside a
 * `style="..."` span, which the Content-Security-Policy refuses (a console
 * error on every page showing it).
 */
export function CheckboxList({
  id,
  name,
  legend,
  hint,
  choices,
  value,
  error,
  children,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  choices: CheckboxChoice[];
  value: string[];
  error?: string;
  children?: ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`} id={`${id}-group`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className="checkboxes">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div key={choice.value} className="checkboxes__item">
                <input
                  className="checkboxes__input"
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={choice.value}
                  defaultChecked={value.includes(choice.value)}
                  aria-invalid={error ? true : undefined}
                />
                <label className="label checkboxes__label" htmlFor={inputId}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}

/** One checkbox on its own (e.g. "I have checked these details today"), posting `value` when ticked. */
export function SingleCheckbox({ id, name, label, checked, value = "yes" }: { id: string; name: string; label: string; checked: boolean; value?: string }) {
  return (
    <div className="form-group">
      <div className="checkboxes__item">
        <input className="checkboxes__input" id={id} name={name} type="checkbox" value={value} defaultChecked={checked} />
        <label className="label checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
