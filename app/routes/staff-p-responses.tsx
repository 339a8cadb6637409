import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SENTIMENTS } from "~/modules/themes/sentiments";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { CsrfField } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { formatDay } from "~/modules/triage/format";
import {
  loadResponsesPage,
  responsesAction,
} from "~/modules/triage/pages.server";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  staffData,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/responses: sent responses' free text, REDACTED only
// (text_items), for analysts, admins and safeguarding leads, with "Flag for safeguarding".

export const handle: PageHandle = {
  pageTitle: ({ t }) =>
    (t as TFunction<["common", "triage"]>)("triage:responses.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return staffData(
    await loadResponsesPage(context, request, params.partnership)
  );
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const result = await responsesAction(context, request, params.partnership);
  return result.ok ? workspaceRedirect(result.back) : staffData(result, 400);
}

export default function ResponsesPage() {
  const { partnership, csrf, surveys, surveyId, sentiment, unknownSurvey, texts, notice } =
    useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["triage", "common", "admin"]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    if (surveyId) query.set("survey", surveyId);
    if (sentiment) query.set("sentiment", sentiment);
    query.set("page", String(page));
    return `${workspaceHref(partnership.slug, "responses")}?${query}`;
  };
  const summary =
    failed && !failed.ok ? [{ href: "#answers", text: t(failed.error) }] : [];

  return (
    <WorkspaceShell
      partnership={partnership}
      title={t("triage:responses.title")}
    >
      <ErrorSummary items={summary} />
      {notice === "new" ? (
        <SuccessBanner>{t("triage:responses.flaggedNew")}</SuccessBanner>
      ) : null}
      {notice === "already" ? (
        <SuccessBanner>{t("triage:responses.flaggedAlready")}</SuccessBanner>
      ) : null}
      <p className="body">{t("triage:responses.intro")}</p>

      <Form
        method="get"
        className="filter-form"
        aria-labelledby="filter-heading"
        noValidate
      >
        <h2 className="heading-m" id="filter-heading">
          {t("triage:responses.filterHeading")}
        </h2>
        <div className="form-group">
          <label className="label" htmlFor="survey">
            {t("triage:responses.survey")}
          </label>
          <select
            className="select"
            id="survey"
            name="survey"
            defaultValue={surveyId}
          >
            <option value="">{t("triage:responses.anySurvey")}</option>
            {surveys.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="sentiment">
            {t("triage:responses.sentiment")}
          </label>
          <select className="select" id="sentiment" name="sentiment" defaultValue={sentiment}>
            <option value="">{t("triage:responses.anySentiment")}</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`triage:responses.sentiments.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-group">
          <Button>{t("triage:responses.apply")}</Button>
          <Link
            className="link"
            to={workspaceHref(partnership.slug, "responses")}
          >
            {t("triage:responses.clear")}
          </Link>
        </div>
      </Form>

      {unknownSurvey ? (
        <p className="body">{t("triage:responses.unknownSurvey")}</p>
      ) : null}
      <p className="body" role="status" id="answers">
        {t("triage:responses.count", { count: texts.total })}
      </p>
      {texts.items.length === 0 ? (
        <p className="body">{t("triage:responses.none")}</p>
      ) : (
        <ol className="list response-texts">
          {texts.items.map((item) => (
            <li
              key={item.id}
              className="response-text"
              data-text-item={item.id}
            >
              <h2 className="heading-s response-text__question">
                {item.questionTitle}
              </h2>
              <p className="hint response-text__meta">
                {item.surveyTitle ? `${item.surveyTitle} · ` : ""}
                {t("triage:responses.received")}{" "}
                <time dateTime={item.receivedOn}>
                  {formatDay(item.receivedOn, i18n.language)}
                </time>
                {item.sentiment ? ` · ${t(`triage:responses.sentiments.${item.sentiment}`)}` : ""}
              </p>
              <blockquote className="inset-text response-text__words">
                <p className="body">{item.redacted}</p>
              </blockquote>
              {item.flagged ? (
                <strong className="tag">{t("triage:responses.flagged")}</strong>
              ) : (
                <Form method="post" noValidate>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="textItem" value={item.id} />
                  <input type="hidden" name="survey" value={surveyId} />
                  <input type="hidden" name="sentiment" value={sentiment} />
                  <input type="hidden" name="page" value={String(texts.page)} />
                  <button
                    type="submit"
                    className="button button--secondary"
                    name="intent"
                    value="flag"
                    data-prevent-double-click=""
                  >
                    {t("triage:responses.flag")}
                    <span className="visually-hidden">
                      {" "}
                      ({item.questionTitle},{" "}
                      {t("triage:responses.flagFor", {
                        date: formatDay(item.receivedOn, i18n.language),
                      })}
                      )
                    </span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}

      {texts.pageCount > 1 ? (
        <nav
          className="pagination"
          aria-label={t("triage:responses.pagination")}
        >
          {texts.page > 1 ? (
            <Link className="link" rel="prev" to={pageHref(texts.page - 1)}>
              {t("triage:responses.previous")}
            </Link>
          ) : null}
          <span>
            {t("triage:responses.pageOf", {
              page: texts.page,
              pages: texts.pageCount,
            })}
          </span>
          {texts.page < texts.pageCount ? (
            <Link className="link" rel="next" to={pageHref(texts.page + 1)}>
              {t("triage:responses.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </WorkspaceShell>
  );
}
