import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { HelpContacts } from "#db/schema/index.ts";
import { ErrorMessage } from "~/components/error-summary";
import { FaceIcon } from "~/components/face-icon";
import { HelpAtOnce, HelpContactsList, type HelpAudience } from "~/components/help-at-once";
import { PageShell } from "~/components/page-shell";
import { KIOSK_PATHS, agreementField, answerField } from "~/modules/kiosk/paths";
import { Radios } from "~/components/radios";
import { AGREEMENTS, maxLengthOf } from "~/modules/responses/journey";
import { localize, type Question } from "~/modules/survey/definition";

/** The token kiosk.js replaces with the seconds left (the words around it are translated here). */
export const SECONDS_TOKEN = "__SECONDS__";

/**
 * A kiosk page: the usual page, wrapped in what kiosk.js reads (how long
 * before the "are you still there?" warning, where the start is, where to send).
 */
export function KioskShell({ idleSeconds, page, children }: { idleSeconds: number; page: "start" | "answer" | "thanks"; children: ReactNode }) {
  return (
    <div data-kiosk={page} data-idle-seconds={idleSeconds} data-start-url={KIOSK_PATHS.start} data-send-url={KIOSK_PATHS.send}>
      <PageShell>{children}</PageShell>
      {page === "answer" ? <IdleWarning /> : null}
    </div>
  );
}

/** "Are you still there?": shown by kiosk.js after the venue's idle time, with a countdown read out to screen readers. */
function IdleWarning() {
  const { t } = useTranslation(["kiosk", "common"]);
  return (
    <div className="idle-overlay" hidden data-kiosk-idle="">
      <div className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-body">
        <h2 className="heading-m" id="kiosk-idle-title">
          {t("kiosk:idle.title")}
        </h2>
        <p className="body" id="kiosk-idle-body">
          {t("kiosk:idle.body")}
        </p>
        <p className="body" data-kiosk-idle-countdown="" data-template={t("kiosk:idle.countdown", { seconds: SECONDS_TOKEN })} aria-hidden="true"></p>
        <p className="visually-hidden" role="status" data-kiosk-idle-status=""></p>
        <button type="button" className="button" data-kiosk-carry-on="">
          {t("kiosk:idle.carryOn")}
        </button>
      </div>
    </div>
  );
}

export type ThanksKind = "sent" | "saved" | "help";

/**
 * The thank-you: help at once when the answers may disclose harm (as the web
 * journey does), else thanks and general help; "Next person" for the next.
 * On the answer page kiosk.js shows one of these in place of the form.
 */
export function KioskThanks({
  kind,
  contacts,
  audience,
  youSaidUrl,
  hidden,
}: {
  kind: ThanksKind;
  contacts: HelpContacts;
  audience: HelpAudience;
  /** The partnership's "You said, we did" page, as an address to type at home, not a link: the tablet stays a kiosk. */
  youSaidUrl: string;
  hidden?: boolean;
}) {
  const { t } = useTranslation(["kiosk", "common", "yousaid"]);
  return (
    <div hidden={hidden} data-kiosk-thanks={kind}>
      {kind === "help" ? (
        <HelpAtOnce contacts={contacts} audience={audience}>
          <p className="body">{t("kiosk:thanks.sent")}</p>
        </HelpAtOnce>
      ) : (
        <>
          <div className="panel">
            <h1 className="panel__title">
              {t("kiosk:thanks.title")}
            </h1>
            <div className="panel__body">{kind === "saved" ? t("kiosk:thanks.saved") : t("kiosk:thanks.sent")}</div>
          </div>
          <h2 className="heading-m">{t("kiosk:thanks.helpHeading")}</h2>
          <HelpContactsList contacts={contacts} audience={audience} />
        </>
      )}
      <p className="body kiosk-you-said" data-kiosk-you-said="">
        {t("yousaid:link.kiosk", { url: youSaidUrl })}
      </p>
      <p className="body">
        <a className="button button--start" href={KIOSK_PATHS.start} data-kiosk-next="">
          {t("kiosk:thanks.next")}
        </a>
      </p>
      <p className="body" hidden data-kiosk-countdown="" data-template={t("kiosk:thanks.autoReturn", { seconds: SECONDS_TOKEN })}></p>
    </div>
  );
}

