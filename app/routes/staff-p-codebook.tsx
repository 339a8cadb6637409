import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { CODE_FIELDS, CodeFields, type CodeFormValues } from "~/components/coding/code-fields";
import { ErrorSummary } from "~/components/error-summary";
import { QdpxExportForm } from "~/components/exports/qdpx-export-form";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { refused } from "~/modules/coding/access.server";
import { addCode, archiveCode, listCodes, updateCode, type CodeErrors, type CodeValues } from "~/modules/coding/codebook.server";
import { qdpxSurveys } from "~/modules/exports/qdpx.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { readWorkspaceForm, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/codebook: the partnership's codes (the 16 built in,
// seeded when first needed, and its own). Edit labels, descriptions and
// example phrases; add a code; archive a custom one. Audited.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "coding"]>)("coding:codebook.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "codebook");
  const url = new URL(request.url);
  const [codes, surveys] = await Promise.all([listCodes(context.db, access.partnership.id), qdpxSurveys(context.db, access.partnership.id)]);
  const editing = codes.find((c) => c.id === url.searchParams.get("edit")) ?? null;
  const done = (["added", "saved", "archived"] as const).find((d) => d === url.searchParams.get("done")) ?? null;
  return staffData({ ...workspaceBasics(context, access), codes, editing, done, surveys });
}

function valuesOf(form: FormData): CodeValues {
  return {
    code: textField(form, "code"),
    label: textField(form, "label"),
    staffDescription: textField(form, "staffDescription"),
    childDescription: textField(form, "childDescription"),
    examplePhrases: textField(form, "examplePhrases"),
  };
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "codebook");
  const intent = textField(form, "intent");
  const actor = { partnershipId: access.partnership.id, actorId: access.user.id };
  const page = workspaceHref(access.partnership.slug, "codebook");
  if (intent === "add") {
    const values = valuesOf(form);
    const result = await context.db.transaction((tx) => addCode(tx, { ...actor, values }));
    if (result.ok) return workspaceRedirect(`${page}?done=added`);
    return staffData({ intent, ok: false as const, errors: result.errors as CodeErrors, values, codeId: null }, 400);
  }
  if (intent === "save") {
    const codeId = textField(form, "codeId");
    const values = valuesOf(form);
    const result = await context.db.transaction((tx) => updateCode(tx, { ...actor, codeId, values }));
    if (!result) return refused("coding:errors.unknown");
    if (result.ok) return workspaceRedirect(`${page}?done=saved`);
    return staffData({ intent, ok: false as const, errors: result.errors as CodeErrors, values, codeId }, 400);
  }
  if (intent === "archive") {
    const archived = await context.db.transaction((tx) => archiveCode(tx, { ...actor, codeId: textField(form, "codeId") }));
    return archived ? workspaceRedirect(`${page}?done=archived`) : refused("coding:errors.unknown");
  }
  return refused("coding:errors.unknown");
}

const EMPTY: CodeFormValues = { code: "", label: "", staffDescription: "", childDescription: "", examplePhrases: "" };

export default function CodebookPage() {
  const { partnership, csrf, codes, editing, done, surveys } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["coding", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : "");
  const page = workspaceHref(partnership.slug, "codebook");
  const failed = result && "errors" in result ? result : null;
  const failedAdd = failed?.intent === "add" ? failed : null;
  const failedSave = failed?.intent === "save" ? failed : null;
  const editingId = failedSave?.codeId ?? editing?.id ?? null;
  const editCode = codes.find((c) => c.id === editingId) ?? null;
  const prefixFor = (intent: "add" | "save") => (intent === "add" ? "new-" : "edit-");
  const summary = failed
    ? CODE_FIELDS.filter((f) => failed.errors[f]).map((f) => ({ href: `#${prefixFor(failed.intent)}${f}`, text: text(failed.errors[f]) }))
    : [];
  const unknown = result && "error" in result ? result.error : null;

  return (
    <WorkspaceShell partnership={partnership} title={t("coding:codebook.title")}>
      <ErrorSummary items={summary} />
      {unknown ? <p className="body">{text(unknown)}</p> : null}
      {done ? <SuccessBanner>{t(`coding:codebook.done.${done}`)}</SuccessBanner> : null}
      <p className="body">{t("coding:codebook.intro")}</p>

      <table className="table codebook-table">
        <caption className="visually-hidden">{t("coding:codebook.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coding:codebook.label")}</th>
            <th scope="col">{t("coding:codebook.description")}</th>
            <th scope="col">{t("coding:codebook.examples")}</th>
            <th scope="col">{t("coding:codebook.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id} data-code={code.code}>
              <th scope="row">
                {code.label}
                <br />
                <code className="codebook-table__code">{code.code}</code>
                {code.builtIn ? (
                  <>
                    {" "}
                    <strong className="tag tag--grey">{t("coding:codebook.builtIn")}</strong>
                  </>
                ) : null}
              </th>
              <td>{code.staffDescription}</td>
              <td>{code.examplePhrases.join(", ")}</td>
              <td>
                <Link className="link" to={`${page}?edit=${code.id}#edit-heading`}>
                  {t("coding:codebook.edit")}
                  <span className="visually-hidden"> {code.label}</span>
                </Link>
                {!code.builtIn ? (
                  <Form method="post" className="codebook-table__archive">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="codeId" value={code.id} />
                    <button type="submit" className="button button--warning" name="intent" value="archive">
                      {t("coding:codebook.archive")}
                      <span className="visually-hidden"> {code.label}</span>
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {editCode ? (
        <section aria-labelledby="edit-heading">
          <h2 className="heading-m" id="edit-heading">
            {t("coding:codebook.editHeading", { label: editCode.label })}
          </h2>
          <Form method="post" noValidate key={editCode.id}>
            <CsrfField token={csrf} />
            <input type="hidden" name="codeId" value={editCode.id} />
            <CodeFields
              prefix="edit-"
              withCode={false}
              errors={failedSave?.errors ?? {}}
              values={
                failedSave?.values ?? {
                  code: editCode.code,
                  label: editCode.label,
                  staffDescription: editCode.staffDescription,
                  childDescription: editCode.childDescription,
                  examplePhrases: editCode.examplePhrases.join("\n"),
                }
              }
            />
            <div className="button-group">
              <Button name="intent" value="save">
                {t("coding:codebook.save")}
              </Button>
              <Link className="link button-group__link" to={page}>
                {t("coding:codebook.cancel")}
              </Link>
            </div>
          </Form>
        </section>
      ) : null}

      <h2 className="heading-m">{t("coding:codebook.addHeading")}</h2>
      <Form method="post" noValidate>
        <CsrfField token={csrf} />
        <CodeFields prefix="new-" withCode errors={failedAdd?.errors ?? {}} values={failedAdd?.values ?? EMPTY} />
        <Button name="intent" value="add">
          {t("coding:codebook.add")}
        </Button>
      </Form>

      <QdpxExportForm partnershipSlug={partnership.slug} surveys={surveys} />
    </WorkspaceShell>
  );
}
