import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { helpHref } from "~/modules/help/filter";
import { loadLinkPage, type LinkPageData } from "~/modules/links/public.server";

// /l/<code>: a school, class, setting or event link. An open one goes on to
// its survey's start page; this page is only for a closed or unknown link.

export const handle: PageHandle = {
  pageTitle: ({ data, t }) => {
    const state = (data as LinkPageData | undefined)?.state ?? "unknown";
    return (t as TFunction<["common", "links"]>)(`links:${state}.title`);
  },
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, params }: LoaderFunctionArgs) {
  return loadLinkPage(context, params.code);
}

export default function LinkPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["links", "common"]);
  const slug = page.state === "closed" ? page.partnership.slug : null;
  return (
    <PageShell>
      {page.state === "closed" ? <span className="caption-l">{page.partnership.name}</span> : null}
      <h1 className="heading-l">{t(`links:${page.state}.title`)}</h1>
      {page.state === "closed" ? (
        <>
          <p className="body">{t("links:closed.thanks")}</p>
          <p className="body">{t("links:closed.text")}</p>
        </>
      ) : page.state === "unknown" ? (
        <>
          <p className="body">{t("links:unknown.text")}</p>
          <p className="body">{t("links:unknown.where")}</p>
        </>
      ) : (
        <p className="body">{t("links:unavailable.text")}</p>
      )}
      <p className="body">
        <a className="link" href="/">
          {t("links:surveys")}
        </a>
      </p>
      <h2 className="heading-m">{t("links:help.heading")}</h2>
      <p className="body">{t("links:help.text")}</p>
      <p className="body">
        <a className="link" href={helpHref("/help", slug)}>
          {t("links:help.link")}
        </a>
      </p>
    </PageShell>
  );
}
