import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { QrCode } from "~/components/qr-code";
import { staffLinksPath } from "~/modules/links/paths";
import { loadPosterPage } from "~/modules/links/staff.server";
import { youSaidPath } from "~/modules/you-said/paths";

export const handle: PageHandle = {
  pageTitle: ({ data, t }) =>
    (t as TFunction<["common", "linkadmin"]>)("linkadmin:poster.title", {
      name: (data as { link?: { name: string } } | undefined)?.link?.name ?? "",
    }),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadPosterPage(context, request, params.partnership, params.linkId);
}

/**
 * A link's poster, to print on one sheet of A4 (print styles in app.css):
 * a heading for the people it is for, a QR code made by the app, and the
 * address in full for anyone who cannot scan. On paper only the poster shows.
 */
export default function PosterPage() {
  const { partnership, link, surveyTitle, forAdults, url, qr } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["linkadmin", "yousaid", "common"]);
  const youSaidUrl = new URL(youSaidPath(partnership.slug), url).href;
  return (
    <PageShell back={staffLinksPath(partnership.slug)}>
      <div className="print-hidden">
        <span className="caption-l">{partnership.name}</span>
        <h1 className="heading-l">{t("linkadmin:poster.title", { name: link.name })}</h1>
        {link.closed ? (
          <div className="inset-text">
            <p className="body">{t("linkadmin:poster.closedWarning")}</p>
          </div>
        ) : null}
        <p className="body">{t("linkadmin:poster.printHint")}</p>
      </div>
      <section className="poster" aria-labelledby="poster-heading">
        <h2 className="poster__heading" id="poster-heading">
          {t("linkadmin:poster.heading")}
        </h2>
        <p className="poster__lead">{forAdults ? t("linkadmin:poster.leadAdults") : t("linkadmin:poster.lead")}</p>
        {surveyTitle ? <p className="poster__survey">{t("linkadmin:poster.survey", { title: surveyTitle })}</p> : null}
        <p className="poster__text">{forAdults ? t("linkadmin:poster.anonymousAdults") : t("linkadmin:poster.anonymous")}</p>
        <p className="poster__scan">{t("linkadmin:poster.scan")}</p>
        <QrCode svg={qr} label={t("linkadmin:poster.qrLabel", { url })} className="poster__qr" />
        <p className="poster__text">{t("linkadmin:poster.orType")}</p>
        <p className="poster__url" data-link-url="">
          {url}
        </p>
        <p className="poster__text" data-you-said-url="">
          {t("yousaid:link.poster", { url: youSaidUrl })}
        </p>
        <p className="poster__help">{forAdults ? t("linkadmin:poster.helpAdults") : t("linkadmin:poster.help")}</p>
        <p className="poster__footer">{t("linkadmin:poster.footer", { partnership: partnership.name, name: link.name })}</p>
      </section>
    </PageShell>
  );
}
