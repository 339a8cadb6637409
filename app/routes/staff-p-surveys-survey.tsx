import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { SectionTabs, replaceTabInAddress, type PageSection } from "~/components/workspace/section-tabs";
import { builderForm, builderSurvey, notFound, text } from "~/modules/builder/access.server";
import { surveyPath, surveysPath } from "~/modules/builder/paths";
import {
  addQuestion,
  closeSurvey,
  duplicateSurvey,
  moveQuestion,
  publishSurvey,
  removeQuestion,
  updateAgeBands,
  updateSurveyDetails,
} from "~/modules/builder/builder.server";
import { NEW_BAND_ROWS, readAgeBandsForm } from "~/modules/builder/age-bands-form";
import { AUDIENCES, COMMON_LANGUAGES, LANGUAGE_CODE, languagesOf, translationReport } from "~/modules/builder/draft";
import { BuilderField, CsrfField, FieldErrors, ProblemList, StatusTag, builderErrorItems, useErrorText } from "~/modules/builder/ui";
import { questionTypes } from "~/modules/survey/definition";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = {
  hydrate: true,
  pageTitle: ({ t, data }) => (data as { survey?: { definition: { title: { en?: string } } } } | undefined)?.survey?.definition.title.en ?? t("builder:list.title", { ns: ["builder"] }),
};

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, csrf, survey } = await builderSurvey(context, request, params);
  const asked = new URL(request.url).searchParams.get("lang") ?? "";
  const languages = languagesOf(survey.definition);
  const language = LANGUAGE_CODE.test(asked) && asked !== "en" ? asked : (languages[0] ?? null);
  return data(
    {
      partnership,
      csrf,
      survey,
      language,
      languages: [...new Set([...languages, ...COMMON_LANGUAGES])],
      report: translationReport(survey.definition),
    },
    { headers: STAFF_NO_STORE },
  );
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { form, actor, partnership } = await builderForm(context, request, params);
  const surveyId = params.surveyId ?? "";
  const db = context.db;
  const intent = text(form, "intent");
  const here = surveyPath(partnership.slug, surveyId);
  const bad = (errors: Record<string, string>, extra: object = {}) =>
    data({ errors, intent, values: Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "csrf" && typeof v === "string")) as Record<string, string>, problems: [] as { path: string; message: string }[], ...extra }, { status: 400, headers: STAFF_NO_STORE });

  let result;
  switch (intent) {
    case "details":
      result = await updateSurveyDetails(db, partnership.id, surveyId, {
        title: text(form, "title"),
        summary: text(form, "summary"),
        minutes: text(form, "minutes"),
        audience: text(form, "audience"),
        ageBand: text(form, "ageBand"),
        retentionDays: text(form, "retentionDays"),
        rawTextDays: form.has("rawTextDays") ? text(form, "rawTextDays") : undefined,
        language: LANGUAGE_CODE.test(text(form, "lang")) ? text(form, "lang") : undefined,
        titleTranslation: text(form, "titleTranslation"),
        summaryTranslation: text(form, "summaryTranslation"),
      });
      break;
    case "age-bands": {
      const read = readAgeBandsForm(form);
      if (Object.keys(read.errors).length > 0) return bad(read.errors);
      result = await updateAgeBands(db, partnership.id, surveyId, read.input);
      break;
    }
    case "add-question":
      result = await addQuestion(db, partnership.id, surveyId, { type: text(form, "questionType"), title: text(form, "questionTitle") });
      if (result?.ok) return redirect(surveyPath(partnership.slug, surveyId, `/questions/${result.questionId}`), { headers: STAFF_NO_STORE });
      break;
    case "up":
    case "down":
      result = await moveQuestion(db, partnership.id, surveyId, text(form, "question"), intent);
      break;
    case "remove":
      result = await removeQuestion(db, partnership.id, surveyId, text(form, "question"));
      break;
    case "publish":
      result = await publishSurvey(db, actor, surveyId);
      if (result && !result.ok) return bad(result.errors, { problems: result.problems ?? [] });
      if (result?.ok) return redirect(`${here}?tab=publish&published=${result.version}`, { headers: STAFF_NO_STORE });
      break;
    case "close":
      result = await closeSurvey(db, actor, surveyId);
      break;
    case "duplicate":
      result = await duplicateSurvey(db, actor, surveyId, text(form, "slug"));
      if (result?.ok) return redirect(surveyPath(partnership.slug, result.surveyId), { headers: STAFF_NO_STORE });
      if (result && !result.ok) return bad({ duplicateSlug: result.errors.slug ?? "general" });
      break;
    default:
      return bad({ intent: "general" });
  }
  if (result === null) notFound();
  if (!result.ok) return bad(result.errors);
  const tab = tabOfIntent(intent);
  return redirect(tab === DEFAULT_TAB ? here : `${here}?tab=${tab}`, { headers: STAFF_NO_STORE });
}

