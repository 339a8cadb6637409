import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { BarChart } from "~/components/charts/bar-chart";
import { ErrorMessage, ErrorSummary } from "~/components/error-summary";
import type { PageHandle } from "~/components/page";
import { CsrfField, SingleCheckbox, TextInput } from "~/components/workspace/fields";
import { SuccessBanner, WorkspaceShell } from "~/components/workspace/shell";
import { readForm } from "~/modules/http/form.server";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { assertCsrf } from "~/modules/staff/csrf.server";
import { recentQuarters } from "~/modules/reports/periods";
import { CUSTOM_PERIOD, parseSummaryQuery, summaryQueryString } from "~/modules/reports/summary-query";
import type { Breakdown, ThemedSummary } from "~/modules/reports/summary-types";
import { buildThemedSummary, partnershipSurveys, saveSummaryNote, visibleGroups } from "~/modules/reports/summary.server";
import { formatDisclosed, SUPPRESSED_MARK, type Disclosed } from "~/modules/reports/suppression";
import { ukToday } from "~/modules/workspace/dates";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { notFound, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect } from "~/modules/workspace/workspace.server";
import type { SummaryExportFormat } from "~/modules/exports/summary-export.server";

// /staff/p/:partnership/summaries: the themed summary for one implementation
// group and period (a quarter, or any dates), over chosen surveys and
// feedback. A plain GET form, so it works before hydration and the address
// can be bookmarked, printed (print CSS leaves the summary only) and
// exported with the same query. Analysts and admins save "What this tells us".

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "summaries"]>)("summaries:title"),
};

export const headers = loaderAndActionHeaders;

const NOTE_MAX = 5000;
const WRITERS = ["partnership_admin", "analyst"];

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "summaries");
  const basics = workspaceBasics(context, access);
  const url = new URL(request.url);
  const today = ukToday();
  const { query, errors } = parseSummaryQuery(url.searchParams, today);
  const [groups, surveys] = await Promise.all([
    visibleGroups(context.db, access.partnership.id, { userId: access.user.id, roles: basics.roles }),
    partnershipSurveys(context.db, access.partnership.id),
  ]);
  const groupErrors: { group?: string } = {};
  if (url.searchParams.has("group") && !query.groupId) groupErrors.group = "summaries:errors.group";
  // A group this person does not sit on (or another partnership's) is not there for them.
  if (query.groupId && !groups.some((g) => g.id === query.groupId)) notFound();
  let summary: ThemedSummary | null = null;
  if (query.groupId && Object.keys(errors).length === 0) {
    summary = await buildThemedSummary(context.db, {
      partnershipId: access.partnership.id,
      groupId: query.groupId,
      from: query.from,
      to: query.to,
      surveyIds: query.surveyIds,
      includeFeedback: query.includeFeedback,
    });
  }
  return staffData({
    ...basics,
    groups,
    surveys,
    quarters: recentQuarters(today).map((q) => ({ key: q.key, label: q.label })),
    query,
    errors: { ...groupErrors, ...errors },
    summary,
    queryString: summaryQueryString(query),
    canWrite: basics.roles.some((role) => WRITERS.includes(role)),
    saved: url.searchParams.get("saved") === "note",
  });
}

