import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { FeedbackSent } from "~/components/feedback-sent";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { loadSentPage } from "~/modules/feedback/feedback.server";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "feedback"]>)("feedback:sent.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request }: LoaderFunctionArgs) {
  return loadSentPage(context, request);
}

export default function FeedbackSentPage() {
  const { partnership, contacts } = useLoaderData<typeof loader>();
  return (
    <PageShell>
      <FeedbackSent partnershipName={partnership.name} contacts={contacts} />
    </PageShell>
  );
}
