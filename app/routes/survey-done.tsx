import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { HelpNow } from "~/components/help-now";
import { PageShell } from "~/components/page-shell";
import { Signposts } from "~/components/signposts";
import { loadDonePage } from "~/modules/responses/respondent.server";
import { surveyYouSaidPath } from "~/modules/you-said/paths";

export const handle: PageHandle = { pageTitle: ({ t }) => t("done.title") };

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadDonePage(context, request, params.slug);
}

export default function Done() {
  const { slug, partnership, audience, signposts } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["common", "yousaid"]);
  return (
    <PageShell>
      <div className="panel">
        <h1 className="panel__title">{t("done.title")}</h1>
        <div className="panel__body">{t("done.thanks")}</div>
      </div>
      <h2 className="heading-m">{t("done.nextHeading")}</h2>
      <p className="body">{t("done.next")}</p>
      <p className="body">{t("done.cannotDelete")}</p>
      <p className="body">
        <a className="link" href={surveyYouSaidPath(slug)}>
          {t("yousaid:link.done")}
        </a>
      </p>
      <Signposts signposts={signposts} contacts={partnership.helpContacts} />
      <HelpNow forAdults={audience === "parents"} contacts={partnership.helpContacts} heading={t("done.helpHeading")} />
      <p className="body">{t("done.close")}</p>
    </PageShell>
  );
}
