import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { listServices } from "~/modules/directory/services-admin.server";
import { formatDay } from "~/modules/help/format";
import { isNeed } from "~/modules/help/needs";
import { workspaceHref } from "~/modules/workspace/pages";
import { requireWorkspacePage, staffData, workspaceBasics } from "~/modules/workspace/workspace.server";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:services.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

const DONE = ["created", "saved", "deleted"] as const;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "services");
  const done = new URL(request.url).searchParams.get("done");
  return staffData({
    ...workspaceBasics(context, access),
    services: await listServices(context.db, access.partnership.id),
    done: DONE.find((d) => d === done) ?? null,
  });
}

export default function ServicesAdminPage() {
  const { partnership, services, done } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["admin", "help", "common"]);
  const base = workspaceHref(partnership.slug, "services");
  return (
    <WorkspaceShell partnership={partnership} title={t("admin:services.title")}>
      {done ? <SuccessBanner>{t(`admin:services.${done}`)}</SuccessBanner> : null}
      <p className="body">{t("admin:services.intro")}</p>
      <p className="body">
        <Link className="button button--secondary" to={`${base}/new`}>
          {t("admin:services.add")}
        </Link>
      </p>
      {services.length === 0 ? (
        <p className="body">{t("admin:services.none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("admin:services.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:services.name")}</th>
              <th scope="col">{t("admin:services.needs")}</th>
              <th scope="col">{t("admin:services.lastReviewed")}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id}>
                <th scope="row">
                  <Link className="link" to={`${base}/${service.id}`}>
                    {service.name}
                    <span className="visually-hidden"> ({t("admin:services.change")})</span>
                  </Link>
                  {service.national ? <span className="tag">{t("admin:services.national")}</span> : null}
                </th>
                <td>{service.needs.filter(isNeed).map((need) => t(`help:needs.${need}`)).join(", ")}</td>
                <td>{formatDay(service.lastReviewedOn, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceShell>
  );
}
