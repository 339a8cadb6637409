import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import type { PageHandle } from "~/components/page";
import { YouSaidPageView } from "~/components/you-said-page";
import { surveyYouSaidPath } from "~/modules/you-said/paths";
import { loadSurveyYouSaid } from "~/modules/you-said/public.server";

// /s/<slug>/you-said-we-did: what was done with what people said in one survey.

export const handle: PageHandle = { pageTitle: ({ t }) => (t as TFunction<["common", "yousaid"]>)("yousaid:title") };

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return loadSurveyYouSaid(context, request, params.slug);
}

export default function SurveyYouSaidPage() {
  const page = useLoaderData<typeof loader>();
  return <YouSaidPageView page={page} here={surveyYouSaidPath(page.survey?.slug ?? "")} />;
}
