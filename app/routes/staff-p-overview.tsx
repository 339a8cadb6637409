import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { WorkspaceShell } from "~/components/workspace/shell";
import { pagesFor, workspaceHref } from "~/modules/workspace/pages";
import { requireWorkspacePage, staffData, workspaceBasics } from "~/modules/workspace/workspace.server";

export const handle: PageHandle = {
  pageTitle: ({ data, t }) =>
    (data as { partnership?: { name: string } } | undefined)?.partnership?.name ??
    (t as TFunction<["common", "admin"]>)("admin:overview.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "overview");
  const basics = workspaceBasics(context, access);
  return staffData({ ...basics, pages: pagesFor(basics.roles) });
}

export default function PartnershipOverview() {
  const { partnership, roles, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["admin", "common"]);
  return (
    <WorkspaceShell partnership={partnership} back={null} title={t("admin:overview.title")}>
      <p className="body">
        {t("admin:overview.yourRoles", { roles: roles.map((role) => t(`admin:roles.${role}`)).join(", ") })}
      </p>
      {pages.length > 0 ? (
        <ul className="list workspace-links">
          {pages.map((page) => (
            <li key={page}>
              <h2 className="heading-s">
                <Link className="link" to={workspaceHref(partnership.slug, page)}>
                  {t(`admin:overview.pages.${page}.title`)}
                </Link>
              </h2>
              <p className="body">{t(`admin:overview.pages.${page}.description`)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">{t("admin:overview.nothingYet")}</p>
      )}
    </WorkspaceShell>
  );
}