interface QuestionProps {
  question: Question;
  /** Chosen option ids, or the typed text. */
  values: string[];
  error?: string;
  /** When skip logic may hide it: the question it depends on and the answers that show it. */
  onlyIf?: { question: Question; answers: string[] };
  /** A draft-text section's agreement, as chosen. */
  agreement?: string;
}

/**
 * One question of the whole survey on one page: the journey's question as a
 * section of the form (a second-level heading; the page's is the survey's).
 * Field `q-<id>`; the first input's id is the same, for the error summary.
 */
export function KioskQuestion({ question, values, error, onlyIf, agreement }: QuestionProps) {
  const { t, i18n } = useTranslation(["kiosk", "common", "consult"]);
  const lang = i18n.language;
  const name = answerField(question.id);
  const title = localize(question.title, lang);
  const hint = question.hint ? localize(question.hint, lang) : undefined;
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const optional = question.required ? undefined : t("common:question.optionalHint");
  const condition = onlyIf
    ? t("kiosk:form.onlyIf", {
        question: localize(onlyIf.question.title, lang),
        answers: onlyIf.question.options
          .filter((o) => onlyIf.answers.includes(o.id))
          .map((o) => localize(o.label, lang))
          .join(" / "),
      })
    : undefined;
  const typed = question.type === "free_text" || question.type === "draft_text";
  const describedBy = [hint || optional || condition || typed ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const groupProps = {
    className: `form-group kiosk-question${error ? " form-group--error" : ""}`,
    "data-kiosk-question": question.id,
    "data-required": question.required ? "" : undefined,
    "data-show-if-question": onlyIf ? answerField(onlyIf.question.id) : undefined,
    "data-show-if-any": onlyIf ? onlyIf.answers.join(" ") : undefined,
  };
  const hintBlock =
    hint || optional || condition ? (
      <>
        {condition ? <p>{condition}</p> : null}
        {hint ? <p>{hint}</p> : null}
        {optional ? <p>{optional}</p> : null}
      </>
    ) : null;

  if (question.type === "information") {
    return (
      <div {...groupProps}>
        <h2 className="heading-m">{title}</h2>
        {hint ? <p className="hint">{hint}</p> : null}
        {question.body ? <BodyText text={localize(question.body, lang)} /> : null}
      </div>
    );
  }

  if (typed) {
    const max = maxLengthOf(question);
    return (
      <div {...groupProps}>
        <h2 className="label-wrapper">
          <label className="label label--m" htmlFor={name}>
            {title}
          </label>
        </h2>
        {question.body ? (
          <div className="inset-text">
            <BodyText text={localize(question.body, lang)} />
          </div>
        ) : null}
        {question.type === "draft_text" ? (
          // A draft section: "Do you agree?" before "What would you change?", as on the web journey.
          <Radios
            id={agreementField(question.id)}
            name={agreementField(question.id)}
            legend={t("consult:agreement.legend")}
            hint={question.required ? undefined : t("common:question.optionalHint")}
            choices={AGREEMENTS.map((a) => ({ value: a, label: t(`consult:agreement.options.${a}`) }))}
            value={agreement ?? ""}
            orText={t("common:question.or")}
          />
        ) : null}
        <div id={hintId} className="hint">
          {hintBlock}
          <p>{t("common:question.textLimit", { max: max.toLocaleString(lang) })}</p>
        </div>
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <textarea
          className={`textarea${error ? " textarea--error" : ""}`}
          id={name}
          name={name}
          rows={5}
          autoComplete="off"
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
    <div {...groupProps}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--m">
          <h2 className="fieldset__heading">{title}</h2>
        </legend>
        {hintBlock ? (
          <div id={hintId} className="hint">
            {hintBlock}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className={`${itemsClass}${faces ? " radios--faces" : ""}`} data-exclusive-group={multiple ? "" : undefined}>
          {question.options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            const showDivider = option.exclusive && index > 0 && !question.options[index - 1]?.exclusive;
            const optionHint = option.hint ? localize(option.hint, lang) : undefined;
            return (
              <div key={option.id}>
                {showDivider ? <div className={`${itemsClass}__divider`}>{t("common:question.or")}</div> : null}
                <div className={`${itemsClass}__item`}>
                  <input
                    className={`${itemsClass}__input`}
                    id={id}
                    name={name}
                    type={inputType}
                    value={option.id}
                    autoComplete="off"
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
