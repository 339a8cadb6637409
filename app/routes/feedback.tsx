import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import { FeedbackSent } from "~/components/feedback-sent";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { Radios } from "~/components/radios";
import {
  AGE_BANDS,
  FEEDBACK_FROM,
  FEEDBACK_MAX_LENGTH,
  FIELDS,
  PREFER_NOT_TO_SAY,
  SOMEWHERE_ELSE,
  type FeedbackError,
  type FeedbackErrors,
  type FeedbackValues,
} from "~/modules/feedback/feedback-form";
import { loadFeedbackPage, sendFeedback } from "~/modules/feedback/feedback.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = {
  pageTitle: ({ data, t }) =>
    // After a message that may disclose harm, the page is help and thanks: a neutral title of its own.
    (data as { helpAtOnce?: boolean } | undefined)?.helpAtOnce
      ? t("helpAtOnce.title")
      : (t as TFunction<["common", "feedback"]>)("feedback:form.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadFeedbackPage(context, request);
}

export async function action({ context, request }: ActionFunctionArgs) {
  return sendFeedback(context, request);
}

/** Where the error summary's link for each problem leads. */
const FIELD_IDS: Record<keyof FeedbackErrors, string> = {
  text: "text",
  from: "from",
  age: "age",
  area: "area",
  honeypot: "website",
  form: "text",
};

/** i18next reads "_" in a key as a context: the words are under hyphenated keys. */
const fromKey = <T extends string>(value: T) => value.replace("_", "-") as T extends `${infer A}_${infer B}` ? `${A}-${B}` : T;

const BLANK: FeedbackValues = { text: "", from: "", age: "", area: "", honeypot: "" };

export default function Feedback() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result && "sent" in result) {
    return (
      <PageShell>
        <FeedbackSent partnershipName={result.partnership.name} contacts={result.help.contacts} help={result.help} />
      </PageShell>
    );
  }
  return <FeedbackForm page={page} failed={result} />;
}

type Failed = Exclude<ReturnType<typeof useActionData<typeof action>>, { sent: true }>;

function FeedbackForm({ page, failed }: { page: ReturnType<typeof useLoaderData<typeof loader>>; failed: Failed }) {
  const { t, i18n } = useTranslation(["common", "feedback"]);
  const lang = i18n.language;
  const values = failed?.values ?? BLANK;
  const tokens = failed ?? page;
  const errors: FeedbackErrors = failed?.errors ?? {};
  const errorText = (error: FeedbackError | undefined) => {
    if (!error) return undefined;
    const v = Object.fromEntries(Object.entries(error.values ?? {}).map(([k, n]) => [k, n.toLocaleString(lang)]));
    // The key is one of feedback.json's errors (FeedbackErrorKey is made from that file).
    return (t as unknown as (key: string, values: Record<string, string>) => string)(error.key, v);
  };
  const summary = (Object.keys(FIELD_IDS) as (keyof FeedbackErrors)[])
    .filter((field) => errors[field])
    .map((field) => ({ href: `#${FIELD_IDS[field]}`, text: errorText(errors[field])! }));
  const textError = errorText(errors.text);
  const honeypotError = errorText(errors.honeypot);
  const textDescribedBy = ["text-hint", textError ? "text-error" : null].filter(Boolean).join(" ");
  const preferNot = { value: PREFER_NOT_TO_SAY, apart: true };

  return (
    <PageShell>
      <ErrorSummary items={summary} />
      <span className="caption-l">{page.partnership.name}</span>
      <h1 className="heading-l">{t("feedback:form.title")}</h1>
      <p className="body">{t("feedback:form.intro")}</p>
      <div className="inset-text">
        <p className="body">{t("feedback:form.anonymous")}</p>
        <p className="body">{t("feedback:form.helpNow")}</p>
        <p className="body">
          <a className="link" href="/help">
            {t("helpAtOnce.moreHelp")}
          </a>
        </p>
      </div>
      <Form method="post" noValidate>
        <input type="hidden" name={FIELDS.id} value={tokens.feedbackId} />
        <input type="hidden" name={FIELDS.started} value={tokens.started} />
        <input type="hidden" name={FIELDS.partnership} value={page.partnership.slug} />

        <div className={`form-group${textError ? " form-group--error" : ""}`}>
          <label className="label label--m" htmlFor="text">
            {t("feedback:form.textLabel")}
          </label>
          <div id="text-hint" className="hint">
            <p>{t("feedback:form.textHint")}</p>
            <p>{t("feedback:form.textLimit", { max: FEEDBACK_MAX_LENGTH.toLocaleString(lang) })}</p>
          </div>
          {textError ? <ErrorMessage id="text-error" text={textError} /> : null}
          <textarea
            className={`textarea${textError ? " textarea--error" : ""}`}
            id="text"
            name={FIELDS.text}
            rows={8}
            aria-describedby={textDescribedBy}
            data-max-length={FEEDBACK_MAX_LENGTH}
            defaultValue={values.text}
          />
        </div>

        <h2 className="heading-m">{t("feedback:form.aboutYouHeading")}</h2>
        <p className="body">{t("feedback:form.aboutYouHint")}</p>
        <Radios
          id="from"
          name={FIELDS.from}
          legend={t("feedback:form.fromLegend")}
          orText={t("question.or")}
          value={values.from}
          error={errorText(errors.from)}
          choices={[
            ...FEEDBACK_FROM.map((value) => ({ value, label: t(`feedback:form.from.${fromKey(value)}`) })),
            { ...preferNot, label: t("feedback:form.from.prefer-not-to-say") },
          ]}
        />
        <Radios
          id="age"
          name={FIELDS.age}
          legend={t("feedback:form.ageLegend")}
          orText={t("question.or")}
          value={values.age}
          error={errorText(errors.age)}
          choices={[
            ...AGE_BANDS.map((value) => ({ value, label: t(`feedback:form.age.${value}`) })),
            { ...preferNot, label: t("feedback:form.age.prefer-not-to-say") },
          ]}
        />
        <Radios
          id="area"
          name={FIELDS.area}
          legend={t("feedback:form.areaLegend")}
          orText={t("question.or")}
          value={values.area}
          error={errorText(errors.area)}
          choices={[
            ...page.partnership.areas.map((area) => ({ value: area, label: area })),
            { value: SOMEWHERE_ELSE, label: t("feedback:form.area.somewhere-else") },
            { ...preferNot, label: t("feedback:form.area.prefer-not-to-say") },
          ]}
        />

        {honeypotError ? (
          // Someone filled the box meant to stay empty: show it, so a person can clear it.
          <div className="form-group form-group--error">
            <label className="label" htmlFor="website">
              {t("feedback:form.honeypotLabel")}
            </label>
            <ErrorMessage id="website-error" text={honeypotError} />
            <input
              className="input input--error"
              id="website"
              name={FIELDS.honeypot}
              type="text"
              autoComplete="off"
              aria-describedby="website-error"
              defaultValue={values.honeypot}
            />
          </div>
        ) : (
          // For scripts that fill every box. Hidden from sight, from screen readers and from the Tab key.
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="website">{t("feedback:form.honeypotLabel")}</label>
            <input id="website" name={FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
        )}

        <Button>{t("feedback:form.send")}</Button>
      </Form>
    </PageShell>
  );
}
