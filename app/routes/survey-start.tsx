import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { HelpNow } from "~/components/help-now";
import { PageShell } from "~/components/page-shell";
import { beginResponse, loadStartPage } from "~/modules/responses/respondent.server";
import { localize, type LocalizedText } from "~/modules/survey/definition";

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
  const { title, summary, minutes, partnership, audience, continuing, responseId, link } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <PageShell>
      <ErrorSummary items={failed?.errors.form ? [{ href: "#start", text: t(failed.errors.form.key) }] : []} />
      <span className="caption-l">{partnership.name}</span>
      <h1 className="heading-l">{localize(title, lang)}</h1>
      <p className="body-l">{localize(summary, lang)}</p>
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
        <Button id="start" className="button--start">{continuing ? t("start.continueButton") : t("start.startButton")}</Button>
      </Form>
    </PageShell>
  );
}
