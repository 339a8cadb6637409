import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { Radios } from "~/components/radios";
import { CsrfField } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { formatDay } from "~/modules/triage/format";
import {
  loadTriageFlagPage,
  triageFlagAction,
} from "~/modules/triage/pages.server";
import { formatUkDateTime } from "~/modules/workspace/dates";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  staffData,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/triage/:flagId: one flagged text. The redacted words
// by default; the safeguarding lead may show the original words (audited, on
// this response only, never cached) and records the decision (audited, no text).

export const handle: PageHandle = {
  pageTitle: ({ t }) =>
    (t as TFunction<["common", "triage"]>)("triage:review.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return staffData(
    await loadTriageFlagPage(
      context,
      request,
      params.partnership,
      params.flagId
    )
  );
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  const result = await triageFlagAction(
    context,
    request,
    params.partnership,
    params.flagId
  );
  if (result.intent === "decide" && result.ok) {
    return workspaceRedirect(
      workspaceHref(
        params.partnership ?? "",
        "triage",
        `/${encodeURIComponent(params.flagId ?? "")}?decided=1`
      )
    );
  }
  return staffData(result, result.ok || result.intent === "show" ? 200 : 400);
}

export default function TriageReviewPage() {
  const { partnership, csrf, review, decided, canDecide } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation(["triage", "common", "admin"]);
  const { item } = review;
  const error =
    result && result.intent === "decide" && !result.ok
      ? t(result.error)
      : undefined;
  const original =
    result && result.intent === "show" && result.ok ? result.original : null;
  const deletedNow = result && result.intent === "show" && !result.ok;

  return (
    <WorkspaceShell
      partnership={partnership}
      back={workspaceHref(partnership.slug, "triage")}
      title={t("triage:review.title")}
    >
      <ErrorSummary items={error ? [{ href: "#outcome", text: error }] : []} />
      {decided ? (
        <SuccessBanner>{t("triage:review.decided")}</SuccessBanner>
      ) : null}

      <h2 className="heading-m">{t("triage:review.details")}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("triage:review.kind")}</dt>
          <dd className="summary-list__value">
            {item.kind === "feedback"
              ? t("triage:queue.feedback")
              : t("triage:queue.answerTo", {
                  question: item.questionTitle ?? "",
                })}
          </dd>
        </div>
        {item.surveyTitle ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t("triage:review.survey")}</dt>
            <dd className="summary-list__value">{item.surveyTitle}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("triage:review.flaggedOn")}</dt>
          <dd className="summary-list__value">
            {item.overdue ? (
              <strong className="tag tag--red">
                {t("triage:queue.overdue")}
              </strong>
            ) : null}{" "}
            {formatDay(item.flaggedOn, i18n.language)}
            {item.status === "new" ? (
              <span className="hint triage-table__what">
                {t("triage:queue.dueBy", {
                  date: formatDay(item.dueBy, i18n.language),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("triage:review.source")}</dt>
          <dd className="summary-list__value">
            {t(`triage:sources.${item.source}`)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("triage:review.status")}</dt>
          <dd className="summary-list__value" data-status={item.status}>
            {t(`triage:statuses.${item.status}`)}
            {item.outcome ? `: ${t(`triage:outcomes.${item.outcome}`)}` : ""}
          </dd>
        </div>
        {item.reviewedAt ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t("triage:review.reviewer")}</dt>
            <dd className="summary-list__value">
              {t("triage:queue.reviewedAt", {
                name: item.reviewerName ?? t("triage:queue.formerStaff"),
                time: formatUkDateTime(item.reviewedAt, i18n.language),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      {review.sent ? null : (
        <p className="inset-text">{t("triage:review.notSent")}</p>
      )}

      <h2 className="heading-m">{t("triage:review.redactedHeading")}</h2>
      <blockquote className="inset-text response-text__words" data-redacted="">
        <p className="body">{review.redacted ?? t("triage:review.noText")}</p>
      </blockquote>

      {canDecide ? (
        <>
          {original !== null ? (
            <section
              className="confirm-panel"
              aria-labelledby="original-heading"
              data-original=""
            >
              <h2 className="heading-m" id="original-heading">
                {t("triage:review.originalShown")}
              </h2>
              <p className="body response-text__original">{original}</p>
            </section>
          ) : review.rawDeleted || deletedNow ? (
            <p className="inset-text" data-raw-deleted="">
              {t("triage:review.originalDeleted")}
            </p>
          ) : (
            <Form method="post" noValidate aria-labelledby="show-heading">
              <h2 className="heading-m" id="show-heading">
                {t("triage:review.originalHeading")}
              </h2>
              <p className="hint">{t("triage:review.originalHint")}</p>
              <CsrfField token={csrf} />
              <button
                type="submit"
                className="button button--secondary"
                name="intent"
                value="show"
                data-prevent-double-click=""
              >
                {t("triage:review.showOriginal")}
              </button>
            </Form>
          )}

          <Form method="post" noValidate aria-labelledby="decision-heading">
            <h2 className="heading-m" id="decision-heading">
              {t("triage:review.decisionHeading")}
            </h2>
            {item.status === "reviewed" ? (
              <p className="body">{t("triage:review.alreadyDecided")}</p>
            ) : null}
            <CsrfField token={csrf} />
            <input type="hidden" name="intent" value="decide" />
            <Radios
              id="outcome"
              name="outcome"
              legend={t("triage:review.decisionLegend")}
              hint={t("triage:review.decisionHint")}
              orText={t("common:question.or")}
              value={item.outcome ?? ""}
              error={error}
              choices={(
                ["no_concern", "help_already_given", "referred"] as const
              ).map((value) => ({
                value,
                label: t(`triage:outcomes.${value}`),
              }))}
            />
            <Button>{t("triage:review.save")}</Button>
          </Form>
        </>
      ) : (
        <p className="inset-text">{t("triage:queue.notLead")}</p>
      )}
    </WorkspaceShell>
  );
}
