import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { localize } from "~/modules/survey/definition";
import { listOpenSurveys } from "~/modules/survey/catalogue.server";

export const handle: PageHandle = { pageTitle: ({ t }) => t("home.title") };

export async function loader({ context }: LoaderFunctionArgs) {
  return { surveys: await listOpenSurveys(context.db) };
}

export default function Home() {
  const { surveys } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <PageShell>
      <h1 className="heading-l">{t("home.title")}</h1>
      {surveys.length === 0 ? (
        <p className="body">{t("home.none")}</p>
      ) : (
        <>
          <p className="body">{t("home.intro")}</p>
          <ul className="list">
            {surveys.map((s) => (
              <li key={s.slug}>
                <a className="link" href={`/s/${s.slug}`}>
                  {localize(s.title, i18n.language)}
                </a>
                <br />
                <span className="hint">{t("home.by", { partnership: s.partnershipName })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="heading-m">{t("home.feedbackHeading")}</h2>
      <p className="body">{t("home.feedbackText")}</p>
      <p className="body">
        {/* Through the page that explains quick exit first. */}
        <a className="link" href="/before-you-start?to=/feedback">
          {t("home.feedbackLink")}
        </a>
      </p>
    </PageShell>
  );
}
