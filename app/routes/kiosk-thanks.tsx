import type { HeadersFunction, LoaderFunctionArgs, LinksFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { KioskShell, KioskThanks } from "~/components/kiosk/kiosk";
import type { PageHandle } from "~/components/page";
import kioskStyles from "~/styles/kiosk.css?url";
import { loadThanksPage } from "~/modules/kiosk/pages.server";

// After sending without script: thanks and general help, then "Next person".
// Shows nothing of what was sent.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: kioskStyles }];

export const handle: PageHandle = {
  kiosk: true,
  pageTitle: ({ t }) => (t as TFunction<["common", "kiosk"]>)("kiosk:thanks.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadThanksPage(context, request);
}

export default function KioskThanksPage() {
  const { venue, contacts, audience, youSaidUrl } = useLoaderData<typeof loader>();
  return (
    <KioskShell idleSeconds={venue.idleSeconds} page="thanks">
      <KioskThanks kind="sent" contacts={contacts} audience={audience} youSaidUrl={youSaidUrl} />
    </KioskShell>
  );
}
