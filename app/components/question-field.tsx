import { useTranslation } from "react-i18next";
import { localizeMode, type Question, type QuestionOption } from "~/modules/survey/definition";
import { defaultIconFor } from "~/modules/survey/icons";
import { maxLengthOf } from "~/modules/responses/journey";
import { DraftTextField } from "./draft-text-field";
import { useEasyRead } from "./easy-read";
import { ErrorMessage } from "./error-summary";
import { FaceIcon } from "./face-icon";
import { OptionIcon } from "./icons/option-icon";

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
  const { t, i18n } = useTranslation(["common", "easy"]);
  const lang = i18n.language;
  const easy = useEasyRead();
  const title = localizeMode(question.title, question.easyRead?.title, lang, easy);
  const hint = question.hint ? localizeMode(question.hint, question.easyRead?.hint, lang, easy) : undefined;
  const errorId = `${ANSWER_FIELD_ID}-error`;
  const hintId = `${ANSWER_FIELD_ID}-hint`;
  const optional = question.required ? undefined : t("question.optionalHint");
  const typed = question.type === "free_text";
  const describedBy = [hint || optional || typed ? hintId : null, error ? errorId : null]
    .filter(Boolean)
    .join(" ") || undefined;
  const body = question.body ? <BodyText text={localizeMode(question.body, question.easyRead?.body, lang, easy)} /> : null;
  // Where enhance.js puts "Read aloud" (only in browsers that can speak): it reads the [data-speak] text below.
  const readAloud = <div className="read-aloud" data-read-aloud="" data-read={t("easy:readAloud.read")} data-stop={t("easy:readAloud.stop")} />;

  if (question.type === "draft_text") {
    return (
      <DraftTextField
        question={question}
        values={values}
        error={error}
        agreementError={agreementError}
        section={section}
        title={title}
        hint={hint}
        body={body}
        readAloud={readAloud}
      />
    );
  }

  if (question.type === "information") {
    // A page to read: its heading and words, nothing to answer.
    return (
      <div className="form-group" data-speak-group="">
        <h1 className="heading-l" data-speak="">{title}</h1>
        {readAloud}
        {hint ? <p className="hint" data-speak="">{hint}</p> : null}
        {body}
      </div>
    );
  }

  if (typed) {
    const max = maxLengthOf(question);
    return (
      <div className={`form-group${error ? " form-group--error" : ""}`} data-speak-group="">
        <h1 className="label-wrapper">
          <label className="label label--l" htmlFor={ANSWER_FIELD_ID} data-speak="">
            {title}
          </label>
        </h1>
        {readAloud}
        {body ? <div className="inset-text">{body}</div> : null}
        <div id={hintId} className="hint">
          {hint ? <p data-speak="">{hint}</p> : null}
          {optional ? <p data-speak="">{optional}</p> : null}
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
    <div className={`form-group${error ? " form-group--error" : ""}`} data-speak-group="">
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--l">
          <h1 className="fieldset__heading" data-speak="">{title}</h1>
        </legend>
        {readAloud}
        {hint || optional ? (
          <div id={hintId} className="hint">
            {hint ? <p data-speak="">{hint}</p> : null}
            {optional ? <p data-speak="">{optional}</p> : null}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className={`${itemsClass}${faces ? " radios--faces" : ""}`} data-exclusive-group={multiple ? "" : undefined}>
          {question.options.map((option, index) => {
            const id = index === 0 ? ANSWER_FIELD_ID : `${ANSWER_FIELD_ID}-${index + 1}`;
            const showDivider = option.exclusive && index > 0 && !question.options[index - 1]?.exclusive;
            const optionHint = option.hint ? localizeMode(option.hint, option.easyRead?.hint, lang, easy) : undefined;
            const picture = easy && !option.face ? pictureFor(option) : undefined;
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
                  <label className={`label ${itemsClass}__label${picture ? " label--pictured" : ""}`} htmlFor={id}>
                    {option.face ? <FaceIcon face={option.face} /> : null}
                    {picture ? <OptionIcon name={picture} /> : null}
                    <span data-speak="">{localizeMode(option.label, option.easyRead?.label, lang, easy)}</span>
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

/** Easy Read's picture for an option: the survey's choice, else the usual one for "Yes", "No" and the like. */
function pictureFor(option: QuestionOption) {
  return option.icon ?? defaultIconFor(option.id);
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
          <p key={index} className="body" data-speak="">
            {paragraph}
          </p>
        ))}
    </>
  );
}
