import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { builderSurvey, builderSurveyForm, notFound } from "~/modules/builder/access.server";
import { surveyPath } from "~/modules/builder/paths";
import { updateQuestion } from "~/modules/builder/builder.server";
import { COMMON_LANGUAGES, LANGUAGE_CODE, languagesOf, missingTranslations, type DraftQuestion, type DraftText } from "~/modules/builder/draft";
import { NEW_OPTION_ROWS, readQuestionForm } from "~/modules/builder/question-form";
import { CsrfField, builderErrorItems, useErrorText } from "~/modules/builder/ui";
import { NEEDS } from "~/modules/help/needs";
import { hasOptions, questionTypes } from "~/modules/survey/definition";
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
  const missing = language
    ? missingTranslations({ ...survey.definition, title: {}, summary: {}, questions: [question] }, language).map((m) => m.field)
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
    },
    { headers: STAFF_NO_STORE },
  );
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { form, partnership, survey } = await builderSurveyForm(context, request, params);
  const index = survey.definition.questions.findIndex((q) => q.id === params.questionId);
  if (index === -1) notFound();
  const { question, errors } = readQuestionForm(form, survey.definition.questions[index]!, survey.definition.questions.slice(0, index));
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
  const { partnership, csrf, surveyId, earlier, language, languages, missing } = loaded;
  const question: DraftQuestion = failed?.question ?? loaded.question;
  const errors = failed?.errors ?? {};
  const base = surveyPath(partnership.slug, surveyId);
  const withOptions = hasOptions(question.type);
  const withBody = question.type === "information" || question.type === "draft_text";
  const typed = question.type === "free_text" || question.type === "draft_text";
  const optionRows = [...question.options, ...Array.from({ length: withOptions ? NEW_OPTION_ROWS : 0 }, () => null)];
  const chosen = new Set(question.showIf ? question.showIf.anyOf.map((o) => `${question.showIf!.questionId}:${o}`) : []);

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
      <ErrorSummary items={builderErrorItems(errorText, errors, { title: "title.en" })} />
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
