import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/button";
import { BarChart } from "~/components/charts/bar-chart";
import { LineChart } from "~/components/charts/line-chart";
import type { PageHandle } from "~/components/page";
import { WorkspaceShell } from "~/components/workspace/shell";
import { CHANNELS, type SettingRow } from "~/modules/dashboard/shape";
import { loadDashboardPage } from "~/modules/dashboard/page.server";
import { bucketMonths, type PeriodUnit } from "~/modules/dashboard/period";
import { loaderAndActionHeaders } from "~/modules/http/page-headers";
import { formatDisclosed, type Disclosed } from "~/modules/reports/suppression";
import { screenHref } from "~/modules/coding/screen-query";
import { formatDay } from "~/modules/triage/format";
import { workspaceHref } from "~/modules/workspace/pages";
import { staffData } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/dashboard: answers over time by channel, setting and
// audience (every count suppressed where small), open triage items for those
// who may open the queue, and how much is coded. Server-drawn charts, each
// with its table; the period is a plain GET form.

export const handle: PageHandle = {
  pageTitle: ({ t }) => (t as TFunction<["common", "dashboard"]>)("dashboard:title"),
};

export const headers = loaderAndActionHeaders;

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  return staffData(await loadDashboardPage(context, request, params.partnership));
}

const numberFormat = new Intl.NumberFormat("en-GB");
const formatNumber = (n: number) => numberFormat.format(n);
const show = (d: Disclosed | undefined) => formatDisclosed(d ?? { shown: false }, formatNumber);
const percent = (p: number | null) => (p === null ? formatDisclosed({ shown: false }) : `${p}%`);

