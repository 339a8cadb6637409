import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { HelpNow } from "~/components/help-now";
import { PageShell } from "~/components/page-shell";
import { Radios } from "~/components/radios";
import { useEasyRead } from "~/components/easy-read";
import { beginResponse, loadStartPage } from "~/modules/responses/respondent.server";
import { localize, localizeMode, type LocalizedText } from "~/modules/survey/definition";

/** The first age band radio: the error summary links to it. */
const AGE_BAND_FIELD_ID = "age-band";

export const handle: PageHandle = {
  pageTitle: ({ data, t, language }) => {
    const title = (data as { title?: LocalizedText } | undefined)?.title;
    return title ? localize(title, language) : t("service.name");
  },
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadStartPage(context, request, params.slug);
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  return beginResponse(context, request, params.slug);
}

export default function SurveyStart() {
  const { title, summary, minutes, partnership, audience, continuing, responseId, link, ageBands, easyRead } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["common", "easy"]);
  const lang = i18n.language;
  const easy = useEasyRead();
  const errors = failed?.errors;
  const formError = errors && "form" in errors && errors.form ? errors.form : undefined;
  const bandMissing = !!errors && "ageBand" in errors && errors.ageBand === "choose";
  const summaryItems = [
    ...(formError ? [{ href: "#start", text: t(formError.key) }] : []),
    ...(bandMissing ? [{ href: `#${AGE_BAND_FIELD_ID}`, text: t("easy:ageBand.error") }] : []),
  ];
  return (
    <PageShell>
      <ErrorSummary items={summaryItems} />
      <span className="caption-l">{partnership.name}</span>
      <h1 className="heading-l">{localizeMode(title, easyRead?.title, lang, easy)}</h1>
      <p className="body-l">{localizeMode(summary, easyRead?.summary, lang, easy)}</p>
      <p className="body">{t("start.minutes", { count: minutes })}</p>
      <p className="body">{t("start.stopAnyTime")}</p>

      <h2 className="heading-m">{t("start.anonymousHeading")}</h2>
      <p className="body">{audience === "parents" ? t("start.anonymousAdult") : t("start.anonymous")}</p>
      <div className="inset-text">
        <p className="body">{t("start.anonymousHelp")}</p>
      </div>

      <HelpNow forAdults={audience === "parents"} contacts={partnership.helpContacts} heading={t("start.helpHeading")} />

      {continuing ? <p className="body">{t("start.continueNote")}</p> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="response" value={responseId} />
        {link ? <input type="hidden" name="link" value={link} /> : null}
        {ageBands.length > 0 ? (
          <Radios
            id={AGE_BAND_FIELD_ID}
            name="ageBand"
            legend={t("easy:ageBand.legend")}
            hint={t("easy:ageBand.hint")}
            choices={ageBands.map((band) => ({ value: band.id, label: localize(band.label, lang) }))}
            value=""
            error={bandMissing ? t("easy:ageBand.error") : undefined}
            orText={t("question.or")}
          />
        ) : null}
        <Button id="start" className="button--start">{continuing ? t("start.continueButton") : t("start.startButton")}</Button>
      </Form>
    </PageShell>
  );
}
