import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BuilderField, FieldErrors, StatusTag, builderErrorItems, useErrorText } from "~/modules/builder/ui";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import { RowMenu } from "~/components/workspace/row-menu";
import { SortableTable } from "~/components/workspace/sortable-table";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { builderAccess, builderForm, text } from "~/modules/builder/access.server";
import { surveyPath } from "~/modules/builder/paths";
import { createSurvey, listSurveys } from "~/modules/builder/builder.server";
import { AUDIENCES } from "~/modules/builder/draft";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = { hydrate: true, pageTitle: ({ t }) => t("builder:list.title", { ns: ["builder"] }) };

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, csrf } = await builderAccess(context, request, params);
  const surveys = await listSurveys(context.db, partnership.id);
  return data({ partnership, csrf, surveys }, { headers: STAFF_NO_STORE });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { form, actor, partnership } = await builderForm(context, request, params);
  const values = { title: text(form, "title"), slug: text(form, "slug"), audience: text(form, "audience"), retentionDays: text(form, "retentionDays") };
  const result = await createSurvey(context.db, actor, values);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400, headers: STAFF_NO_STORE });
  return redirect(surveyPath(partnership.slug, result.surveyId), { headers: STAFF_NO_STORE });
}

export default function SurveyList() {
  const { partnership, csrf, surveys } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["builder", "common"]);
  const errorText = useErrorText();
  const errors = failed?.errors ?? {};
  const values = failed?.values;
  return (
    <PageShell>
      <ErrorSummary items={builderErrorItems(errorText, errors)} />
      <span className="caption-l">{partnership.name}</span>
      <h1 className="heading-l">{t("builder:list.title")}</h1>
      {surveys.length === 0 ? (
        <p className="body">{t("builder:list.none")}</p>
      ) : (
        <SortableTable
          label={t("builder:list.title")}
          rows={surveys}
          initialSort={{ column: "title", direction: "ascending" }}
          columns={[
            {
              id: "title",
              label: t("builder:list.survey"),
              isRowHeader: true,
              sortValue: (survey) => survey.title,
              render: (survey) => (
                <a className="link" href={surveyPath(partnership.slug, survey.id)}>
                  {survey.title}
                </a>
              ),
            },
            { id: "address", label: t("builder:list.address"), sortValue: (survey) => survey.slug, render: (survey) => `/s/${survey.slug}` },
            {
              id: "audience",
              label: t("builder:list.audience"),
              sortValue: (survey) => t(`builder:audience.${survey.audience}`),
              render: (survey) => t(`builder:audience.${survey.audience}`),
            },
            {
              id: "status",
              label: t("builder:list.status"),
              sortValue: (survey) => survey.status,
              render: (survey) => <StatusTag status={survey.status} version={survey.publishedVersion} hasDraft={survey.hasDraft} />,
            },
            {
              id: "responses",
              label: t("builder:list.responses"),
              numeric: true,
              sortValue: (survey) => survey.submittedResponses,
              render: (survey) => survey.submittedResponses,
            },
            {
              id: "actions",
              label: t("builder:actions.label"),
              render: (survey) => {
                const base = surveyPath(partnership.slug, survey.id);
                return (
                  <RowMenu
                    label={t("builder:actions.label")}
                    about={t("builder:actions.for", { survey: survey.title })}
                    actions={[
                      { id: "open", label: t("builder:actions.open"), href: base },
                      { id: "preview", label: t("builder:actions.preview"), href: `${base}/preview` },
                      { id: "export", label: t("builder:actions.export"), href: `${base}/export`, download: true },
                      { id: "duplicate", label: t("builder:actions.duplicate"), href: `${base}?tab=publish#duplicate` },
                    ]}
                  />
                );
              },
            },
          ]}
        />
      )}

      <h2 className="heading-m">{t("builder:create.heading")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        <BuilderField name="title" label={t("builder:create.title")} error={errors.title} defaultValue={values?.title} />
        <BuilderField
          name="slug"
          label={t("builder:create.slug")}
          hint={t("builder:create.slugHint")}
          error={errors.slug}
          defaultValue={values?.slug}
          spellCheck={false}
        />
        <FieldErrors name="audience" error={errors.audience}>
          <label className="label" htmlFor="audience">
            {t("builder:create.audience")}
          </label>
          <select className="select" id="audience" name="audience" defaultValue={values?.audience ?? ""}>
            <option value="">{t("builder:create.choose")}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`builder:audience.${audience}`)}
              </option>
            ))}
          </select>
        </FieldErrors>
        <BuilderField
          name="retentionDays"
          label={t("builder:details.retentionDays")}
          hint={t("builder:details.retentionHint")}
          error={errors.retentionDays}
          defaultValue={values?.retentionDays ?? "730"}
          inputMode="numeric"
          width="5"
        />
        <Button>{t("builder:create.submit")}</Button>
      </Form>
    </PageShell>
  );
}
