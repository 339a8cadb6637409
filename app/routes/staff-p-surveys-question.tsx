import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import { OptionIcon } from "~/components/icons/option-icon";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { builderSurvey, builderSurveyForm, notFound } from "~/modules/builder/access.server";
import { surveyPath } from "~/modules/builder/paths";
import { updateQuestion } from "~/modules/builder/builder.server";
import { COMMON_LANGUAGES, LANGUAGE_CODE, languagesOf, missingTranslations, type DraftQuestion, type DraftText } from "~/modules/builder/draft";
import { NEW_OPTION_ROWS, readQuestionForm } from "~/modules/builder/question-form";
import { BuilderField, CsrfField, builderErrorItems, useErrorText } from "~/modules/builder/ui";
import { NEEDS } from "~/modules/help/needs";
import { hasOptions, questionTypes } from "~/modules/survey/definition";
import { OPTION_ICONS, defaultIconFor, type OptionIcon as OptionIconName } from "~/modules/survey/icons";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = {
  hydrate: true,
  pageTitle: ({ t, data }) => {
    const title = (data as { question?: DraftQuestion } | undefined)?.question?.title.en;
    return title ? t("builder:question.pageTitle", { title, ns: ["builder"] }) : t("builder:list.title", { ns: ["builder"] });
  },
};

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, csrf, survey } = await builderSurvey(context, request, params);
  const index = survey.definition.questions.findIndex((q) => q.id === params.questionId);
  if (index === -1) notFound();
  const question = survey.definition.questions[index]!;
  const asked = new URL(request.url).searchParams.get("lang") ?? "";
  const languages = languagesOf(survey.definition);
  const language = LANGUAGE_CODE.test(asked) && asked !== "en" ? asked : (languages[0] ?? null);
  // This question's fields only (the survey's own words are listed on the survey page).
  const missing = language
    ? missingTranslations({ ...survey.definition, questions: [question] }, language)
        .filter((m) => m.questionId === question.id)
        .map((m) => m.field)
    : [];
  return data(
    {
      partnership,
      csrf,
      surveyId: survey.id,
      question,
      earlier: survey.definition.questions.slice(0, index).filter((q) => hasOptions(q.type)),
      language,
      languages: [...new Set([...languages, ...COMMON_LANGUAGES])],
      missing,
      /** The survey's age bands, to tick those who see the question. */
      bands: (survey.definition.ageBands ?? []).map((band) => ({ id: band.id, label: band.label.en ?? band.id })),
    },
    { headers: STAFF_NO_STORE },
  );
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { form, partnership, survey } = await builderSurveyForm(context, request, params);
  const index = survey.definition.questions.findIndex((q) => q.id === params.questionId);
  if (index === -1) notFound();
  const bands = (survey.definition.ageBands ?? []).map((band) => band.id);
  const { question, errors } = readQuestionForm(form, survey.definition.questions[index]!, survey.definition.questions.slice(0, index), bands);
  if (Object.keys(errors).length === 0) {
    const saved = await updateQuestion(context.db, partnership.id, survey.id, question);
    if (saved === null) notFound();
    if (saved.ok) return redirect(`${surveyPath(partnership.slug, survey.id)}#question-${question.id}`, { headers: STAFF_NO_STORE });
    return data({ errors: saved.errors as Record<string, string>, question }, { status: 400, headers: STAFF_NO_STORE });
  }
  return data({ errors: errors as Record<string, string>, question }, { status: 400, headers: STAFF_NO_STORE });
}

