import type { TFunction } from "i18next";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { STAYING_SAFE_PATH, continuePath, partnershipSlugParam, withPartnership } from "~/modules/safety/paths";

// The interruption page: before someone first meets "Exit this page", say
// what it does, and plainly what it does not do (erase browser history).

// PageHandle's t is typed for the default namespace; this page's words are in "safety".
export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "safety"]>)("safety:beforeYouStart.title"),
};

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const partnership = partnershipSlugParam(url.searchParams.get("p"));
  return { to: continuePath(url), stayingSafe: withPartnership(STAYING_SAFE_PATH, partnership) };
}

export default function BeforeYouStart() {
  const { to, stayingSafe } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["common", "safety"]);
  return (
    <PageShell>
      <h1 className="heading-l">{t("safety:beforeYouStart.title")}</h1>

      <h2 className="heading-m">{t("safety:beforeYouStart.buttonHeading")}</h2>
      <p className="body">{t("safety:beforeYouStart.button")}</p>
      <p className="body">{t("safety:beforeYouStart.buttonUse")}</p>
      <p className="body">{t("safety:beforeYouStart.buttonWhat")}</p>

      <h2 className="heading-m">{t("safety:beforeYouStart.shiftHeading")}</h2>
      <p className="body">{t("safety:beforeYouStart.shift")}</p>

      <h2 className="heading-m">{t("safety:beforeYouStart.historyHeading")}</h2>
      <div className="inset-text">
        <p className="body">{t("safety:beforeYouStart.history")}</p>
      </div>
      <p className="body">
        <a href={stayingSafe} className="link">
          {t("safety:beforeYouStart.stayingSafeLink")}
        </a>
      </p>

      <a href={to} className="button" id="continue" draggable="false">
        {t("safety:beforeYouStart.continue")}
      </a>
    </PageShell>
  );
}
