import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { ServiceForm } from "~/components/workspace/service-form";
import { WorkspaceShell } from "~/components/workspace/shell";
import { BLANK_SERVICE } from "~/modules/directory/service-form";
import { createService } from "~/modules/directory/services-admin.server";
import { partnershipById } from "~/modules/partnerships/partnerships.server";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  readWorkspaceForm,
  requireWorkspacePage,
  staffData,
  workspaceBasics,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:services.newTitle"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "services");
  const areas = (await partnershipById(context.db, access.partnership.id))?.areas ?? [];
  return staffData({ ...workspaceBasics(context, access), areas });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "services");
  const areas = (await partnershipById(context.db, access.partnership.id))?.areas ?? [];
  const result = await createService(context.db, { userId: access.user.id, partnershipId: access.partnership.id, areas }, form);
  if (result.ok) return workspaceRedirect(`${workspaceHref(access.partnership.slug, "services")}?done=created`);
  return staffData({ values: result.values, errors: result.errors }, 400);
}

export default function NewServicePage() {
  const { partnership, csrf, areas } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["admin", "common"]);
  return (
    <WorkspaceShell partnership={partnership} back={workspaceHref(partnership.slug, "services")} title={t("admin:services.newTitle")}>
      <ServiceForm csrf={csrf} areas={areas} values={failed?.values ?? BLANK_SERVICE} errors={failed?.errors ?? {}} editing={false} />
    </WorkspaceShell>
  );
}