export default function QuestionEditor() {
  const loaded = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["builder", "help", "common"]);
  const errorText = useErrorText();
  const { partnership, csrf, surveyId, earlier, language, languages, missing, bands } = loaded;
  const question: DraftQuestion = failed?.question ?? loaded.question;
  const errors = failed?.errors ?? {};
  const base = surveyPath(partnership.slug, surveyId);
  const withOptions = hasOptions(question.type);
  const withBody = question.type === "information" || question.type === "draft_text";
  const typed = question.type === "free_text" || question.type === "draft_text";
  const optionRows = [...question.options, ...Array.from({ length: withOptions ? NEW_OPTION_ROWS : 0 }, () => null)];
  const chosen = new Set(question.showIf ? question.showIf.anyOf.map((o) => `${question.showIf!.questionId}:${o}`) : []);
  // Faces stay faces in Easy Read: face scales have no picture to choose.
  const withPictures = withOptions && question.type !== "face_scale";
  // The error summary's links: a picture's error is kept by option id, its field by row.
  const targets: Record<string, string> = { title: "title.en", ageBands: bands[0] ? `ageBands.${bands[0].id}` : "bands" };
  question.options.forEach((option, i) => (targets[`option.${option.id}.icon`] = `option.${i}.icon`));

  /** English and the chosen language side by side, with "missing" where the second is empty. */
  const pair = (name: string, label: string, text: DraftText | undefined, { multiline = false, path = name } = {}) => {
    const isMissing = language && missing.includes(path);
    const field = (code: string) => {
      const id = `${name}.${code}`;
      const hintId = `${id}-missing`;
      const common = {
        id,
        name: id,
        lang: code,
        defaultValue: text?.[code] ?? "",
        "aria-describedby": code !== "en" && isMissing ? hintId : undefined,
      };
      return (
        <div className="form-group builder-pair__column">
          <label className="label" htmlFor={id}>
            {label} <span className="hint">({code === "en" ? t("builder:question.english") : code})</span>
          </label>
          {code !== "en" && isMissing ? (
            <p className="hint builder-missing" id={hintId}>
              <strong className="tag">{t("builder:question.missing")}</strong>
            </p>
          ) : null}
          {multiline ? <textarea className="textarea" rows={4} {...common} /> : <input className="input" type="text" {...common} />}
        </div>
      );
    };
    return (
      <div className="builder-pair">
        {field("en")}
        {language ? field(language) : null}
      </div>
    );
  };

  return (
    <PageShell back={base}>
      <ErrorSummary items={builderErrorItems(errorText, errors, targets)} />
      <span className="caption-l">{t("builder:question.caption", { id: question.id })}</span>
      <h1 className="heading-l">{t("builder:question.heading")}</h1>

      <form method="get" className="button-group">
        <label className="label" htmlFor="lang">
          {t("builder:translations.language")}
        </label>
        <select className="select" id="lang" name="lang" defaultValue={language ?? ""}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("builder:translations.show")}
        </button>
      </form>
      {language && missing.length > 0 ? (
        <p className="body" id="missing-summary">
          {t("builder:question.missingCount", { language, count: missing.length })}
        </p>
      ) : null}

      <Form method="post" noValidate>
        <CsrfField value={csrf} />
        {language ? <input type="hidden" name="lang" value={language} /> : null}
        <input type="hidden" name="optionRows" value={optionRows.length} />

        <div className={`form-group${errors.type ? " form-group--error" : ""}`}>
          <label className="label" htmlFor="type">
            {t("builder:questions.type")}
          </label>
          <div className="hint" id="type-hint">
            {t("builder:question.typeHint")}
          </div>
          <select className="select" id="type" name="type" defaultValue={question.type} aria-describedby="type-hint">
            {questionTypes.map((type) => (
              <option key={type} value={type}>
                {t(`builder:types.${type}`)}
              </option>
            ))}
          </select>
        </div>

        {errors.title ? <p className="error-message">{errorText(errors.title)}</p> : null}
        {pair("title", t("builder:question.title"), question.title)}
        {pair("hint", t("builder:question.hint"), question.hint)}
        {withBody ? pair("body", t("builder:question.body"), question.body, { multiline: true }) : null}

        <div className="checkboxes">
          {question.type !== "information" ? (
            <div className="checkboxes__item">
              <input className="checkboxes__input" id="required" name="required" type="checkbox" value="yes" defaultChecked={question.required} />
              <label className="label checkboxes__label" htmlFor="required">
                {t("builder:question.required")}
              </label>
            </div>
          ) : null}
          <div className="checkboxes__item">
            <input className="checkboxes__input" id="sensitive" name="sensitive" type="checkbox" value="yes" defaultChecked={!!question.sensitive} aria-describedby="sensitive-hint" />
            <label className="label checkboxes__label" htmlFor="sensitive">
              {t("builder:question.sensitive")}
            </label>
            <div className="hint checkboxes__hint" id="sensitive-hint">
              {t("builder:question.sensitiveHint")}
            </div>
          </div>
        </div>

        {typed ? (
          <div className={`form-group${errors.maxLength ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="maxLength">
              {t("builder:question.maxLength")}
            </label>
            {errors.maxLength ? <p className="error-message">{errorText(errors.maxLength)}</p> : null}
            <input className="input input--width-5" id="maxLength" name="maxLength" inputMode="numeric" defaultValue={question.maxLength ?? ""} />
          </div>
        ) : null}

        <h2 className="heading-m" id="easy-read">
          {t("builder:question.easyReadHeading")}
        </h2>
        <p className="hint">{t("builder:question.easyReadExplain")}</p>
        {pair("easyRead.title", t("builder:question.easyReadTitle"), question.easyRead?.title)}
        {pair("easyRead.hint", t("builder:question.easyReadHint"), question.easyRead?.hint)}
        {withBody ? pair("easyRead.body", t("builder:question.easyReadBody"), question.easyRead?.body, { multiline: true }) : null}

        {withOptions ? (
          <>
            <h2 className="heading-m" id="options">
              {t("builder:question.options")}
            </h2>
            {errors.options ? <p className="error-message">{errorText(errors.options)}</p> : null}
            <p className="hint">{t("builder:question.optionsHint")}</p>
            {optionRows.map((option, i) => (
              <fieldset key={option?.id ?? `new-${i}`} className="fieldset builder-option">
                <legend className="fieldset__legend">
                  {option ? t("builder:question.option", { id: option.id }) : t("builder:question.newOption")}
                </legend>
                <input type="hidden" name={`option.${i}.id`} value={option?.id ?? ""} />
                {pair(`option.${i}.label`, t("builder:question.optionLabel"), option?.label, { path: `option.${option?.id}.label` })}
                {pair(`option.${i}.hint`, t("builder:question.optionHint"), option?.hint, { path: `option.${option?.id}.hint` })}
                {pair(`option.${i}.easyRead.label`, t("builder:question.easyReadLabel"), option?.easyRead?.label, {
                  path: `option.${option?.id}.easyRead.label`,
                })}
                {withPictures ? (
                  <IconPicker row={i} optionId={option?.id} value={option?.icon} error={option ? errors[`option.${option.id}.icon`] : undefined} />
                ) : null}
                {question.type === "face_scale" ? (
                  <div className="form-group">
                    <label className="label" htmlFor={`option.${i}.face`}>
                      {t("builder:question.face")}
                    </label>
                    <select className="select" id={`option.${i}.face`} name={`option.${i}.face`} defaultValue={option?.face ?? ""}>
                      <option value="">{t("builder:create.choose")}</option>
                      {[1, 2, 3, 4, 5].map((face) => (
                        <option key={face} value={face}>
                          {t(`builder:faces.f${face as 1 | 2 | 3 | 4 | 5}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <div className="checkboxes">
                  <div className="checkboxes__item">
                    <input className="checkboxes__input" id={`option.${i}.exclusive`} name={`option.${i}.exclusive`} type="checkbox" value="yes" defaultChecked={!!option?.exclusive} />
                    <label className="label checkboxes__label" htmlFor={`option.${i}.exclusive`}>
                      {t("builder:question.exclusive")}
                    </label>
                  </div>
                  {option ? (
                    <div className="checkboxes__item">
                      <input className="checkboxes__input" id={`option.${i}.remove`} name={`option.${i}.remove`} type="checkbox" value="yes" />
                      <label className="label checkboxes__label" htmlFor={`option.${i}.remove`}>
                        {t("builder:question.removeOption")}
                      </label>
                    </div>
                  ) : null}
                </div>
                <fieldset className="fieldset">
                  <legend className="fieldset__legend">{t("builder:question.signposts")}</legend>
                  <div className="checkboxes checkboxes--small">
                    {NEEDS.map((need) => (
                      <div key={need} className="checkboxes__item">
                        <input
                          className="checkboxes__input"
                          id={`option.${i}.signposts.${need}`}
                          name={`option.${i}.signposts`}
                          type="checkbox"
                          value={need}
                          defaultChecked={option?.signposts?.includes(need)}
                        />
                        <label className="label checkboxes__label" htmlFor={`option.${i}.signposts.${need}`}>
                          {t(`help:needs.${need}`)}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </fieldset>
            ))}
          </>
        ) : null}

        <h2 className="heading-m" id="bands">
          {t("builder:question.bandsHeading")}
        </h2>
        {bands.length > 0 ? (
          <fieldset className={`fieldset form-group${errors.ageBands ? " form-group--error" : ""}`} aria-describedby="ageBands-hint">
            <legend className="fieldset__legend">{t("builder:question.bandsLegend")}</legend>
            <div className="hint" id="ageBands-hint">
              {t("builder:question.bandsHint")}
            </div>
            {errors.ageBands ? <ErrorMessage id="ageBands-error" text={errorText(errors.ageBands)} /> : null}
            <div className="checkboxes">
              {bands.map((band) => (
                <div key={band.id} className="checkboxes__item">
                  <input
                    className="checkboxes__input"
                    id={`ageBands.${band.id}`}
                    name="ageBands"
                    type="checkbox"
                    value={band.id}
                    defaultChecked={question.ageBands?.includes(band.id)}
                  />
                  <label className="label checkboxes__label" htmlFor={`ageBands.${band.id}`}>
                    {band.label} <span className="hint">({band.id})</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <>
            {errors.ageBands ? <ErrorMessage id="ageBands-error" text={errorText(errors.ageBands)} /> : null}
            <p className="body">{t("builder:question.noBands")}</p>
          </>
        )}
        <BuilderField
          name="code"
          label={t("builder:question.code")}
          hint={t("builder:question.codeHint")}
          error={errors.code}
          defaultValue={question.code ?? question.id}
          spellCheck={false}
        />

        <fieldset className={`fieldset form-group${errors.showIf ? " form-group--error" : ""}`} id="showIf" aria-describedby="showIf-hint">
          <legend className="fieldset__legend fieldset__legend--m">{t("builder:question.showIf")}</legend>
          <div className="hint" id="showIf-hint">
            {t("builder:question.showIfHint")}
          </div>
          {errors.showIf ? <p className="error-message">{errorText(errors.showIf)}</p> : null}
          {earlier.length === 0 ? <p className="body">{t("builder:question.noEarlier")}</p> : null}
          {earlier.map((q) => (
            <div key={q.id}>
              <p className="body">
                <strong>{q.title.en || q.id}</strong>
              </p>
              <div className="checkboxes">
                {q.options.map((o) => {
                  const value = `${q.id}:${o.id}`;
                  const id = `showIf.${q.id}.${o.id}`;
                  return (
                    <div key={value} className="checkboxes__item">
                      <input className="checkboxes__input" id={id} name="showIf" type="checkbox" value={value} defaultChecked={chosen.has(value)} />
                      <label className="label checkboxes__label" htmlFor={id}>
                        {o.label.en || o.id}
                      </label>
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </fieldset>

        <Button>{t("builder:question.save")}</Button>
      </Form>
    </PageShell>
  );
}

/**
 * An option's Easy Read picture: a plain select of the app's icons, with the
 * picture beside it. Without JavaScript (or before hydration) the preview
 * shows the saved picture; after, it follows the choice.
 */
function IconPicker({ row, optionId, value, error }: { row: number; optionId?: string; value?: OptionIconName; error?: string }) {
  const { t } = useTranslation(["builder"]);
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<string>(value ?? "");
  const id = `option.${row}.icon`;
  // What Easy Read will show: the chosen picture, else the usual one for options like "Yes".
  const shown = (OPTION_ICONS as readonly string[]).includes(chosen) ? (chosen as OptionIconName) : optionId ? defaultIconFor(optionId) : undefined;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {t("builder:question.icon")}
      </label>
      <div className="hint" id={`${id}-hint`}>
        {t("builder:question.iconHint")}
      </div>
      {error ? <ErrorMessage id={`${id}-error`} text={errorText(error)} /> : null}
      <div className="builder-icon">
        <select className="select" id={id} name={id} defaultValue={value ?? ""} aria-describedby={describedBy} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t("builder:question.iconNone")}</option>
          {OPTION_ICONS.map((icon) => (
            <option key={icon} value={icon}>
              {t(`builder:icons.${icon}`)}
            </option>
          ))}
        </select>
        <span className="builder-icon__preview" data-icon={shown ?? ""}>
          {shown ? <OptionIcon name={shown} /> : null}
        </span>
      </div>
    </div>
  );
}