function monthName(month: number, style: "long" | "short"): string {
  return new Intl.DateTimeFormat("en-GB", { month: style, timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** A month or quarter as a label ("November 2026", "October to December 2026") and an axis label on two lines. */
function bucketLabels(bucket: string, unit: PeriodUnit, t: TFunction<["dashboard"]>): { label: string; short: string } {
  const { year, first, last } = bucketMonths(bucket);
  if (unit === "month") return { label: `${monthName(first, "long")} ${year}`, short: `${monthName(first, "short")}\n${year}` };
  return {
    label: t("dashboard:period.quarterLabel", { first: monthName(first, "long"), last: monthName(last, "long"), year }),
    short: `${monthName(first, "short")}–${monthName(last, "short")}\n${year}`,
  };
}

export default function DashboardPage() {
  const { partnership, ranges, dashboard, links } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["dashboard", "common", "admin"]);
  const { period, byTimeAndChannel, feedbackByTime, settings, audiences, triage, coding } = dashboard;
  const periods = period.buckets.map((bucket) => ({ key: bucket, ...bucketLabels(bucket, period.unit, t as TFunction<["dashboard"]>) }));
  const unitHeading = period.unit === "month" ? t("dashboard:period.month") : t("dashboard:period.quarter");
  const channelLabels = CHANNELS.map((c) => ({ key: c, label: t(`dashboard:channels.${c}`) }));
  const settingLabel = (row: SettingRow) =>
    row.kind === "setting" ? row.name : row.kind === "other" ? t("dashboard:settings.other", { count: row.settings }) : t("dashboard:settings.none");

  return (
    <WorkspaceShell partnership={partnership} title={t("dashboard:title")}>
      <p className="body">{t("dashboard:intro")}</p>

      <Form method="get" className="filter-form" aria-labelledby="period-heading" noValidate>
        <h2 className="heading-m" id="period-heading">
          {t("dashboard:period.heading")}
        </h2>
        <div className="form-group">
          <label className="label" htmlFor="range">
            {t("dashboard:period.label")}
          </label>
          <select className="select" id="range" name="range" defaultValue={period.range} key={period.range}>
            {ranges.map((range) => (
              <option key={range} value={range}>
                {t(`dashboard:period.ranges.${range}`)}
              </option>
            ))}
          </select>
        </div>
        <Button>{t("dashboard:period.apply")}</Button>
      </Form>

      <p className="body" data-period={`${period.from}/${period.to}`}>
        {t("dashboard:period.showing", { from: formatDay(period.from, i18n.language, false), to: formatDay(period.to, i18n.language, false) })}
      </p>
      <p className="inset-text">{t("dashboard:suppression")}</p>

      <h2 className="heading-m">{t("dashboard:figures.heading")}</h2>
      <ul className="dashboard-figures">
        <li className="dashboard-figures__item" data-figure="responses">
          <span className="dashboard-figures__number">{show(byTimeAndChannel.total)}</span> {t("dashboard:figures.responses")}
        </li>
        <li className="dashboard-figures__item" data-figure="feedback">
          <span className="dashboard-figures__number">{show(feedbackByTime.total)}</span> {t("dashboard:figures.feedback")}
        </li>
      </ul>

      {triage ? (
        <section className="dashboard-section" aria-labelledby="triage-heading" data-section="triage">
          <h2 className="heading-m" id="triage-heading">
            {t("dashboard:triage.heading")}
          </h2>
          <p className="body">{t("dashboard:triage.intro")}</p>
          <p className="hint">{t("dashboard:triage.countsNote")}</p>
          {triage.open === 0 ? (
            <p className="body">{t("dashboard:triage.none")}</p>
          ) : (
            <>
              <ul className="dashboard-figures">
                <li className="dashboard-figures__item" data-figure="triage-open">
                  <span className="dashboard-figures__number">{formatNumber(triage.open)}</span> {t("dashboard:triage.open")}
                </li>
                <li className={`dashboard-figures__item${triage.overdue > 0 ? " dashboard-figures__item--alert" : ""}`} data-figure="triage-overdue">
                  <span className="dashboard-figures__number">{formatNumber(triage.overdue)}</span> {t("dashboard:triage.overdue")}
                </li>
                <li className="dashboard-figures__item" data-figure="triage-oldest">
                  <span className="dashboard-figures__number">{formatNumber(triage.days[0]?.workingDays ?? 0)}</span> {t("dashboard:triage.oldest")}
                </li>
              </ul>
              <table className="table table--stack dashboard-table" data-table="triage">
                <caption className="visually-hidden">{t("dashboard:triage.tableTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard:triage.flaggedOn")}</th>
                    <th scope="col" className="table__header--numeric">
                      {t("dashboard:triage.age")}
                    </th>
                    <th scope="col" className="table__header--numeric">
                      {t("dashboard:triage.items")}
                    </th>
                    <th scope="col">{t("dashboard:triage.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {triage.days.map((day) => (
                    <tr key={day.flaggedOn} className={day.overdue ? "triage-row--overdue" : undefined} data-flagged-on={day.flaggedOn}>
                      <th scope="row">
                        <time dateTime={day.flaggedOn}>{formatDay(day.flaggedOn, i18n.language)}</time>
                      </th>
                      <td className="table__cell--numeric" data-label={t("dashboard:triage.age")} data-cell="age">
                        {formatNumber(day.workingDays)}
                      </td>
                      <td className="table__cell--numeric" data-label={t("dashboard:triage.items")} data-cell="items">
                        {formatNumber(day.items)}
                      </td>
                      <td data-label={t("dashboard:triage.status")}>
                        {day.overdue ? (
                          <strong className="tag tag--red">{t("dashboard:triage.overdueTag")}</strong>
                        ) : (
                          t("dashboard:triage.dueBy", { date: formatDay(day.dueBy, i18n.language) })
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {links.triage ? (
            <p className="body">
              <Link className="link" to={`${workspaceHref(partnership.slug, "triage")}?status=new`}>
                {t("dashboard:triage.openLink")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <section className="dashboard-section" aria-labelledby="time-heading" data-section="time">
        <h2 className="heading-m" id="time-heading">
          {t("dashboard:time.heading")}
        </h2>
        <div data-statistics="">
          <LineChart
            title={t("dashboard:time.chartTitle")}
            categoryHeading={unitHeading}
            categories={periods}
            series={[
              { key: "responses", label: t("dashboard:time.responses"), values: byTimeAndChannel.rowTotals },
              { key: "feedback", label: t("dashboard:time.feedback"), values: feedbackByTime.cells.map((row) => row[0] ?? { shown: false }) },
            ]}
            formatNumber={formatNumber}
          />
        </div>
        <h3 className="heading-s" id="channel-heading">
          {t("dashboard:time.channelTitle")}
        </h3>
        <table className="table table--stack dashboard-table" data-statistics="" data-table="time-channel" aria-labelledby="channel-heading">
          <thead>
            <tr>
              <th scope="col">{unitHeading}</th>
              {channelLabels.map((c) => (
                <th scope="col" key={c.key} className="table__header--numeric">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="table__header--numeric">
                {t("dashboard:time.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p, r) => (
              <tr key={p.key} data-row={p.key}>
                <th scope="row">{p.label}</th>
                {channelLabels.map((c, col) => (
                  <td key={c.key} className="table__cell--numeric" data-label={c.label} data-cell={c.key}>
                    {show(byTimeAndChannel.cells[r]?.[col])}
                  </td>
                ))}
                <td className="table__cell--numeric" data-label={t("dashboard:time.total")} data-cell="total">
                  {show(byTimeAndChannel.rowTotals[r])}
                </td>
              </tr>
            ))}
            <tr className="table__total" data-row="total">
              <th scope="row">{t("dashboard:time.allPeriod")}</th>
              {channelLabels.map((c, col) => (
                <td key={c.key} className="table__cell--numeric" data-label={c.label} data-cell={c.key}>
                  {show(byTimeAndChannel.columnTotals[col])}
                </td>
              ))}
              <td className="table__cell--numeric" data-label={t("dashboard:time.total")} data-cell="total">
                {show(byTimeAndChannel.total)}
              </td>
            </tr>
          </tbody>
        </table>
        <div data-statistics="" data-table="channel">
          <BarChart
            title={t("dashboard:time.channelChartTitle")}
            categoryHeading={t("dashboard:time.channel")}
            categories={channelLabels}
            series={[{ key: "responses", label: t("dashboard:time.responses"), values: byTimeAndChannel.columnTotals }]}
            formatNumber={formatNumber}
          />
        </div>
      </section>

      <section className="dashboard-section" aria-labelledby="settings-heading" data-section="settings">
        <h2 className="heading-m" id="settings-heading">
          {t("dashboard:settings.heading")}
        </h2>
        <p className="body">{t("dashboard:settings.intro")}</p>
        <div data-statistics="" data-table="settings">
          <BarChart
            title={t("dashboard:settings.chartTitle")}
            categoryHeading={t("dashboard:settings.setting")}
            categories={settings.rows.map((row, i) => ({ key: row.kind === "setting" ? row.id : `${row.kind}-${i}`, label: settingLabel(row) }))}
            series={[{ key: "responses", label: t("dashboard:time.responses"), values: settings.table.cells.map((row) => row[0] ?? { shown: false }) }]}
            formatNumber={formatNumber}
          />
        </div>
        <p className="body" data-figure="settings-total">
          {t("dashboard:settings.total", { total: show(settings.table.total) })}
        </p>
      </section>

      <section className="dashboard-section" aria-labelledby="audiences-heading" data-section="audiences">
        <h2 className="heading-m" id="audiences-heading">
          {t("dashboard:audiences.heading")}
        </h2>
        <div data-statistics="" data-table="audiences">
          <BarChart
            title={t("dashboard:audiences.chartTitle")}
            categoryHeading={t("dashboard:audiences.audience")}
            categories={audiences.rows.map((a) => ({ key: a, label: t(`dashboard:audiences.names.${a}`) }))}
            series={[{ key: "responses", label: t("dashboard:time.responses"), values: audiences.table.cells.map((row) => row[0] ?? { shown: false }) }]}
            formatNumber={formatNumber}
          />
        </div>
        <p className="body" data-figure="audiences-total">
          {t("dashboard:audiences.total", { total: show(audiences.table.total) })}
        </p>
      </section>

      <section className="dashboard-section" aria-labelledby="coding-heading" data-section="coding">
        <h2 className="heading-m" id="coding-heading">
          {t("dashboard:coding.heading")}
        </h2>
        <p className="body">{t("dashboard:coding.intro")}</p>
        {coding.rows.length === 0 ? (
          <p className="body">{t("dashboard:coding.none")}</p>
        ) : (
          <table className="table table--stack dashboard-table" data-statistics="" data-table="coding">
            <caption className="visually-hidden">{t("dashboard:coding.tableTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard:coding.survey")}</th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.texts")}
                </th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.coded")}
                </th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.codedShare")}
                </th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.waiting")}
                </th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.waitingShare")}
                </th>
                <th scope="col" className="table__header--numeric">
                  {t("dashboard:coding.notYet")}
                </th>
              </tr>
            </thead>
            <tbody>
              {coding.rows.map((row, r) => {
                const title = row.surveyId === null ? t("dashboard:coding.feedback") : (row.title ?? t("dashboard:coding.unknownSurvey"));
                return (
                  <tr key={row.surveyId ?? "feedback"} data-row={row.surveyId ?? "feedback"}>
                    <th scope="row">
                      {links.coding && row.surveyId !== null ? (
                        <Link className="link" to={screenHref(workspaceHref(partnership.slug, "coding"), { surveyId: row.surveyId, onlyUncoded: true })}>
                          {title}
                        </Link>
                      ) : (
                        title
                      )}
                    </th>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.texts")} data-cell="texts">
                      {show(coding.table.rowTotals[r])}
                    </td>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.coded")} data-cell="coded">
                      {show(coding.table.cells[r]?.[0])}
                    </td>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.codedShare")} data-cell="coded-share" data-percent="">
                      {percent(coding.percentages[r]?.coded ?? null)}
                    </td>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.waiting")} data-cell="waiting">
                      {show(coding.table.cells[r]?.[1])}
                    </td>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.waitingShare")} data-cell="waiting-share" data-percent="">
                      {percent(coding.percentages[r]?.waiting ?? null)}
                    </td>
                    <td className="table__cell--numeric" data-label={t("dashboard:coding.notYet")} data-cell="not-yet">
                      {show(coding.table.cells[r]?.[2])}
                    </td>
                  </tr>
                );
              })}
              <tr className="table__total" data-row="total">
                <th scope="row">{t("dashboard:coding.all")}</th>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.texts")} data-cell="texts">
                  {show(coding.table.total)}
                </td>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.coded")} data-cell="coded">
                  {show(coding.table.columnTotals[0])}
                </td>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.codedShare")} data-cell="coded-share" data-percent="">
                  {percent(coding.totalPercentages.coded)}
                </td>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.waiting")} data-cell="waiting">
                  {show(coding.table.columnTotals[1])}
                </td>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.waitingShare")} data-cell="waiting-share" data-percent="">
                  {percent(coding.totalPercentages.waiting)}
                </td>
                <td className="table__cell--numeric" data-label={t("dashboard:coding.notYet")} data-cell="not-yet">
                  {show(coding.table.columnTotals[2])}
                </td>
              </tr>
            </tbody>
          </table>
        )}
        {links.coding ? (
          <p className="body">
            <Link className="link" to={workspaceHref(partnership.slug, "coding")}>
              {t("dashboard:coding.open")}
            </Link>
          </p>
        ) : null}
      </section>
    </WorkspaceShell>
  );
}
