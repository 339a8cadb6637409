import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { ServiceForm } from "~/components/workspace/service-form";
import { WorkspaceShell } from "~/components/workspace/shell";
import { deleteService, getService, serviceValues, updateService } from "~/modules/directory/services-admin.server";
import { formatDay } from "~/modules/help/format";
import { partnershipById } from "~/modules/partnerships/partnerships.server";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  notFound,
  readWorkspaceForm,
  requireWorkspacePage,
  staffData,
  workspaceBasics,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:services.editTitle"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "services");
  const service = await getService(context.db, access.partnership.id, params.serviceId);
  if (!service) notFound();
  const areas = (await partnershipById(context.db, access.partnership.id))?.areas ?? [];
  return staffData({
    ...workspaceBasics(context, access),
    areas,
    serviceId: service.id,
    lastReviewedOn: service.lastReviewedOn,
    values: serviceValues(service),
  });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "services");
  const service = await getService(context.db, access.partnership.id, params.serviceId);
  if (!service) notFound();
  const list = workspaceHref(access.partnership.slug, "services");
  const actor = { userId: access.user.id, partnershipId: access.partnership.id };
  if (textField(form, "intent") === "delete") {
    await deleteService(context.db, actor, service.id);
    return workspaceRedirect(`${list}?done=deleted`);
  }
  const areas = (await partnershipById(context.db, access.partnership.id))?.areas ?? [];
  const result = await updateService(context.db, { ...actor, areas }, service, form);
  if (result.ok) return workspaceRedirect(`${list}?done=saved`);
  return staffData({ values: result.values, errors: result.errors }, 400);
}

export default function EditServicePage() {
  const { partnership, csrf, areas, values, lastReviewedOn } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["admin", "common"]);
  return (
    <WorkspaceShell partnership={partnership} back={workspaceHref(partnership.slug, "services")} title={t("admin:services.editTitle")}>
      <p className="body">{t("admin:services.lastReviewedOn", { date: formatDay(lastReviewedOn, i18n.language) })}</p>
      <ServiceForm csrf={csrf} areas={areas} values={failed?.values ?? values} errors={failed?.errors ?? {}} editing />
      <h2 className="heading-m">{t("admin:services.deleteHeading")}</h2>
      <p className="body">{t("admin:services.deleteWarning")}</p>
      <Form method="post">
        <CsrfField token={csrf} />
        <Button name="intent" value="delete" className="button--warning">
          {t("admin:services.delete", { name: values.name })}
        </Button>
      </Form>
    </WorkspaceShell>
  );
}
