import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { CsrfField, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { refused } from "~/modules/coding/access.server";
import { isUuid } from "~/modules/coding/items.server";
import { createSample, listSamples, sampleAgreement, type SampleErrors } from "~/modules/coding/samples.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { notFound, readWorkspaceForm, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/coding/samples: blind double-coding samples, and
// (?sample=<id>) agreement on one: Cohen's kappa per code between the two
// analysts with most decisions on it.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "coding"]>)("coding:samples.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "codingSamples");
  const url = new URL(request.url);
  const samples = await listSamples(context.db, access.partnership.id);
  const sampleId = url.searchParams.get("sample");
  let agreement = null;
  let selected = null;
  if (sampleId !== null) {
    selected = samples.find((s) => s.id === sampleId) ?? null;
    if (!selected || !isUuid(sampleId)) notFound();
    agreement = await sampleAgreement(context.db, access.partnership.id, sampleId);
  }
  return staffData({ ...workspaceBasics(context, access), samples, selected, agreement, done: url.searchParams.get("done") === "created" });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "codingSamples");
  if (textField(form, "intent") !== "create") return refused("coding:errors.unknown");
  const values = { name: textField(form, "name"), size: textField(form, "size") };
  const result = await context.db.transaction((tx) => createSample(tx, { partnershipId: access.partnership.id, actorId: access.user.id, ...values }));
  if (result.ok) return workspaceRedirect(`${workspaceHref(access.partnership.slug, "codingSamples")}?done=created`);
  return staffData({ ok: false as const, errors: result.errors as SampleErrors, values }, 400);
}

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

export default function SamplesPage() {
  const { partnership, csrf, samples, selected, agreement, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["coding", "admin", "common"]);
  const text = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  const errors: SampleErrors = result && "errors" in result ? result.errors : {};
  const values = result && "values" in result ? result.values : { name: "", size: "20" };
  const summary = (["name", "size"] as const).filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: text(errors[f])! }));
  const page = workspaceHref(partnership.slug, "codingSamples");
  const coding = workspaceHref(partnership.slug, "coding");
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "Europe/London" }).format(new Date(iso));
  const kappa = (value: number | null) => (value === null ? t("coding:samples.notMeasurable") : value.toFixed(2));

  return (
    <WorkspaceShell partnership={partnership} title={selected ? t("coding:samples.agreementTitle", { name: selected.name }) : t("coding:samples.title")} back={selected ? page : undefined}>
      <ErrorSummary items={summary} />
      {done ? <SuccessBanner>{t("coding:samples.created")}</SuccessBanner> : null}
      {selected && agreement ? (
        <>
          <p className="body">
            <Link className="link" to={`${coding}?sample=${selected.id}`}>
              {t("coding:samples.codeThis", { name: selected.name })}
            </Link>
          </p>
          {agreement.coders.length < 2 ? (
            <p className="body" data-agreement="none">
              {t("coding:samples.needTwo")}
            </p>
          ) : (
            <>
              <p className="body" data-both-coded={agreement.bothCoded}>
                {t("coding:samples.compared", {
                  a: agreement.coders[0]!.name,
                  b: agreement.coders[1]!.name,
                  both: agreement.bothCoded,
                  items: agreement.items,
                })}
              </p>
              <p className="hint">{t("coding:samples.kappaHelp")}</p>
              {agreement.codes.length === 0 ? (
                <p className="body">{t("coding:samples.noCodes")}</p>
              ) : (
                <table className="table" data-agreement="table">
                  <caption className="visually-hidden">{t("coding:samples.agreementCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("coding:samples.code")}</th>
                      <th scope="col">{t("coding:samples.yesBy", { name: agreement.coders[0]!.name })}</th>
                      <th scope="col">{t("coding:samples.yesBy", { name: agreement.coders[1]!.name })}</th>
                      <th scope="col">{t("coding:samples.observed")}</th>
                      <th scope="col">{t("coding:samples.kappa")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {agreement.codes.map((c) => (
                      <tr key={c.codeId} data-code={c.code}>
                        <th scope="row">{c.label}</th>
                        <td>{c.result.yesA}</td>
                        <td>{c.result.yesB}</td>
                        <td>{percent(c.result.observed)}</td>
                        <td data-kappa="">{kappa(c.result.kappa)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </>
      ) : (
        <>
          <p className="body">{t("coding:samples.intro")}</p>
          {samples.length === 0 ? (
            <p className="body">{t("coding:samples.none")}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t("coding:samples.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("coding:samples.name")}</th>
                  <th scope="col">{t("coding:samples.items")}</th>
                  <th scope="col">{t("coding:samples.made")}</th>
                  <th scope="col">{t("coding:samples.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {samples.map((s) => (
                  <tr key={s.id} data-sample={s.name}>
                    <th scope="row">{s.name}</th>
                    <td>{s.items}</td>
                    <td>{date(s.createdAt)}</td>
                    <td>
                      <Link className="link" to={`${coding}?sample=${s.id}`}>
                        {t("coding:samples.code")}
                        <span className="visually-hidden"> {s.name}</span>
                      </Link>{" "}
                      <Link className="link" to={`${page}?sample=${s.id}`}>
                        {t("coding:samples.agreement")}
                        <span className="visually-hidden"> {s.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 className="heading-m">{t("coding:samples.makeHeading")}</h2>
          <Form method="post" noValidate>
            <CsrfField token={csrf} />
            <TextInput id="name" label={t("coding:samples.nameLabel")} value={values.name} error={text(errors.name)} />
            <TextInput id="size" label={t("coding:samples.sizeLabel")} hint={t("coding:samples.sizeHint")} value={values.size} error={text(errors.size)} inputMode="text" />
            <Button name="intent" value="create">
              {t("coding:samples.make")}
            </Button>
          </Form>
        </>
      )}
    </WorkspaceShell>
  );
}
