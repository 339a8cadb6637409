import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { ANSWER_FIELD_ID, QuestionField } from "~/components/question-field";
import { useFieldErrorText } from "~/components/use-field-error";
import { answerQuestion, loadQuestionPage } from "~/modules/responses/respondent.server";
import { localize, type Question } from "~/modules/survey/definition";

export const handle: PageHandle = {
  pageTitle: ({ data, t, language }) => {
    const question = (data as { question?: Question } | undefined)?.question;
    return question ? localize(question.title, language) : t("service.name");
  },
};

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => actionHeaders ?? loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadQuestionPage(context, request, params.slug, params.questionId);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return answerQuestion(context, request, params.slug, params.questionId);
}

export default function SurveyQuestion() {
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation();
  const errorText = useFieldErrorText(page.question);
  const values = failed ? failed.values : page.values;
  const answerError = failed?.errors.answer ? errorText(failed.errors.answer) : undefined;
  const formError = failed?.errors.form ? errorText(failed.errors.form) : undefined;
  const summary = [
    ...(page.unavailable && !failed ? [{ href: `#${ANSWER_FIELD_ID}`, text: t("errors.couldNotLoad") }] : []),
    ...(formError
      ? [{ href: failed?.errors.form?.key === "errors.outOfDate" ? `/s/${page.slug}` : `#${ANSWER_FIELD_ID}`, text: formError }]
      : []),
    ...(answerError ? [{ href: `#${ANSWER_FIELD_ID}`, text: answerError }] : []),
  ];
  return (
    <PageShell back={page.back}>
      <ErrorSummary items={summary} />
      <Form method="post" noValidate>
        <input type="hidden" name="response" value={page.responseId} />
        <QuestionField question={page.question} values={values} error={answerError} />
        <Button>{page.changing ? t("question.saveChanges") : t("question.continue")}</Button>
      </Form>
    </PageShell>
  );
}
