import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { WorkspaceShell } from "~/components/workspace/shell";
import { refused } from "~/modules/coding/access.server";
import { findCode } from "~/modules/coding/codebook.server";
import { codeQuotes, decideQuote, quoteOverview } from "~/modules/coding/quotes.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { notFound, readWorkspaceForm, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/quotes: for each code, short redacted quotes Heard
// proposes; a person approves or rejects each. Only approved ones are ready.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "coding"]>)("coding:quotes.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "quotes");
  const codeId = new URL(request.url).searchParams.get("code");
  if (codeId !== null) {
    const code = await findCode(context.db, access.partnership.id, codeId);
    if (!code) notFound();
    const quotes = await codeQuotes(context.db, access.partnership.id, code.id);
    return staffData({ ...workspaceBasics(context, access), code: { id: code.id, label: code.label }, quotes, overview: null });
  }
  return staffData({ ...workspaceBasics(context, access), code: null, quotes: null, overview: await quoteOverview(context.db, access.partnership.id) });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const { access, form } = await readWorkspaceForm(context, request, params.partnership, "quotes");
  const intent = textField(form, "intent");
  if (intent !== "approve" && intent !== "reject") return refused("coding:errors.unknown");
  const decided = await context.db.transaction((tx) =>
    decideQuote(tx, {
      partnershipId: access.partnership.id,
      actorId: access.user.id,
      quoteId: textField(form, "quote"),
      decision: intent === "approve" ? "approved" : "rejected",
    }),
  );
  if (!decided) return refused("coding:errors.unknown");
  return workspaceRedirect(`${workspaceHref(access.partnership.slug, "quotes")}?code=${decided.codeId}`);
}

export default function QuotesPage() {
  const { partnership, csrf, code, quotes, overview } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["coding", "admin", "common"]);
  const page = workspaceHref(partnership.slug, "quotes");

  if (code && quotes) {
    return (
      <WorkspaceShell partnership={partnership} title={t("coding:quotes.codeTitle", { label: code.label })} back={page}>
        <p className="body">{t("coding:quotes.codeIntro")}</p>
        {quotes.quotes.length === 0 ? (
          <p className="body">{t("coding:quotes.noneYet")}</p>
        ) : (
          <ul className="quote-list">
            {quotes.quotes.map((q, index) => (
              <li key={q.id} className="quote-list__item" data-quote={q.status}>
                <blockquote className="quote" id={`quote-${index}`}>
                  <p>{q.excerpt}</p>
                </blockquote>
                <p className="body">
                  <strong className={`tag${q.status === "approved" ? " tag--green" : ""}`}>{t(`coding:quotes.status.${q.status}`)}</strong>
                </p>
                {q.status === "proposed" ? (
                  <Form method="post" className="button-group">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="quote" value={q.id} />
                    <button type="submit" className="button" name="intent" value="approve" aria-describedby={`quote-${index}`}>
                      {t("coding:quotes.approve")}
                    </button>
                    <button type="submit" className="button button--secondary" name="intent" value="reject" aria-describedby={`quote-${index}`}>
                      {t("coding:quotes.reject")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {quotes.rejected > 0 ? <p className="hint">{t("coding:quotes.rejectedCount", { count: quotes.rejected })}</p> : null}
      </WorkspaceShell>
    );
  }

  return (
    <WorkspaceShell partnership={partnership} title={t("coding:quotes.title")}>
      <p className="body">{t("coding:quotes.intro")}</p>
      <table className="table">
        <caption className="visually-hidden">{t("coding:quotes.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coding:quotes.code")}</th>
            <th scope="col">{t("coding:quotes.texts")}</th>
            <th scope="col">{t("coding:quotes.approved")}</th>
          </tr>
        </thead>
        <tbody>
          {(overview ?? []).map((c) => (
            <tr key={c.id} data-code={c.code}>
              <th scope="row">
                {c.texts > 0 ? (
                  <Link className="link" to={`${page}?code=${c.id}`}>
                    {c.label}
                  </Link>
                ) : (
                  c.label
                )}
              </th>
              <td>{c.texts}</td>
              <td>{c.approved}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </WorkspaceShell>
  );
}
