import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { englishResources } from "~/modules/i18n/english";
import { Button } from "~/components/button";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { TextInput, useErrorText } from "~/components/workspace/fields";
import { WorkspaceShell } from "~/components/workspace/shell";
import { parseAuditFilter, readAuditLog, type AuditRow } from "~/modules/audit/audit-log.server";
import { AUDIT_ACTIONS } from "~/modules/audit/actions";
import { isStaffRole } from "~/modules/staff/roles";
import { formatUkDateTime } from "~/modules/workspace/dates";
import { workspaceHref } from "~/modules/workspace/pages";
import { requireWorkspacePage, staffData, workspaceBasics } from "~/modules/workspace/workspace.server";

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "admin"]>)("admin:audit.title"),
};

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "audit");
  const { filter, values, errors } = parseAuditFilter(new URL(request.url).searchParams);
  const log = await readAuditLog(context.db, access.partnership.id, filter);
  return staffData({ ...workspaceBasics(context, access), values, errors, log });
}

type KnownSubject = keyof (typeof englishResources)["admin"]["audit"]["subjects"];
// A subject type has words when admin.json names it: one list, so a new kind of subject needs only its words.
const isKnownSubject = (value: string | null): value is KnownSubject => value !== null && Object.hasOwn(englishResources.admin.audit.subjects, value);
const isKnownAction = (value: string): value is (typeof AUDIT_ACTIONS)[number] => (AUDIT_ACTIONS as readonly string[]).includes(value);

export default function AuditLogPage() {
  const { partnership, values, errors, log } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["admin", "common", "triage"]);
  const errorText = useErrorText();
  const summary = (["action", "from", "to"] as const).filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: errorText(errors[f])! }));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value && !errors[key as keyof typeof errors]) params.set(key, value);
    params.set("page", String(page));
    return `${workspaceHref(partnership.slug, "audit")}?${params}`;
  };

  const detailsText = (row: AuditRow) =>
    Object.entries(row.details).map(([key, value]) => {
      if (key === "role" && typeof value === "string" && isStaffRole(value)) return t("admin:audit.details.role", { value: t(`admin:roles.${value}`) });
      if (key === "reviewed") return value === true ? t("admin:audit.details.reviewed") : null;
      // Triage: the outcome in words; whether it changed an earlier decision is in the log's order already.
      if (key === "outcome" && (value === "no_concern" || value === "help_already_given" || value === "referred")) {
        return t("admin:audit.details.outcome", { value: t(`triage:outcomes.${value}`) });
      }
      if (key === "changed") return null;
      // Counts (e.g. a retention run's) in words, where admin.json has them.
      if (Object.hasOwn(englishResources.admin.audit.details.counts, key)) {
        return t(`admin:audit.details.counts.${key as keyof typeof englishResources.admin.audit.details.counts}`, { value: String(value) });
      }
      return t("admin:audit.details.other", { key, value: String(value) });
    });

  return (
    <WorkspaceShell partnership={partnership} title={t("admin:audit.title")}>
      <ErrorSummary items={summary} />
      <p className="body">{t("admin:audit.intro")}</p>

      <Form method="get" className="filter-form" aria-labelledby="filter-heading" noValidate>
        <h2 className="heading-m" id="filter-heading">
          {t("admin:audit.filterHeading")}
        </h2>
        <div className={`form-group${errors.action ? " form-group--error" : ""}`}>
          <label className="label" htmlFor="action">
            {t("admin:audit.action")}
          </label>
          {errors.action ? <ErrorMessage id="action-error" text={errorText(errors.action)!} /> : null}
          <select className="select" id="action" name="action" defaultValue={values.action} aria-describedby={errors.action ? "action-error" : undefined}>
            <option value="">{t("admin:audit.anyAction")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`admin:audit.actions.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <TextInput id="from" type="date" label={t("admin:audit.from")} hint={t("admin:audit.fromHint")} value={values.from} error={errorText(errors.from)} />
        <TextInput id="to" type="date" label={t("admin:audit.to")} hint={t("admin:audit.toHint")} value={values.to} error={errorText(errors.to)} />
        <div className="button-group">
          <Button>{t("admin:audit.apply")}</Button>
          <Link className="link" to={workspaceHref(partnership.slug, "audit")}>
            {t("admin:audit.clear")}
          </Link>
        </div>
      </Form>

      <p className="body" role="status">
        {t("admin:audit.count", { count: log.total })}
      </p>
      {log.entries.length === 0 ? (
        <p className="body">{t("admin:audit.none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("admin:audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin:audit.when")}</th>
              <th scope="col">{t("admin:audit.who")}</th>
              <th scope="col">{t("admin:audit.what")}</th>
              <th scope="col">{t("admin:audit.subject")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={row.at}>{formatUkDateTime(row.at, i18n.language)}</time>
                </td>
                <td>{row.actorName ?? (row.actorId ? t("admin:audit.formerStaff") : t("admin:audit.nobody"))}</td>
                <td>
                  {isKnownAction(row.action) ? t(`admin:audit.actions.${row.action}`) : row.action}
                  {detailsText(row)
                    .filter((d): d is string => !!d)
                    .map((d) => (
                      <span key={d} className="audit-detail">
                        {d}
                      </span>
                    ))}
                </td>
                <td>
                  {row.subjectType ? (isKnownSubject(row.subjectType) ? t(`admin:audit.subjects.${row.subjectType}`) : row.subjectType) : null}
                  {row.subjectId ? <span className="audit-detail audit-id">{row.subjectId}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {log.pageCount > 1 ? (
        <nav className="pagination" aria-label={t("admin:audit.pagination")}>
          {log.page > 1 ? (
            <Link className="link" rel="prev" to={pageHref(log.page - 1)}>
              {t("admin:audit.previous")}
            </Link>
          ) : null}
          <span>{t("admin:audit.pageOf", { page: log.page, pages: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link className="link" rel="next" to={pageHref(log.page + 1)}>
              {t("admin:audit.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </WorkspaceShell>
  );
}
