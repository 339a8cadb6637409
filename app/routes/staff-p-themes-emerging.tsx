import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { CODE_FIELDS, CodeFields } from "~/components/coding/code-fields";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { findCode, type CodeErrors, type CodeValues } from "~/modules/coding/codebook.server";
import { emergingGroups, makeCodeFromGroup } from "~/modules/coding/emerging.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { listField, textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { readWorkspaceForm, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/themes/emerging: texts the codebook covers poorly,
// grouped by what they say (key words and three representative redacted
// texts). "Make this a code" adds a code prefilled from the key words.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "coding"]>)("coding:emerging.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "emergingThemes");
  const url = new URL(request.url);
  const { uncovered, groups } = await emergingGroups(context.db, access.partnership.id);
  const group = Number(url.searchParams.get("group"));
  const made = url.searchParams.get("made");
  const madeCode = made ? await findCode(context.db, access.partnership.id, made) : null;
  return staffData({
    ...workspaceBasics(context, access),
    uncovered,
    groups,
    making: Number.isInteger(group) && url.searchParams.has("group") && groups[group] ? group : null,
    made: madeCode ? { label: madeCode.label } : null,
  });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "emergingThemes");
  const values: CodeValues = {
    code: textField(form, "code"),
    label: textField(form, "label"),
    staffDescription: textField(form, "staffDescription"),
    childDescription: textField(form, "childDescription"),
    examplePhrases: textField(form, "examplePhrases"),
  };
  const group = textField(form, "group");
  const result = await context.db.transaction((tx) =>
    makeCodeFromGroup(tx, { partnershipId: access.partnership.id, actorId: access.user.id, values, itemIds: listField(form, "items") }),
  );
  if (result.ok) return workspaceRedirect(`${workspaceHref(access.partnership.slug, "emergingThemes")}?made=${result.codeId}`);
  return staffData({ ok: false as const, errors: result.errors as CodeErrors, values, group: Number(group) }, 400);
}

export default function EmergingThemesPage() {
  const { partnership, csrf, uncovered, groups, making, made } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["coding", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : "");
  const page = workspaceHref(partnership.slug, "emergingThemes");
  const failed = result && !result.ok ? result : null;
  const open = failed && groups[failed.group] ? failed.group : making;
  const summary = failed ? CODE_FIELDS.filter((f) => failed.errors[f]).map((f) => ({ href: `#make-${f}`, text: text(failed.errors[f]) })) : [];

  return (
    <WorkspaceShell partnership={partnership} title={t("coding:emerging.title")}>
      <ErrorSummary items={summary} />
      {made ? (
        <SuccessBanner>
          {t("coding:emerging.made", { label: made.label })}{" "}
          <Link className="link" to={workspaceHref(partnership.slug, "coding")}>
            {t("coding:emerging.toCoding")}
          </Link>
        </SuccessBanner>
      ) : null}
      <p className="body">{t("coding:emerging.intro", { count: uncovered })}</p>
      {groups.length === 0 ? (
        <p className="body">{t("coding:emerging.none")}</p>
      ) : (
        <ol className="emerging-groups">
          {groups.map((group, index) => (
            <li key={group.itemIds.join(",")} className="emerging-group" data-group={index}>
              <h2 className="heading-m" id={`group-${index}`}>
                {group.keyWords.join(", ")}
              </h2>
              <p className="body">{t("coding:emerging.size", { count: group.size })}</p>
              <h3 className="heading-s">{t("coding:emerging.examples")}</h3>
              <ul className="list emerging-group__texts">
                {group.representatives.map((r) => (
                  <li key={r.id}>
                    <blockquote className="quote">
                      <p>{r.redacted}</p>
                    </blockquote>
                  </li>
                ))}
              </ul>
              {open === index ? (
                <section aria-labelledby="make-heading" className="emerging-group__make">
                  <h3 className="heading-s" id="make-heading" tabIndex={-1}>
                    {t("coding:emerging.makeHeading")}
                  </h3>
                  <Form method="post" noValidate>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="group" value={index} />
                    {group.itemIds.map((id) => (
                      <input key={id} type="hidden" name="items" value={id} />
                    ))}
                    <CodeFields prefix="make-" withCode values={failed?.values ?? group.prefill} errors={failed?.errors ?? {}} />
                    <Button name="intent" value="make">
                      {t("coding:emerging.add")}
                    </Button>
                  </Form>
                </section>
              ) : (
                <p className="body">
                  <Link className="link" to={`${page}?group=${index}#make-heading`} aria-describedby={`group-${index}`}>
                    {t("coding:emerging.make")}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </WorkspaceShell>
  );
}
