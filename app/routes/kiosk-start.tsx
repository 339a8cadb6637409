import type { HeadersFunction, LoaderFunctionArgs, LinksFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { HelpContactsList } from "~/components/help-at-once";
import { KioskShell } from "~/components/kiosk/kiosk";
import type { PageHandle } from "~/components/page";
import kioskStyles from "~/styles/kiosk.css?url";
import { loadStartPage } from "~/modules/kiosk/pages.server";
import { KIOSK_PATHS } from "~/modules/kiosk/paths";
import { localize } from "~/modules/survey/definition";

// The kiosk's start page: neutral, the same for everyone who walks up.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: kioskStyles }];

export const handle: PageHandle = {
  kiosk: true,
  pageTitle: ({ data, t }) => {
    const venue = (data as { venue?: { name: string } } | undefined)?.venue;
    return venue ? (t as TFunction<["common", "kiosk"]>)("kiosk:start.welcome", { venue: venue.name }) : t("service.name");
  },
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadStartPage(context, request);
}

export default function KioskStart() {
  const { venue, partnership, shows, survey, contacts, audience } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["kiosk", "common"]);
  const lang = i18n.language;
  return (
    <KioskShell idleSeconds={venue.idleSeconds} page="start">
      <span className="caption-l">{partnership.name}</span>
      <h1 className="heading-l">{t("kiosk:start.welcome", { venue: venue.name })}</h1>
      {shows === "nothing" ? (
        <>
          <h2 className="heading-m">{t("kiosk:start.unavailableTitle")}</h2>
          <p className="body">{t("kiosk:start.unavailable")}</p>
        </>
      ) : (
        <>
          <h2 className="heading-m">{survey ? localize(survey.title, lang) : t("kiosk:start.feedbackTitle")}</h2>
          <p className="body-l">{survey ? localize(survey.summary, lang) : t("kiosk:start.feedbackSummary")}</p>
          {survey ? <p className="body">{t("common:start.minutes", { count: survey.minutes })}</p> : null}
          <p className="body">{t("kiosk:start.anonymous")}</p>
          <p className="body">{t("kiosk:start.stop")}</p>
          <p className="body">
            <a className="button button--start" href={KIOSK_PATHS.answer} data-kiosk-begin="">
              {t("kiosk:start.button")}
            </a>
          </p>
        </>
      )}
      <h2 className="heading-m">{t("kiosk:thanks.helpHeading")}</h2>
      <HelpContactsList contacts={contacts} audience={audience} />
    </KioskShell>
  );
}