export async function action({ context, request, params }: ActionFunctionArgs) {
  // Implementation members read summaries; only analysts and admins write what they tell us (anyone else: 404, before the token is read).
  const access = await requireWorkspacePage(context, request, params.partnership, "summaries");
  const roles = access.user.memberships.filter((m) => m.partnershipId === access.partnership.id).map((m) => m.role as string);
  if (!roles.some((role) => WRITERS.includes(role))) notFound();
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const text = textField(form, "note");
  const back = new URLSearchParams(textField(form, "query"));
  const { query, errors } = parseSummaryQuery(back, ukToday());
  const noteError =
    textField(form, "intent") !== "note" || !query.groupId || Object.keys(errors).length > 0
      ? "summaries:errors.unknown"
      : text.length > NOTE_MAX
        ? "summaries:errors.noteTooLong"
        : null;
  if (noteError) return staffData({ errors: { note: noteError }, note: text }, 400);
  const groups = await visibleGroups(context.db, access.partnership.id, { userId: access.user.id, roles });
  if (!groups.some((g) => g.id === query.groupId)) notFound();
  await saveSummaryNote(context.db, {
    partnershipId: access.partnership.id,
    groupId: query.groupId!,
    from: query.from,
    to: query.to,
    text,
    actorId: access.user.id,
  });
  return workspaceRedirect(`${workspaceHref(access.partnership.slug, "summaries")}?${summaryQueryString(query)}&saved=note#what-this-tells-us`);
}

/** The download formats (SUMMARY_EXPORT_FORMATS: a server module, which the browser bundle cannot import). */
const EXPORT_FORMATS: readonly SummaryExportFormat[] = ["pdf", "docx", "csv", "xlsx"];
const EXPORT_LABEL_KEYS = { pdf: "summaries:export.pdf", docx: "summaries:export.docx", csv: "summaries:export.csv", xlsx: "summaries:export.xlsx" } as const;

