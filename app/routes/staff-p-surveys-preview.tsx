import { data, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { QuestionField } from "~/components/question-field";
import { builderSurvey } from "~/modules/builder/access.server";
import { surveyPath } from "~/modules/builder/paths";
import { LANGUAGE_CODE, languagesOf, type DraftQuestion, type DraftText } from "~/modules/builder/draft";
import type { Question } from "~/modules/survey/definition";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = { hydrate: true, pageTitle: ({ t }) => t("builder:preview.title", { ns: ["builder"] }) };

export const headers: HeadersFunction = () => STAFF_NO_STORE;

/** The draft's question in one language, as the public page would show it (English where a translation is missing). */
function inLanguage(question: DraftQuestion, language: string): Question {
  const pick = (text: DraftText | undefined) => (text ? { en: text[language] || text.en || "" } : undefined);
  return {
    ...question,
    title: pick(question.title)!,
    hint: pick(question.hint),
    body: pick(question.body),
    options: question.options.map((o) => ({ ...o, label: pick(o.label)!, hint: pick(o.hint) })),
  };
}

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, survey } = await builderSurvey(context, request, params);
  const url = new URL(request.url);
  const asked = url.searchParams.get("lang") ?? "en";
  const language = LANGUAGE_CODE.test(asked) ? asked : "en";
  const questions = survey.definition.questions;
  const found = questions.findIndex((q) => q.id === url.searchParams.get("q"));
  const index = found === -1 ? 0 : found;
  const current = questions[index];
  const link = (id: string) => `?q=${id}${language !== "en" ? `&lang=${language}` : ""}`;
  return data(
    {
      back: surveyPath(partnership.slug, survey.id),
      language,
      languages: ["en", ...languagesOf(survey.definition)],
      position: { number: index + 1, of: questions.length },
      question: current ? inLanguage(current, language) : null,
      showIf: current?.showIf ?? null,
      previous: index > 0 ? link(questions[index - 1]!.id) : null,
      next: index < questions.length - 1 ? link(questions[index + 1]!.id) : null,
      currentId: current?.id ?? "",
    },
    { headers: STAFF_NO_STORE },
  );
}

export default function Preview() {
  const { back, language, languages, position, question, showIf, previous, next, currentId } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["builder", "common"]);
  return (
    <PageShell back={back}>
      <div className="inset-text">
        <p className="body">{t("builder:preview.explain")}</p>
        <form method="get" className="button-group">
          <input type="hidden" name="q" value={currentId} />
          <label className="label" htmlFor="lang">
            {t("builder:translations.language")}
          </label>
          <select className="select" id="lang" name="lang" defaultValue={language}>
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
      </div>
      {question ? (
        <>
          <p className="caption-l">{t("builder:preview.position", position)}</p>
          {showIf ? <p className="hint">{t("builder:preview.showIf", { question: showIf.questionId, options: showIf.anyOf.join(", ") })}</p> : null}
          <div lang={language} className="builder-preview">
            <QuestionField question={question} values={[]} />
          </div>
          <nav className="button-group" aria-label={t("builder:preview.navigation")}>
            {previous ? (
              <a className="link button-group__link" href={previous}>
                {t("builder:preview.previous")}
              </a>
            ) : null}
            {next ? (
              <a className="link button-group__link" href={next}>
                {t("builder:preview.next")}
              </a>
            ) : null}
          </nav>
        </>
      ) : (
        <p className="body">{t("builder:questions.none")}</p>
      )}
    </PageShell>
  );
}
