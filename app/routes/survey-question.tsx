import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { AGREEMENT_FIELD_ID } from "~/components/draft-text-field";
import { ErrorSummary } from "~/components/error-summary";
import { BeforeSensitiveQuestion, HelpAtOnce } from "~/components/help-at-once";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { ANSWER_FIELD_ID, QuestionField } from "~/components/question-field";
import { useFieldErrorText } from "~/components/use-field-error";
import { answerQuestion, loadQuestionPage, type HelpAtOnceData } from "~/modules/responses/respondent.server";
import { localizeMode, type Question } from "~/modules/survey/definition";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = {
  pageTitle: ({ data, t, language, easyRead }) => {
    const page = data as { question?: Question; helpAtOnce?: boolean } | undefined;
    // After a free-text answer that may disclose harm, the page is help instead: a neutral title of its own.
    if (page?.helpAtOnce) return t("helpAtOnce.title");
    return page?.question ? localizeMode(page.question.title, page.question.easyRead?.title, language, !!easyRead) : t("service.name");
  },
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadQuestionPage(context, request, params.slug, params.questionId);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return answerQuestion(context, request, params.slug, params.questionId);
}

export default function SurveyQuestion() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result && "helpAtOnce" in result) {
    const { contacts, forAdults, carryOn } = result.helpAtOnce;
    return <HelpAtOncePage contacts={contacts} forAdults={forAdults} carryOn={carryOn} />;
  }
  return <QuestionPage page={page} failed={result} />;
}

function HelpAtOncePage({ contacts, forAdults, carryOn }: HelpAtOnceData) {
  const { t } = useTranslation();
  return (
    <PageShell>
      <HelpAtOnce contacts={contacts} audience={forAdults ? "adults" : "children"} carryOn={carryOn}>
        <p className="body">{t("helpAtOnce.saved")}</p>
      </HelpAtOnce>
    </PageShell>
  );
}

type Failed = Exclude<ReturnType<typeof useActionData<typeof action>>, { helpAtOnce: unknown }>;

function QuestionPage({ page, failed }: { page: ReturnType<typeof useLoaderData<typeof loader>>; failed: Failed }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText(page.question);
  const values = failed ? failed.values : page.values;
  const answerError = failed?.errors.answer ? errorText(failed.errors.answer) : undefined;
  const agreementError = failed?.errors.agreement ? errorText(failed.errors.agreement) : undefined;
  const formError = failed?.errors.form ? errorText(failed.errors.form) : undefined;
  const summary = [
    ...(page.unavailable && !failed ? [{ href: `#${ANSWER_FIELD_ID}`, text: t("errors.couldNotLoad") }] : []),
    ...(formError
      ? [{ href: failed?.errors.form?.key === "errors.outOfDate" ? `/s/${page.slug}` : `#${ANSWER_FIELD_ID}`, text: formError }]
      : []),
    ...(agreementError ? [{ href: `#${AGREEMENT_FIELD_ID}`, text: agreementError }] : []),
    ...(answerError ? [{ href: `#${ANSWER_FIELD_ID}`, text: answerError }] : []),
  ];
  return (
    <PageShell back={page.back}>
      <ErrorSummary items={summary} />
      {page.beforeSensitive ? <BeforeSensitiveQuestion forAdults={page.forAdults} /> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="response" value={page.responseId} />
        <QuestionField
          question={page.question}
          values={values}
          error={answerError}
          agreementError={agreementError}
          section={page.section}
        />
        <Button>{page.changing ? t("question.saveChanges") : t("question.continue")}</Button>
      </Form>
    </PageShell>
  );
}
