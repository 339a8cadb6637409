import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { loadDonePage } from "~/modules/responses/respondent.server";

export const handle: PageHandle = { pageTitle: ({ t }) => t("done.title") };

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadDonePage(context, request, params.slug);
}

export default function Done() {
  const { partnership } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const contacts = partnership.helpContacts;
  return (
    <PageShell>
      <div className="panel">
        <h1 className="panel__title">{t("done.title")}</h1>
        <div className="panel__body">{t("done.thanks")}</div>
      </div>
      <h2 className="heading-m">{t("done.nextHeading")}</h2>
      <p className="body">{t("done.next")}</p>
      <p className="body">{t("done.cannotDelete")}</p>
      <h2 className="heading-m">{t("done.helpHeading")}</h2>
      <ul className="list list--bullet">
        <li>{t("start.helpDanger")}</li>
        <li>{t("start.helpChildline")}</li>
        {contacts.earlyHelp.phone ? (
          <li>
            {t("start.helpLocal", {
              name: contacts.earlyHelp.name,
              phone: contacts.earlyHelp.phone,
              hours: contacts.earlyHelp.openingHours,
            })}
          </li>
        ) : null}
      </ul>
      <p className="body">{t("done.close")}</p>
    </PageShell>
  );
}
