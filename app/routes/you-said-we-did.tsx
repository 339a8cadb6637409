import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import type { PageHandle } from "~/components/page";
import { YouSaidPageView } from "~/components/you-said-page";
import { youSaidPath } from "~/modules/you-said/paths";
import { loadPartnershipYouSaid } from "~/modules/you-said/public.server";

// /you-said-we-did?p=<slug>: what a partnership did with what people told it.

export const handle: PageHandle = { pageTitle: ({ t }) => (t as TFunction<["common", "yousaid"]>)("yousaid:title") };

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadPartnershipYouSaid(context, request);
}

export default function YouSaidWeDidPage() {
  const page = useLoaderData<typeof loader>();
  return <YouSaidPageView page={page} here={youSaidPath(page.linkSlug)} />;
}
