import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AnswerValue } from "#db/schema/index.ts";
import { Button } from "~/components/button";
import { ErrorSummary, type ErrorSummaryItem } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { useFieldErrorText } from "~/components/use-field-error";
import { surveyPath } from "~/modules/responses/paths";
import { loadCheckPage, sendResponse } from "~/modules/responses/respondent.server";
import { localizeMode, type Question } from "~/modules/survey/definition";
import { useEasyRead } from "~/components/easy-read";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = { pageTitle: ({ t }) => t("check.title") };

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadCheckPage(context, request, params.slug);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return sendResponse(context, request, params.slug);
}

type Words = ReturnType<typeof useTranslation<["common", "consult"]>>["t"];

function answerText(question: Question, answer: AnswerValue | null, language: string, t: Words, easy: boolean): string[] {
  if (!answer) return [t("check.notAnswered")];
  // A draft-text section: how far they agree, then what they would change.
  if ("agreement" in answer) {
    const [first, ...rest] = answer.text ? answer.text.split("\n") : [];
    const change = first === undefined ? [] : [t("consult:check.change", { comment: first }), ...rest];
    return [t(`consult:agreement.options.${answer.agreement}`), ...change];
  }
  if ("text" in answer) return answer.text.split("\n");
  const ids = "choice" in answer ? [answer.choice] : answer.choices;
  return ids.map((id) => {
    const option = question.options.find((o) => o.id === id);
    return option ? localizeMode(option.label, option.easyRead?.label, language, easy) : id;
  });
}

export default function CheckAnswers() {
  const { slug, responseId, rows, back, unavailable } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["common", "consult"]);
  const lang = i18n.language;
  const easy = useEasyRead();
  const titleOf = (question: Question) => localizeMode(question.title, question.easyRead?.title, lang, easy);
  const errorTextFor = useFieldErrorText();
  const errors = failed?.errors ?? {};
  const changeHref = (id: string) => `${surveyPath(slug, { kind: "question", questionId: id })}?change=1`;

  const loadProblem: ErrorSummaryItem[] = unavailable && !failed ? [{ href: "#send", text: t("errors.couldNotLoad") }] : [];
  const summary: ErrorSummaryItem[] = loadProblem.concat(Object.entries(errors).map(([key, error]) => {
    if (key === "form") {
      return { href: error.key === "errors.outOfDate" ? surveyPath(slug) : "#send", text: errorTextFor(error) };
    }
    const question = rows.find((r) => r.question.id === key)?.question;
    return {
      href: changeHref(key),
      text: t("errors.answerRequired", { question: question ? titleOf(question) : key }),
    };
  }));

  return (
    <PageShell back={back}>
      <ErrorSummary items={summary} />
      <h1 className="heading-l">{t("check.title")}</h1>
      <p className="body">{t("check.intro")}</p>
      <dl className="summary-list">
        {/* An information page was read, not answered: it has no row. */}
        {rows.filter((row) => row.question.type !== "information").map(({ question, answer }) => {
          const title = titleOf(question);
          const missing = errors[question.id];
          return (
            <div key={question.id} className={`summary-list__row${missing ? " summary-list__row--error" : ""}`}>
              <dt className="summary-list__key">{title}</dt>
              <dd className="summary-list__value">
                {answerText(question, answer, lang, t, easy).map((line, i) => (
                  <p key={i} className="summary-list__line">
                    {line}
                  </p>
                ))}
              </dd>
              <dd className="summary-list__actions">
                <a className="link" href={changeHref(question.id)}>
                  {t("check.change")}
                  <span className="visually-hidden"> {t("check.changeHidden", { question: title })}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2 className="heading-m">{t("check.sendHeading")}</h2>
      <p className="body">{t("check.sendText")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="response" value={responseId} />
        <Button id="send">{t("check.send")}</Button>
      </Form>
    </PageShell>
  );
}