/** The page's sections, in order: tabs once hydrated, `?tab=` chooses one. */
const TABS = ["questions", "details", "age-bands", "translations", "publish"] as const;
type SurveyTab = (typeof TABS)[number];
const DEFAULT_TAB: SurveyTab = "questions";

/** The tab holding a form, so its errors (or the page it leads back to) show in it. */
function tabOfIntent(intent: string): SurveyTab {
  switch (intent) {
    case "details":
      return "details";
    case "age-bands":
      return "age-bands";
    case "publish":
    case "close":
    case "duplicate":
      return "publish";
    default:
      return DEFAULT_TAB;
  }
}

function tabOfSearch(search: string): SurveyTab | undefined {
  const asked = new URLSearchParams(search).get("tab");
  return TABS.find((tab) => tab === asked);
}

/**
 * The selected tab: the one chosen since the page last changed, else the
 * tab of a form that failed, else the address's `?tab=`, else Questions.
 * Choosing a tab rewrites `?tab=` in place (no navigation, no loaders).
 */
function useSelectedTab(failedIntent: string | undefined, failed: unknown) {
  const location = useLocation();
  const [chosen, setChosen] = useState<{ tab: SurveyTab; at: string; failed: unknown } | null>(null);
  const stillChosen = chosen && chosen.at === location.key && chosen.failed === failed ? chosen.tab : undefined;
  const selected = stillChosen ?? (failedIntent !== undefined ? tabOfIntent(failedIntent) : undefined) ?? tabOfSearch(location.search) ?? DEFAULT_TAB;
  const select = (tab: SurveyTab) => {
    setChosen({ tab, at: location.key, failed });
    replaceTabInAddress("tab", tab);
  };
  return [selected, select] as const;
}

