import type { ActionFunctionArgs, LoaderFunctionArgs, LinksFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import { KioskQuestion, KioskShell, KioskThanks } from "~/components/kiosk/kiosk";
import type { PageHandle } from "~/components/page";
import kioskStyles from "~/styles/kiosk.css?url";
import { Radios } from "~/components/radios";
import {
  AGE_BANDS,
  FEEDBACK_FROM,
  FEEDBACK_MAX_LENGTH,
  FIELDS as FEEDBACK_FIELDS,
  PREFER_NOT_TO_SAY,
} from "~/modules/feedback/feedback-form";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { loadAnswerPage, sendAnswerPage, type KioskFormErrors } from "~/modules/kiosk/pages.server";
import { KIOSK_FIELDS, agreementKey, answerField } from "~/modules/kiosk/paths";
import { localize, type LocalizedText, type Question } from "~/modules/survey/definition";

// The kiosk's questions: the whole survey (or the feedback form) as one plain
// form. Without script, one post stores it and shows the thank-you page; with
// script, kiosk.js sends it (or keeps it until the network is back) and shows
// the thank-you in place.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: kioskStyles }];

export const handle: PageHandle = {
  kiosk: true,
  pageTitle: ({ data, t, language }) => {
    const page = data as { survey?: { title: LocalizedText } | null; helpAtOnce?: boolean } | undefined;
    // After answers that may disclose harm, the page is help instead: a neutral title of its own.
    if (page?.helpAtOnce) return t("helpAtOnce.title");
    if (page?.survey) return localize(page.survey.title, language);
    return (t as TFunction<["common", "kiosk"]>)("kiosk:start.feedbackTitle");
  },
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadAnswerPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return sendAnswerPage(context, request);
}

/** i18next reads "_" in a key as a context: the words are under hyphenated keys. */
const fromKey = <T extends string>(value: T) => value.replace("_", "-") as T extends `${infer A}_${infer B}` ? `${A}-${B}` : T;

export default function KioskAnswer() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["kiosk", "common", "feedback"]);
  const lang = i18n.language;

  if (result && "sent" in result) {
    return (
      <KioskShell idleSeconds={page.venue.idleSeconds} page="thanks">
        <KioskThanks kind="help" contacts={page.contacts} audience={page.audience} youSaidUrl={page.youSaidUrl} />
      </KioskShell>
    );
  }

  const errors: KioskFormErrors = result?.errors ?? {};
  const values: Record<string, string[]> = result?.values ?? {};
  // A form sent again after a problem keeps its id: the response is still stored once.
  const responseId = result?.responseId || page.responseId;
  const errorText = (error: KioskFormErrors[string] | undefined) => {
    if (!error) return undefined;
    const v = Object.fromEntries(Object.entries(error.values ?? {}).map(([k, n]) => [k, typeof n === "number" ? n.toLocaleString(lang) : n]));
    // Survey answers' errors are the journey's own (common namespace); the others name their namespace.
    const key = error.key.includes(":") ? error.key : `common:${error.key}`;
    return (t as unknown as (key: string, values: Record<string, string>) => string)(key, v);
  };
  const questions: Question[] = page.survey?.questions ?? [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const summary = [
    ...(errors.form ? [{ href: "#kiosk-send", text: errorText(errors.form)! }] : []),
    ...(page.survey
      ? questions.filter((q) => errors[q.id]).map((q) => ({ href: `#${answerField(q.id)}`, text: errorText(errors[q.id])! }))
      : (["text", "from", "age", "area"] as const).filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errorText(errors[f])! }))),
  ];
  const first = (field: string) => values[field]?.[0] ?? "";
  const preferNot = { value: PREFER_NOT_TO_SAY, apart: true };
  const textError = errorText(errors.text);

  return (
    <KioskShell idleSeconds={page.venue.idleSeconds} page="answer">
      <div data-kiosk-form-part="">
        <ErrorSummary items={summary} />
        <span className="caption-l">{page.venue.name}</span>
        <h1 className="heading-l">{page.survey ? localize(page.survey.title, lang) : t("kiosk:start.feedbackTitle")}</h1>
        <div className="inset-text">
          <p className="body">{t("kiosk:form.anonymous")}</p>
        </div>
        <Form method="post" noValidate autoComplete="off" data-kiosk-form="">
          <input type="hidden" name={KIOSK_FIELDS.id} value={responseId} />
          {page.survey ? <input type="hidden" name={KIOSK_FIELDS.version} value={page.survey.versionId} /> : null}
          {page.survey ? (
            questions.map((question) => {
              const rule = question.showIf;
              const dependsOn = rule ? byId.get(rule.questionId) : undefined;
              return (
                <KioskQuestion
                  key={question.id}
                  question={question}
                  values={values[question.id] ?? []}
                  agreement={values[agreementKey(question.id)]?.[0]}
                  error={errorText(errors[question.id])}
                  onlyIf={rule && dependsOn ? { question: dependsOn, answers: rule.anyOf } : undefined}
                />
              );
            })
          ) : (
            <>
              <div className={`form-group${textError ? " form-group--error" : ""}`}>
                <label className="label label--m" htmlFor="text">
                  {t("kiosk:form.feedbackLabel")}
                </label>
                <div id="text-hint" className="hint">
                  <p>{t("kiosk:form.feedbackHint")}</p>
                  <p>{t("feedback:form.textLimit", { max: FEEDBACK_MAX_LENGTH.toLocaleString(lang) })}</p>
                </div>
                {textError ? <ErrorMessage id="text-error" text={textError} /> : null}
                <textarea
                  className={`textarea${textError ? " textarea--error" : ""}`}
                  id="text"
                  name={FEEDBACK_FIELDS.text}
                  rows={6}
                  autoComplete="off"
                  aria-describedby={`text-hint${textError ? " text-error" : ""}`}
                  data-max-length={FEEDBACK_MAX_LENGTH}
                  data-required=""
                  defaultValue={first("text")}
                />
              </div>
              <Radios
                id="from"
                name={FEEDBACK_FIELDS.from}
                legend={t("feedback:form.fromLegend")}
                orText={t("common:question.or")}
                value={first("from")}
                error={errorText(errors.from)}
                choices={[
                  ...FEEDBACK_FROM.map((value) => ({ value, label: t(`feedback:form.from.${fromKey(value)}`) })),
                  { ...preferNot, label: t("feedback:form.from.prefer-not-to-say") },
                ]}
              />
              <Radios
                id="age"
                name={FEEDBACK_FIELDS.age}
                legend={t("feedback:form.ageLegend")}
                orText={t("common:question.or")}
                value={first("age")}
                error={errorText(errors.age)}
                choices={[
                  ...AGE_BANDS.map((value) => ({ value, label: t(`feedback:form.age.${value}`) })),
                  { ...preferNot, label: t("feedback:form.age.prefer-not-to-say") },
                ]}
              />
            </>
          )}
          <Button id="kiosk-send" data-sending={t("kiosk:form.sending")}>
            {t("kiosk:form.send")}
          </Button>
        </Form>
      </div>
      {/* What kiosk.js shows in place of the form once it is sent (or kept until the network is back). */}
      <KioskThanks kind="sent" contacts={page.contacts} audience={page.audience} youSaidUrl={page.youSaidUrl} hidden />
      <KioskThanks kind="saved" contacts={page.contacts} audience={page.audience} youSaidUrl={page.youSaidUrl} hidden />
      <KioskThanks kind="help" contacts={page.contacts} audience={page.audience} youSaidUrl={page.youSaidUrl} hidden />
    </KioskShell>
  );
}
