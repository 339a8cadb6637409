import { data, type HeadersFunction, type LoaderFunctionArgs, type LinksFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { KioskShell, KioskThanks } from "~/components/kiosk/kiosk";
import type { PageHandle } from "~/components/page";
import kioskStyles from "~/styles/kiosk.css?url";
import { loadThanksPage } from "~/modules/kiosk/pages.server";
import { publicOrigin } from "~/modules/links/staff.server";
import { youSaidPath } from "~/modules/you-said/paths";
import { useTranslation } from "react-i18next";

// After sending without script: thanks and general help, then "Next person".
// Shows nothing of what was sent.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: kioskStyles }];

export const handle: PageHandle = {
  kiosk: true,
  pageTitle: ({ t }) => (t as TFunction<["common", "kiosk"]>)("kiosk:thanks.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  const page = await loadThanksPage(context, request);
  // "You said, we did" as an address to type at home, not a link: the tablet stays a kiosk.
  const youSaidUrl = publicOrigin(request) + youSaidPath(page.data.partnership.slug);
  return data({ ...page.data, youSaidUrl }, page.init ?? undefined);
}

export default function KioskThanksPage() {
  const { venue, contacts, audience, youSaidUrl } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["yousaid", "common"]);
  return (
    <KioskShell idleSeconds={venue.idleSeconds} page="thanks">
      <KioskThanks kind="sent" contacts={contacts} audience={audience} />
      <p className="body kiosk-you-said">{t("yousaid:link.kiosk", { url: youSaidUrl })}</p>
    </KioskShell>
  );
}
