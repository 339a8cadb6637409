import { useTranslation } from "react-i18next";
import { localize, type Question } from "~/modules/survey/definition";
import { maxLengthOf } from "~/modules/responses/journey";
import { DraftTextField } from "./draft-text-field";
import { ErrorMessage } from "./error-summary";
import { FaceIcon } from "./face-icon";

/** The id of the first input, which the error summary links to. */
export const ANSWER_FIELD_ID = "answer";

interface Props {
  question: Question;
  /** Chosen option ids, or the typed text. */
  values: string[];
  error?: string;
  /** A draft-text section's "Do you agree with this section?" error. */
  agreementError?: string;
  /** A draft-text section's place: "Section 2 of 5". */
  section?: { number: number; of: number } | null;
}

/** One question as the page's main heading and its field, the GOV.UK way. */
export function QuestionField({ question, values, error, agreementError, section }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = localize(question.title, lang);
  const hint = question.hint ? localize(question.hint, lang) : undefined;
  const errorId = `${ANSWER_FIELD_ID}-error`;
  const hintId = `${ANSWER_FIELD_ID}-hint`;
  const optional = question.required ? undefined : t("question.optionalHint");
  const typed = question.type === "free_text";
  const describedBy = [hint || optional || typed ? hintId : null, error ? errorId : null]
    .filter(Boolean)
    .join(" ") || undefined;
  const body = question.body ? <BodyText text={localize(question.body, lang)} /> : null;

  if (question.type === "draft_text") {
    return <DraftTextField question={question} values={values} error={error} agreementError={agreementError} section={section} body={body} />;
  }

  if (question.type === "information") {
    // A page to read: its heading and words, nothing to answer.
    return (
      <div className="form-group">
        <h1 className="heading-l">{title}</h1>
        {hint ? <p className="hint">{hint}</p> : null}
        {body}
      </div>
    );
  }

  if (typed) {
    const max = maxLengthOf(question);
    return (
      <div className={`form-group${error ? " form-group--error" : ""}`}>
        <h1 className="label-wrapper">
          <label className="label label--l" htmlFor={ANSWER_FIELD_ID}>
            {title}
          </label>
        </h1>
        {body ? <div className="inset-text">{body}</div> : null}
        <div id={hintId} className="hint">
          {hint ? <p>{hint}</p> : null}
          {optional ? <p>{optional}</p> : null}
          <p>{t("question.textLimit", { max: max.toLocaleString(lang) })}</p>
        </div>
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <textarea
          className={`textarea${error ? " textarea--error" : ""}`}
          id={ANSWER_FIELD_ID}
          name="answer"
          rows={6}
          aria-describedby={describedBy}
          data-max-length={max}
          defaultValue={values[0] ?? ""}
        />
      </div>
    );
  }

  const multiple = question.type === "multiple_choice";
  const inputType = multiple ? "checkbox" : "radio";
  const itemsClass = multiple ? "checkboxes" : "radios";
  const faces = question.type === "face_scale";
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--l">
          <h1 className="fieldset__heading">{title}</h1>
        </legend>
        {hint || optional ? (
          <div id={hintId} className="hint">
            {hint ? <p>{hint}</p> : null}
            {optional ? <p>{optional}</p> : null}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className={`${itemsClass}${faces ? " radios--faces" : ""}`} data-exclusive-group={multiple ? "" : undefined}>
          {question.options.map((option, index) => {
            const id = index === 0 ? ANSWER_FIELD_ID : `${ANSWER_FIELD_ID}-${index + 1}`;
            const showDivider = option.exclusive && index > 0 && !question.options[index - 1]?.exclusive;
            const optionHint = option.hint ? localize(option.hint, lang) : undefined;
            return (
              <div key={option.id}>
                {showDivider ? <div className={`${itemsClass}__divider`}>{t("question.or")}</div> : null}
                <div className={`${itemsClass}__item`}>
                  <input
                    className={`${itemsClass}__input`}
                    id={id}
                    name="answer"
                    type={inputType}
                    value={option.id}
                    defaultChecked={values.includes(option.id)}
                    aria-describedby={optionHint ? `${id}-hint` : undefined}
                    data-exclusive={option.exclusive ? "" : undefined}
                  />
                  <label className={`label ${itemsClass}__label`} htmlFor={id}>
                    {option.face ? <FaceIcon face={option.face} /> : null}
                    <span>{localize(option.label, lang)}</span>
                  </label>
                  {optionHint ? (
                    <div id={`${id}-hint`} className={`hint ${itemsClass}__hint`}>
                      {optionHint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Words written in the builder: blank lines make paragraphs. Always text, never HTML. */
function BodyText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} className="body">
            {paragraph}
          </p>
        ))}
    </>
  );
}
