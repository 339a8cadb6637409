import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { PageShell } from "~/components/page-shell";
import { builderSurvey, builderSurveyForm, MAX_IMPORT_BYTES, notFound, text } from "~/modules/builder/access.server";
import { surveyPath } from "~/modules/builder/paths";
import { importDefinition } from "~/modules/builder/builder.server";
import { CsrfField, ProblemList, builderErrorItems, useErrorText } from "~/modules/builder/ui";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";

export const handle: PageHandle = { hydrate: true, pageTitle: ({ t }) => t("builder:import.title", { ns: ["builder"] }) };

export const headers: HeadersFunction = () => STAFF_NO_STORE;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const { partnership, csrf, survey } = await builderSurvey(context, request, params);
  return data({ csrf, back: surveyPath(partnership.slug, survey.id), slug: survey.slug }, { headers: STAFF_NO_STORE });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { form, partnership, survey } = await builderSurveyForm(context, request, params);
  // A file, if one was chosen; else the text box.
  const file = form.get("file");
  let json = text(form, "definition");
  if (file && typeof file !== "string" && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) {
      return data({ errors: { definition: "importTooBig" }, problems: [], typed: "" }, { status: 400, headers: STAFF_NO_STORE });
    }
    json = await file.text();
  }
  const result = await importDefinition(context.db, partnership.id, survey.id, json);
  if (result === null) notFound();
  if (!result.ok) {
    const problems = "problems" in result ? (result.problems ?? []) : [];
    return data({ errors: result.errors as Record<string, string>, problems, typed: json.slice(0, MAX_IMPORT_BYTES) }, { status: 400, headers: STAFF_NO_STORE });
  }
  return redirect(surveyPath(partnership.slug, survey.id), { headers: STAFF_NO_STORE });
}

export default function ImportDefinition() {
  const { csrf, back, slug } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation(["builder", "common"]);
  const errorText = useErrorText();
  const errors = failed?.errors ?? {};
  return (
    <PageShell back={back}>
      <ErrorSummary items={builderErrorItems(errorText, errors)} />
      <span className="caption-l">/s/{slug}</span>
      <h1 className="heading-l">{t("builder:import.title")}</h1>
      <p className="body">{t("builder:import.explain")}</p>
      <ProblemList problems={failed?.problems ?? []} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfField value={csrf} />
        <div className="form-group">
          <label className="label" htmlFor="file">
            {t("builder:import.file")}
          </label>
          <input className="file-upload" id="file" name="file" type="file" accept="application/json,.json" />
        </div>
        <div className={`form-group${errors.definition ? " form-group--error" : ""}`}>
          <label className="label" htmlFor="definition">
            {t("builder:import.text")}
          </label>
          {errors.definition ? (
            <p className="error-message" id="definition-error">
              {errorText(errors.definition)}
            </p>
          ) : null}
          <textarea
            className={`textarea${errors.definition ? " textarea--error" : ""}`}
            id="definition"
            name="definition"
            rows={12}
            spellCheck={false}
            aria-describedby={errors.definition ? "definition-error" : undefined}
            defaultValue={failed?.typed ?? ""}
          />
        </div>
        <Button>{t("builder:import.submit")}</Button>
      </Form>
    </PageShell>
  );
}