export default function SurveyPage() {
  const { partnership, csrf, survey, language, languages, report } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["builder", "common", "imports"]);
  const errorText = useErrorText();
  const errors = failed?.errors ?? {};
  const [tab, selectTab] = useSelectedTab(failed?.intent, failed);
  const detailsValues = failed?.intent === "details" ? failed.values : undefined;
  const def = survey.definition;
  const bandValues = failed?.intent === "age-bands" ? failed.values : undefined;
  // The bands as saved, or as typed when saving failed; then blank rows to add one.
  const bandRows = bandValues
    ? Array.from({ length: Number(bandValues.bandRows) || 0 }, (_, i) => ({
        was: bandValues[`band.${i}.was`] ?? "",
        id: bandValues[`band.${i}.id`] ?? "",
        english: bandValues[`band.${i}.label.en`] ?? "",
        translated: language ? (bandValues[`band.${i}.label.${language}`] ?? "") : "",
        remove: bandValues[`band.${i}.remove`] === "yes",
      }))
    : [
        ...(def.ageBands ?? []).map((band) => ({
          was: band.id,
          id: band.id,
          english: band.label.en ?? "",
          translated: language ? (band.label[language] ?? "") : "",
          remove: false,
        })),
        ...Array.from({ length: NEW_BAND_ROWS }, () => ({ was: "", id: "", english: "", translated: "", remove: false })),
      ];
  const base = surveyPath(partnership.slug, survey.id);
  const questionLink = (id: string, lang?: string | null) => `${base}/questions/${id}${lang ? `?lang=${lang}` : ""}`;

  // The page's sections (tabs once hydrated): each a heading and its forms.
  const detailsSection = (
    <>
      <h2 className="heading-m" id="details">
        {t("builder:details.heading")}
      </h2>
      <Form method="post" noValidate>
        <CsrfField value={csrf} />
        <input type="hidden" name="intent" value="details" />
        {language ? <input type="hidden" name="lang" value={language} /> : null}
        <BuilderField name="title" label={t("builder:details.title")} error={errors.title} defaultValue={detailsValues?.title ?? def.title.en ?? ""} />
        <BuilderField name="summary" label={t("builder:details.summary")} multiline error={errors.summary} defaultValue={detailsValues?.summary ?? def.summary.en ?? ""} />
        {language ? (
          <>
            <BuilderField
              name="titleTranslation"
              label={t("builder:details.titleIn", { language })}
              language={language}
              defaultValue={detailsValues?.titleTranslation ?? def.title[language] ?? ""}
            />
            <BuilderField
              name="summaryTranslation"
              label={t("builder:details.summaryIn", { language })}
              language={language}
              multiline
              defaultValue={detailsValues?.summaryTranslation ?? def.summary[language] ?? ""}
            />
          </>
        ) : null}
        <BuilderField name="minutes" label={t("builder:details.minutes")} width="5" inputMode="numeric" error={errors.minutes} defaultValue={detailsValues?.minutes ?? String(def.minutes)} />
        <FieldErrors name="audience" error={errors.audience}>
          <label className="label" htmlFor="audience">
            {t("builder:create.audience")}
          </label>
          <select className="select" id="audience" name="audience" defaultValue={detailsValues?.audience ?? survey.audience}>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`builder:audience.${audience}`)}
              </option>
            ))}
          </select>
        </FieldErrors>
        <BuilderField name="ageBand" label={t("builder:details.ageBand")} hint={t("builder:details.ageBandHint")} width="10" error={errors.ageBand} defaultValue={detailsValues?.ageBand ?? def.ageBand ?? ""} />
        <BuilderField
          name="retentionDays"
          label={t("builder:details.retentionDays")}
          hint={t("builder:details.retentionHint")}
          width="5"
          inputMode="numeric"
          error={errors.retentionDays}
          defaultValue={detailsValues?.retentionDays ?? String(survey.retentionDays)}
        />
        <BuilderField
          name="rawTextDays"
          label={t("builder:details.rawTextDays")}
          hint={t("builder:details.rawTextHint")}
          width="5"
          inputMode="numeric"
          error={errors.rawTextDays}
          defaultValue={detailsValues?.rawTextDays ?? String(survey.rawTextDays)}
        />
        <Button>{t("builder:details.save")}</Button>
      </Form>
    </>
  );

  const ageBandsSection = (
    <>
      <h2 className="heading-m" id="age-bands" tabIndex={-1}>
        {t("builder:bands.heading")}
      </h2>
      <p className="body">{t("builder:bands.explain")}</p>
      {errors.ageBands ? <ErrorMessage id="ageBands-error" text={errorText(errors.ageBands)} /> : null}
      <Form method="post" noValidate>
        <CsrfField value={csrf} />
        <input type="hidden" name="intent" value="age-bands" />
        {language ? <input type="hidden" name="lang" value={language} /> : null}
        <input type="hidden" name="bandRows" value={bandRows.length} />
        {bandRows.map((row, i) => (
          <fieldset key={i} className="fieldset builder-band">
            <legend className="fieldset__legend">{row.was ? t("builder:bands.band", { id: row.was }) : t("builder:bands.newBand")}</legend>
            <input type="hidden" name={`band.${i}.was`} value={row.was} />
            <BuilderField
              name={`band.${i}.id`}
              label={t("builder:bands.id")}
              hint={t("builder:bands.idHint")}
              width="10"
              error={errors[`band.${i}.id`]}
              defaultValue={row.id}
              spellCheck={false}
            />
            <div className="builder-pair">
              <BuilderField
                name={`band.${i}.label.en`}
                label={`${t("builder:bands.label")} (${t("builder:question.english")})`}
                error={errors[`band.${i}.label.en`]}
                defaultValue={row.english}
              />
              {language ? (
                <BuilderField name={`band.${i}.label.${language}`} label={`${t("builder:bands.label")} (${language})`} language={language} defaultValue={row.translated} />
              ) : null}
            </div>
            {row.was ? (
              <div className="checkboxes">
                <div className="checkboxes__item">
                  <input className="checkboxes__input" id={`band.${i}.remove`} name={`band.${i}.remove`} type="checkbox" value="yes" defaultChecked={row.remove} />
                  <label className="label checkboxes__label" htmlFor={`band.${i}.remove`}>
                    {t("builder:bands.remove")}
                  </label>
                </div>
              </div>
            ) : null}
          </fieldset>
        ))}
        <Button>{t("builder:bands.save")}</Button>
      </Form>
    </>
  );

  const questionsSection = (
    <>
      <h2 className="heading-m" id="questions">
        {t("builder:questions.heading")}
      </h2>
      {def.questions.length === 0 ? <p className="body">{t("builder:questions.none")}</p> : null}
      <ol className="list list--number">
        {def.questions.map((question, index) => {
          const rowError = errors[`question-${question.id}`];
          return (
            <li key={question.id} id={`question-${question.id}`} className="builder-question">
              <p className="body">
                <a className="link" href={questionLink(question.id)}>
                  {question.title.en || question.id}
                </a>{" "}
                <span className="hint">
                  ({t(`builder:types.${question.type}`)}
                  {question.required ? `, ${t("builder:questions.required")}` : ""}
                  {question.sensitive ? `, ${t("builder:questions.sensitive")}` : ""}
                  {question.showIf ? `, ${t("builder:questions.skipLogic", { question: question.showIf.questionId })}` : ""}
                  {question.ageBands?.length ? `, ${t("builder:questions.forBands", { bands: question.ageBands.join(", ") })}` : ""})
                </span>
              </p>
              {rowError ? <p className="error-message">{t(`builder:errors.${rowError as "questionInUse"}`)}</p> : null}
              <Form method="post" className="button-group">
                <CsrfField value={csrf} />
                <input type="hidden" name="question" value={question.id} />
                {index > 0 ? (
                  <button type="submit" name="intent" value="up" className="button button--secondary">
                    {t("builder:questions.up")}
                    <span className="visually-hidden"> {question.title.en}</span>
                  </button>
                ) : null}
                {index < def.questions.length - 1 ? (
                  <button type="submit" name="intent" value="down" className="button button--secondary">
                    {t("builder:questions.down")}
                    <span className="visually-hidden"> {question.title.en}</span>
                  </button>
                ) : null}
                <button type="submit" name="intent" value="remove" className="button button--warning">
                  {t("builder:questions.remove")}
                  <span className="visually-hidden"> {question.title.en}</span>
                </button>
              </Form>
            </li>
          );
        })}
      </ol>

      <h3 className="heading-s">{t("builder:questions.addHeading")}</h3>
      <Form method="post" noValidate>
        <CsrfField value={csrf} />
        <input type="hidden" name="intent" value="add-question" />
        <FieldErrors name="questionType" error={errors.questionType}>
          <label className="label" htmlFor="questionType">
            {t("builder:questions.type")}
          </label>
          <select className="select" id="questionType" name="questionType" defaultValue="single_choice">
            {questionTypes.map((type) => (
              <option key={type} value={type}>
                {t(`builder:types.${type}`)}
              </option>
            ))}
          </select>
        </FieldErrors>
        <BuilderField name="questionTitle" label={t("builder:questions.title")} error={errors.questionTitle} />
        <Button>{t("builder:questions.add")}</Button>
      </Form>
    </>
  );

  const translationsSection = (
    <>
      <h2 className="heading-m" id="translations">
        {t("builder:translations.heading")}
      </h2>
      <form method="get" className="button-group">
        <input type="hidden" name="tab" value="translations" />
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
      {report.length === 0 ? <p className="body">{t("builder:translations.none")}</p> : null}
      {report.map(({ language: code, missing }) => (
        <div key={code} id={`missing-${code}`}>
          <h3 className="heading-s">{t("builder:translations.missingIn", { language: code, count: missing.length })}</h3>
          {missing.length === 0 ? (
            <p className="body">{t("builder:translations.complete")}</p>
          ) : (
            <ul className="list list--bullet">
              {missing.map((field) => (
                <li key={`${field.questionId ?? ""}-${field.field}`}>
                  {field.questionId ? (
                    <a className="link" href={questionLink(field.questionId, code)}>
                      {field.questionId}: {field.field}
                    </a>
                  ) : (
                    <a className="link" href={`?lang=${code}&tab=details`}>
                      {field.field}
                    </a>
                  )}{" "}
                  <span className="hint" lang="en">
                    “{field.english}”
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );

  const publishSection = (
    <>
      <h2 className="heading-m" id="publish">
        {t("builder:publish.heading")}
      </h2>
      {survey.draft ? (
        <Form method="post">
          <CsrfField value={csrf} />
          <p className="body">{t("builder:publish.explain", { version: survey.draft.version })}</p>
          <button type="submit" name="intent" value="publish" className="button" id="publish">
            {t("builder:publish.publish", { version: survey.draft.version })}
          </button>
        </Form>
      ) : (
        <p className="body">{t("builder:publish.nothing")}</p>
      )}
      {survey.status === "published" ? (
        <Form method="post">
          <CsrfField value={csrf} />
          <p className="body">{t("builder:publish.closeExplain")}</p>
          <button type="submit" name="intent" value="close" className="button button--warning" id="close">
            {t("builder:publish.close")}
          </button>
        </Form>
      ) : null}

      <h2 className="heading-m" id="duplicate">
        {t("builder:duplicate.heading")}
      </h2>
      <Form method="post" noValidate>
        <CsrfField value={csrf} />
        <input type="hidden" name="intent" value="duplicate" />
        <BuilderField
          name="slug"
          id="duplicateSlug"
          label={t("builder:duplicate.slug")}
          hint={t("builder:create.slugHint")}
          error={errors.duplicateSlug}
          spellCheck={false}
        />
        <Button>{t("builder:duplicate.submit")}</Button>
      </Form>
    </>
  );

  const sections: PageSection<SurveyTab>[] = [
    { id: "questions", label: t("builder:tabs.questions"), content: questionsSection },
    { id: "details", label: t("builder:tabs.details"), content: detailsSection },
    { id: "age-bands", label: t("builder:tabs.ageBands"), content: ageBandsSection },
    { id: "translations", label: t("builder:tabs.translations"), content: translationsSection },
    { id: "publish", label: t("builder:tabs.publish"), content: publishSection },
  ];

  return (
    <PageShell back={surveysPath(partnership.slug)}>
      <ErrorSummary items={builderErrorItems(errorText, errors, { ageBands: "age-bands" })} />
      <ProblemList problems={failed?.problems ?? []} />
      <span className="caption-l">{t("builder:survey.caption", { slug: survey.slug })}</span>
      <h1 className="heading-l">{def.title.en || survey.slug}</h1>
      <p className="body">
        <StatusTag status={survey.status} version={survey.publishedVersion} hasDraft={!!survey.draft} />
      </p>
      <p className="body" id="responses-sent">
        {t("builder:survey.responses", { count: survey.submittedResponses })}
      </p>
      <p className="body">
        {survey.draft
          ? t("builder:survey.editingDraft", { version: survey.draft.version })
          : t("builder:survey.editingPublished", { version: survey.version })}
      </p>
      <ul className="list">
        <li>
          <a className="link" href={`${base}/preview`}>
            {t("builder:survey.preview")}
          </a>
        </li>
        <li>
          <a className="link" href={`${base}/export`} download>
            {t("builder:survey.export")}
          </a>
        </li>
        <li>
          <a className="link" href={`${base}/import`}>
            {t("builder:survey.import")}
          </a>
        </li>
        {survey.status === "published" ? (
          <li>
            <a className="link" href={`${base}/import-answers`}>
              {t("imports:link")}
            </a>
          </li>
        ) : null}
      </ul>

      <SectionTabs label={t("builder:tabs.label")} contentsLabel={t("builder:tabs.contents")} sections={sections} selected={tab} onSelect={selectTab} />
    </PageShell>
  );
}