export default function SummariesPage() {
  const { partnership, csrf, groups, surveys, quarters, query, errors, summary, queryString, canWrite, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation(["summaries", "admin", "common"]);
  const errorText = (key: string | undefined) => (key ? (t as unknown as (k: string) => string)(key) : undefined);
  const page = workspaceHref(partnership.slug, "summaries");
  const summaryItems = [
    errors.group ? { href: "#group", text: errorText(errors.group)! } : null,
    errors.from ? { href: "#from", text: errorText(errors.from)! } : null,
    errors.to ? { href: "#to", text: errorText(errors.to)! } : null,
    actionData && "errors" in actionData ? { href: "#note", text: errorText(actionData.errors.note)! } : null,
  ].filter((x): x is { href: string; text: string } => x !== null);

  return (
    <WorkspaceShell partnership={partnership} title={t("summaries:title")}>
      <ErrorSummary items={summaryItems} />
      {saved ? <SuccessBanner>{t("summaries:note.saved")}</SuccessBanner> : null}
      <p className="body print-hidden">{t("summaries:intro")}</p>

      {groups.length === 0 ? (
        <p className="body">{t("summaries:noGroups")}</p>
      ) : (
        <Form method="get" action={page} className="filter-form" aria-labelledby="choose-heading" noValidate key={queryString}>
          <h2 className="heading-m" id="choose-heading">
            {t("summaries:form.heading")}
          </h2>
          <div className={`form-group${errors.group ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="group">
              {t("summaries:form.group")}
            </label>
            {errors.group ? <ErrorMessage id="group-error" text={errorText(errors.group)!} /> : null}
            <select className="select" id="group" name="group" defaultValue={query.groupId ?? groups[0]!.id} aria-describedby={errors.group ? "group-error" : undefined}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="quarter">
              {t("summaries:form.period")}
            </label>
            <div className="hint" id="quarter-hint">
              {t("summaries:form.periodHint")}
            </div>
            <select className="select" id="quarter" name="quarter" defaultValue={query.period} aria-describedby="quarter-hint">
              {quarters.map((q) => (
                <option key={q.key} value={q.key}>
                  {q.label}
                </option>
              ))}
              <option value={CUSTOM_PERIOD}>{t("summaries:form.customPeriod")}</option>
            </select>
          </div>
          <TextInput id="from" type="date" label={t("summaries:form.from")} hint={t("summaries:form.datesHint")} value={query.typedFrom} error={errorText(errors.from)} />
          <TextInput id="to" type="date" label={t("summaries:form.to")} value={query.typedTo} error={errorText(errors.to)} />
          {surveys.length > 0 ? (
            <div className="form-group">
              <fieldset className="fieldset" aria-describedby="survey-hint">
                <legend className="fieldset__legend fieldset__legend--s">{t("summaries:form.surveys")}</legend>
                <div className="hint" id="survey-hint">
                  {t("summaries:form.surveysHint")}
                </div>
                <div className="checkboxes">
                  {surveys.map((s, index) => (
                    <div key={s.id} className="checkboxes__item">
                      <input
                        className="checkboxes__input"
                        id={index === 0 ? "survey" : `survey-${index + 1}`}
                        name="survey"
                        type="checkbox"
                        value={s.id}
                        defaultChecked={query.surveyIds.includes(s.id)}
                      />
                      <label className="label checkboxes__label" htmlFor={index === 0 ? "survey" : `survey-${index + 1}`}>
                        {s.title}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          ) : null}
          <SingleCheckbox id="feedback" name="feedback" label={t("summaries:form.feedback")} checked={query.includeFeedback} />
          <Button>{t("summaries:form.show")}</Button>
        </Form>
      )}

      {summary ? (
        <Summary
          summary={summary}
          exportBase={`${page}/export`}
          queryString={queryString}
          csrf={csrf}
          canWrite={canWrite}
          note={actionData && "note" in actionData ? actionData.note : summary.whatThisTellsUs}
          noteError={actionData && "errors" in actionData ? errorText(actionData.errors.note) : undefined}
        />
      ) : null}
    </WorkspaceShell>
  );
}

const formatNumber = (n: number) => n.toLocaleString("en-GB");
const show = (d: Disclosed) => formatDisclosed(d, formatNumber);

function Summary({
  summary,
  exportBase,
  queryString,
  csrf,
  canWrite,
  note,
  noteError,
}: {
  summary: ThemedSummary;
  exportBase: string;
  queryString: string;
  csrf: string;
  canWrite: boolean;
  note: string;
  noteError?: string;
}) {
  const { t } = useTranslation(["summaries", "common"]);
  const changeText = (change: number | null) =>
    change === null
      ? t("summaries:change.unknown")
      : change > 0
        ? t("summaries:change.up", { value: formatNumber(change) })
        : change < 0
          ? t("summaries:change.down", { value: formatNumber(-change) })
          : t("summaries:change.same");
  const sources = [
    ...summary.sources.surveys.map((s) => s.title),
    ...(summary.sources.includesFeedback ? [t("summaries:sources.feedback")] : []),
  ];
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 className="heading-l" id="summary-heading">
        {t("summaries:summary.heading", { group: summary.group.name, period: summary.period.label })}
      </h2>
      {summary.group.priority ? <p className="body">{t("summaries:summary.priority", { priority: summary.group.priority })}</p> : null}
      <p className="body">{t("summaries:summary.sources", { sources: sources.length > 0 ? sources.join(", ") : t("summaries:sources.none") })}</p>
      <p className="body" data-base="">
        {summary.base.shown
          ? t("summaries:summary.base", { base: show(summary.base), period: summary.period.label })
          : t("summaries:summary.baseHidden", { mark: SUPPRESSED_MARK, period: summary.period.label })}
      </p>
      <div className="inset-text">
        <p className="body">{t("summaries:summary.rule", { mark: SUPPRESSED_MARK })}</p>
      </div>

      <div className="print-hidden">
        <h3 className="heading-s">{t("summaries:export.heading")}</h3>
        <ul className="list list--bullet">
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <a className="link" href={`${exportBase}/${format}?${queryString}`} download>
                {t(EXPORT_LABEL_KEYS[format])}
              </a>
            </li>
          ))}
        </ul>
        <p className="body">{t("summaries:export.print")}</p>
      </div>

      <h3 className="heading-m">{t("summaries:themes.heading")}</h3>
      {summary.themes.length === 0 ? (
        <p className="body">{t("summaries:themes.none")}</p>
      ) : (
        <BarChart
          title={t("summaries:themes.chartTitle", { period: summary.period.label, previous: summary.previousPeriod.label })}
          categoryHeading={t("summaries:themes.theme")}
          categories={summary.themes.map((theme) => ({ key: theme.codeId, label: theme.label }))}
          series={[
            { key: "current", label: summary.period.label, values: summary.themes.map((theme) => theme.count) },
            { key: "previous", label: summary.previousPeriod.label, values: summary.themes.map((theme) => theme.previous) },
          ]}
          extraColumns={[{ key: "change", label: t("summaries:themes.change"), values: summary.themes.map((theme) => changeText(theme.change)) }]}
          formatNumber={formatNumber}
        />
      )}

      {summary.themes.map((theme) => (
        <section key={theme.codeId} className="summary__theme" aria-labelledby={`theme-${theme.code}`}>
          <h4 className="heading-s" id={`theme-${theme.code}`}>
            {theme.label}
          </h4>
          <p className="body">
            {t("summaries:themes.counts", { current: show(theme.count), previous: show(theme.previous), previousPeriod: summary.previousPeriod.label })}{" "}
            {changeText(theme.change)}
          </p>
          {theme.quotes.length > 0 ? (
            <>
              <p className="body">{t("summaries:themes.quotes")}</p>
              {theme.quotes.map((quote, index) => (
                <blockquote key={index} className="quote">
                  <p>{quote}</p>
                </blockquote>
              ))}
            </>
          ) : (
            <p className="hint">{t("summaries:themes.noQuotes")}</p>
          )}
        </section>
      ))}

      <h3 className="heading-m">{t("summaries:breakdowns.heading")}</h3>
      {summary.omittedBreakdowns.length > 0 ? (
        <p className="body" data-omitted="">
          {t("summaries:breakdowns.omitted", { list: summary.omittedBreakdowns.map((d) => t(`summaries:dimensions.${d}`)).join(", ") })}
        </p>
      ) : null}
      {summary.breakdowns.length > 0 ? <p className="body">{t("summaries:breakdowns.intro")}</p> : null}
      {summary.breakdowns.map((breakdown) => (
        <BreakdownTable key={breakdown.dimension} breakdown={breakdown} />
      ))}

      <h3 className="heading-m" id="what-this-tells-us">
        {t("summaries:note.heading")}
      </h3>
      {summary.whatThisTellsUs ? (
        <div className="summary__note" data-note="">
          {summary.whatThisTellsUs.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index} className="body">
              {paragraph}
            </p>
          ))}
        </div>
      ) : (
        <p className="body">{t("summaries:note.none")}</p>
      )}
      {canWrite ? (
        <Form method="post" className="print-hidden" noValidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="note" />
          <input type="hidden" name="query" value={queryString} />
          <TextInput id="note" label={t("summaries:note.label")} hint={t("summaries:note.hint")} value={note} error={noteError} multiline spellCheck />
          <Button>{t("summaries:note.save")}</Button>
        </Form>
      ) : null}
    </section>
  );
}

function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation(["summaries"]);
  const title = t("summaries:breakdowns.title", { dimension: t(`summaries:dimensions.${breakdown.dimension}`) });
  return (
    <div className="table-scroll" data-breakdown={breakdown.dimension}>
      <table className="table">
        <caption className="table__caption heading-s">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("summaries:themes.theme")}</th>
            {breakdown.columns.map((column) => (
              <th scope="col" key={column.key} className="table__header--numeric">
                {column.label}
              </th>
            ))}
            <th scope="col" className="table__header--numeric">
              {t("summaries:breakdowns.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdown.rows.map((row) => (
            <tr key={row.codeId}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={breakdown.columns[index]!.key} className="table__cell--numeric">
                  {show(cell)}
                </td>
              ))}
              <td className="table__cell--numeric">{show(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("summaries:breakdowns.anyTheme")}</th>
            {breakdown.columnTotals.map((cell, index) => (
              <td key={breakdown.columns[index]!.key} className="table__cell--numeric">
                {show(cell)}
              </td>
            ))}
            <td className="table__cell--numeric">{show(breakdown.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
