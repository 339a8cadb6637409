import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AGREEMENT_FIELD, AGREEMENTS, maxLengthOf } from "~/modules/responses/journey";
import type { Question } from "~/modules/survey/definition";
import { ErrorMessage } from "./error-summary";
import { Radios } from "./radios";

/** The first agreement radio's id: the error summary links to it. */
export const AGREEMENT_FIELD_ID = "agreement";
/** The text box keeps the id every typed answer has ("answer"). */
const TEXT_FIELD_ID = "answer";

interface Props {
  question: Question;
  /** [what was typed, the agreement chosen (if any)]. */
  values: string[];
  /** The text box's error. */
  error?: string;
  agreementError?: string;
  /** "Section 2 of 5", when the page knows. */
  section?: { number: number; of: number } | null;
  /** The section's heading and hint, in the page's language and mode (Easy Read or standard). */
  title: string;
  hint?: string;
  /** Paragraphs of the draft, as the page renders builder text. */
  body: ReactNode;
  /** Where "Read aloud" goes: it reads the section's heading, words and answers. */
  readAloud: ReactNode;
}

/**
 * A section of draft text for consultation: the section as the page's heading
 * and quoted text, then "Do you agree with this section?" (GOV.UK radios) and
 * "What would you change?" (a text box), on one page.
 */
export function DraftTextField({ question, values, error, agreementError, section, title, hint, body, readAloud }: Props) {
  const { t, i18n } = useTranslation(["common", "consult"]);
  const lang = i18n.language;
  const optional = t("question.optionalHint");
  const max = maxLengthOf(question);
  const hintId = `${TEXT_FIELD_ID}-hint`;
  const errorId = `${TEXT_FIELD_ID}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const [typed = "", agreement = ""] = values;
  return (
    <div className="draft-text" data-speak-group="">
      {section ? <span className="caption-l">{t("consult:section.caption", section)}</span> : null}
      <h1 className="heading-l" data-speak="">
        {title}
      </h1>
      {readAloud}
      {hint ? (
        <p className="body" data-speak="">
          {hint}
        </p>
      ) : null}
      <h2 className="heading-m">{t("consult:draft.heading")}</h2>
      <blockquote className="inset-text">{body}</blockquote>
      <Radios
        id={AGREEMENT_FIELD_ID}
        name={AGREEMENT_FIELD}
        legend={t("consult:agreement.legend")}
        hint={question.required ? undefined : optional}
        choices={AGREEMENTS.map((a) => ({ value: a, label: t(`consult:agreement.options.${a}`) }))}
        value={agreement}
        error={agreementError}
        orText={t("question.or")}
        speak
      />
      <div className={`form-group${error ? " form-group--error" : ""}`}>
        <label className="label label--m" htmlFor={TEXT_FIELD_ID} data-speak="">
          {t("consult:change.label")}
        </label>
        <div id={hintId} className="hint">
          <p>{t("consult:change.hint")}</p>
          <p>{optional}</p>
          <p>{t("question.textLimit", { max: max.toLocaleString(lang) })}</p>
        </div>
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <textarea
          className={`textarea${error ? " textarea--error" : ""}`}
          id={TEXT_FIELD_ID}
          name="answer"
          rows={6}
          aria-describedby={describedBy}
          data-max-length={max}
          defaultValue={typed}
        />
      </div>
    </div>
  );
}
