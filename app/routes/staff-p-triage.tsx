import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import type { PageHandle } from "~/components/page";
import { WorkspaceShell } from "~/components/workspace/shell";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { formatDay } from "~/modules/triage/format";
import { loadTriageQueue } from "~/modules/triage/pages.server";
import { formatUkDateTime } from "~/modules/workspace/dates";
import { workspaceHref } from "~/modules/workspace/pages";
import { staffData } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/triage: the safeguarding lead's queue (partnership admins may view it).

export const handle: PageHandle = {
  pageTitle: ({ t }) =>
    (t as TFunction<["common", "triage"]>)("triage:queue.title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return staffData(await loadTriageQueue(context, request, params.partnership));
}

export default function TriageQueuePage() {
  const { partnership, status, items, canDecide } =
    useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["triage", "common", "admin"]);

  return (
    <WorkspaceShell partnership={partnership} title={t("triage:queue.title")}>
      <p className="body">{t("triage:queue.intro")}</p>
      {canDecide ? null : (
        <p className="inset-text">{t("triage:queue.notLead")}</p>
      )}

      <Form
        method="get"
        className="filter-form"
        aria-labelledby="filter-heading"
        noValidate
      >
        <h2 className="heading-m" id="filter-heading">
          {t("triage:queue.filterHeading")}
        </h2>
        <div className="form-group">
          <label className="label" htmlFor="status">
            {t("triage:queue.status")}
          </label>
          <select
            className="select"
            id="status"
            name="status"
            defaultValue={status}
          >
            <option value="">{t("triage:queue.anyStatus")}</option>
            <option value="new">{t("triage:statuses.new")}</option>
            <option value="reviewed">{t("triage:statuses.reviewed")}</option>
          </select>
        </div>
        <Button>{t("triage:queue.apply")}</Button>
      </Form>

      <p className="body" role="status">
        {t("triage:queue.count", { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p className="body">
          {status ? t("triage:queue.noneFiltered") : t("triage:queue.none")}
        </p>
      ) : (
        <table className="table table--stack triage-table">
          <caption className="visually-hidden">
            {t("triage:queue.title")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("triage:queue.item")}</th>
              <th scope="col">{t("triage:queue.flaggedOn")}</th>
              <th scope="col">{t("triage:queue.source")}</th>
              <th scope="col">{t("triage:queue.statusColumn")}</th>
              <th scope="col">{t("triage:queue.reviewer")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr
                key={item.id}
                className={item.overdue ? "triage-row--overdue" : undefined}
                data-flag={item.id}
                data-overdue={item.overdue ? "" : undefined}
              >
                <th scope="row">
                  <Link
                    className="link"
                    to={workspaceHref(
                      partnership.slug,
                      "triage",
                      `/${item.id}`
                    )}
                  >
                    {t("triage:queue.open")}
                    <span className="visually-hidden">
                      {" "}
                      {t("triage:queue.openItem", {
                        date: formatDay(item.flaggedOn, i18n.language),
                      })}
                    </span>
                  </Link>
                  <span className="triage-table__what">
                    {item.kind === "feedback"
                      ? t("triage:queue.feedback")
                      : t("triage:queue.answerTo", {
                          question: item.questionTitle ?? "",
                        })}
                  </span>
                  {item.surveyTitle ? (
                    <span className="hint triage-table__what">
                      {item.surveyTitle}
                    </span>
                  ) : null}
                </th>
                <td data-label={t("triage:queue.flaggedOn")}>
                  {item.overdue ? (
                    <strong className="tag tag--red">
                      {t("triage:queue.overdue")}
                    </strong>
                  ) : null}
                  <time
                    className="triage-table__what"
                    dateTime={item.flaggedOn}
                  >
                    {formatDay(item.flaggedOn, i18n.language)}
                  </time>
                  {item.status === "new" ? (
                    <span className="hint triage-table__what">
                      {t("triage:queue.dueBy", {
                        date: formatDay(item.dueBy, i18n.language),
                      })}
                    </span>
                  ) : null}
                </td>
                <td data-label={t("triage:queue.source")}>
                  {t(`triage:sources.${item.source}`)}
                </td>
                <td data-label={t("triage:queue.statusColumn")}>
                  <strong
                    className={`tag${
                      item.status === "new" ? " tag--yellow" : " tag--grey"
                    }`}
                  >
                    {t(`triage:statuses.${item.status}`)}
                  </strong>
                  {item.outcome ? (
                    <span className="triage-table__what">
                      {t(`triage:outcomes.${item.outcome}`)}
                    </span>
                  ) : null}
                </td>
                <td data-label={t("triage:queue.reviewer")}>
                  {item.reviewedAt
                    ? t("triage:queue.reviewedAt", {
                        name:
                          item.reviewerName ?? t("triage:queue.formerStaff"),
                        time: formatUkDateTime(item.reviewedAt, i18n.language),
                      })
                    : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkspaceShell>
  );
}
