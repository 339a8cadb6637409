import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { codeSuggestions, codings, feedback, responses, settingLinks, surveys, textItems, triageFlags } from "#db/schema/index.ts";
import type { Database } from "~/modules/db/client.server";
import { MIN_SHOWN, protectTable, type Disclosed } from "~/modules/reports/suppression";
import type { StaffRole } from "~/modules/staff/roles";
import { partnershipSurveys } from "~/modules/triage/triage.server";
import { isOverdue, nextWorkingDay, reviewDueBy } from "~/modules/triage/working-days";
import { WORKSPACE_PAGES } from "~/modules/workspace/pages";
import { periodFor, type DashboardPeriod, type DashboardRange, type PeriodUnit } from "./period";
import { AUDIENCES, CHANNELS, TOP_SETTINGS, type Audience, type CodingRow, type Dashboard, type OpenTriage, type SettingRow } from "./shape";

export * from "./shape";

// The team dashboard (issue 7, point 5): answers over time by channel,
// setting and audience, open triage items and their age, how much is coded.
// Every query groups in the database; every count shown about what people
// said goes through the suppression rule (reports/suppression.ts).

export interface DashboardOptions {
  range: DashboardRange;
  /** The UK day the period ends (today). */
  today: string;
  /** The person's roles in the partnership: triage is loaded only for roles that may open the triage queue. */
  roles: readonly StaffRole[];
}

/** The SQL expression for a day column's month ("2026-11") or quarter ("2026-Q4"): the same keys as `bucketOf`. */
function bucketSql(unit: PeriodUnit, column: SQL | typeof responses.submittedOn | typeof feedback.receivedOn): SQL<string> {
  return unit === "month" ? sql<string>`to_char(${column}, 'YYYY-MM')` : sql<string>`to_char(${column}, 'YYYY') || '-Q' || to_char(${column}, 'Q')`;
}

/** Whole per cent of `part` in `base`, from the figures as shown (rounded), only where both may be shown. */
export function shownPercent(part: Disclosed, base: Disclosed): number | null {
  if (!part.shown || !base.shown || base.value === 0) return null;
  return Math.round((part.value / base.value) * 100);
}

/** One column per row: for breakdowns with a single count per category. */
const column = (values: readonly number[]) => values.map((v) => [v]);

function sentIn(partnershipId: string, period: DashboardPeriod): SQL {
  return and(
    eq(surveys.partnershipId, partnershipId),
    eq(responses.status, "submitted"),
    gte(responses.submittedOn, period.from),
    lte(responses.submittedOn, period.to),
  )!;
}

/** The raw counts behind the dashboard, every one grouped in the database. Never shown as they are: see `protectDashboard`. */
export interface DashboardCounts {
  period: DashboardPeriod;
  /** Sent responses: rows in `period.buckets` order, columns in CHANNELS order. */
  byTimeAndChannel: number[][];
  /** Feedback per bucket. */
  feedbackByTime: number[];
  settings: { rows: SettingRow[]; values: number[] };
  audiences: { rows: Audience[]; values: number[] };
  triage: OpenTriage | null;
  /** Per survey (feedback as surveyId null): [coded, waiting, notYet], as CODING_COLUMNS. */
  coding: { rows: CodingRow[]; cells: number[][] };
}

export async function dashboardCounts(db: Database, partnershipId: string, options: DashboardOptions): Promise<DashboardCounts> {
  const period = periodFor(options.range, options.today);
  const mayTriage = (WORKSPACE_PAGES.triage.roles as readonly StaffRole[]).some((role) => options.roles.includes(role));
  const [time, feedbackTime, settings, audiences, triage, coding] = await Promise.all([
    answersByTimeAndChannel(db, partnershipId, period),
    feedbackByTime(db, partnershipId, period),
    answersBySetting(db, partnershipId, period),
    answersByAudience(db, partnershipId, period),
    mayTriage ? openTriage(db, partnershipId, options.today) : Promise.resolve(null),
    howMuchIsCoded(db, partnershipId, period),
  ]);
  return { period, byTimeAndChannel: time, feedbackByTime: feedbackTime, settings, audiences, triage, coding };
}

/** The counts as they may be shown: every table through the suppression rule; percentages from the shown figures. */
export function protectDashboard(counts: DashboardCounts): Dashboard {
  const coding = protectTable(counts.coding.cells);
  return {
    period: counts.period,
    byTimeAndChannel: protectTable(counts.byTimeAndChannel),
    feedbackByTime: protectTable(column(counts.feedbackByTime)),
    settings: { rows: counts.settings.rows, table: protectTable(column(counts.settings.values)) },
    audiences: { rows: counts.audiences.rows, table: protectTable(column(counts.audiences.values)) },
    triage: counts.triage,
    coding: {
      rows: counts.coding.rows,
      table: coding,
      percentages: coding.rowTotals.map((base, i) => ({
        coded: shownPercent(coding.cells[i]![0]!, base),
        waiting: shownPercent(coding.cells[i]![1]!, base),
      })),
      totalPercentages:
        counts.coding.rows.length === 0
          ? { coded: null, waiting: null }
          : { coded: shownPercent(coding.columnTotals[0]!, coding.total), waiting: shownPercent(coding.columnTotals[1]!, coding.total) },
    },
  };
}

export async function loadDashboard(db: Database, partnershipId: string, options: DashboardOptions): Promise<Dashboard> {
  return protectDashboard(await dashboardCounts(db, partnershipId, options));
}

async function answersByTimeAndChannel(db: Database, partnershipId: string, period: DashboardPeriod): Promise<number[][]> {
  const bucket = bucketSql(period.unit, responses.submittedOn);
  const rows = await db
    .select({ bucket, channel: responses.channel, n: count() })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(sentIn(partnershipId, period))
    .groupBy(bucket, responses.channel);
  return period.buckets.map((b) => CHANNELS.map((c) => Number(rows.find((r) => r.bucket === b && r.channel === c)?.n ?? 0)));
}

async function feedbackByTime(db: Database, partnershipId: string, period: DashboardPeriod): Promise<number[]> {
  const bucket = bucketSql(period.unit, feedback.receivedOn);
  const rows = await db
    .select({ bucket, n: count() })
    .from(feedback)
    .where(and(eq(feedback.partnershipId, partnershipId), gte(feedback.receivedOn, period.from), lte(feedback.receivedOn, period.to)))
    .groupBy(bucket);
  return period.buckets.map((b) => Number(rows.find((r) => r.bucket === b)?.n ?? 0));
}

async function answersBySetting(db: Database, partnershipId: string, period: DashboardPeriod) {
  const rows = await db
    .select({ id: settingLinks.id, name: settingLinks.name, n: count() })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .leftJoin(settingLinks, eq(settingLinks.id, responses.settingId))
    .where(sentIn(partnershipId, period))
    .groupBy(settingLinks.id, settingLinks.name)
    .orderBy(desc(count()), asc(settingLinks.name), asc(settingLinks.id));
  const none = rows.find((r) => r.id === null);
  const named = rows.filter((r): r is typeof r & { id: string; name: string } => r.id !== null);
  // Settings with enough answers to be shown are named (the largest first); the rest are grouped.
  const top = named.filter((r) => Number(r.n) >= MIN_SHOWN).slice(0, TOP_SETTINGS);
  const rest = named.filter((r) => !top.includes(r));
  const list: SettingRow[] = top.map((r) => ({ kind: "setting", id: r.id, name: r.name }));
  const values = top.map((r) => Number(r.n));
  if (rest.length > 0) {
    list.push({ kind: "other", settings: rest.length });
    values.push(rest.reduce((a, r) => a + Number(r.n), 0));
  }
  if (none) {
    list.push({ kind: "none" });
    values.push(Number(none.n));
  }
  return { rows: list, values };
}

async function answersByAudience(db: Database, partnershipId: string, period: DashboardPeriod) {
  const rows = await db
    .select({ audience: surveys.audience, n: count() })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(sentIn(partnershipId, period))
    .groupBy(surveys.audience);
  const audiences = [...AUDIENCES];
  return { rows: audiences, values: audiences.map((a) => Number(rows.find((r) => r.audience === a)?.n ?? 0)) };
}

/** Working days from `flaggedOn` to `today`: 0 on the day, 1 on the next working day (the target), more after. */
export function workingDaysSince(flaggedOn: string, today: string): number {
  let days = 0;
  for (let day = nextWorkingDay(flaggedOn); day <= today; day = nextWorkingDay(day)) days += 1;
  return days;
}

async function openTriage(db: Database, partnershipId: string, today: string): Promise<OpenTriage> {
  const rows = await db
    .select({ flaggedOn: triageFlags.flaggedOn, n: count() })
    .from(triageFlags)
    .where(and(eq(triageFlags.partnershipId, partnershipId), eq(triageFlags.status, "new")))
    .groupBy(triageFlags.flaggedOn)
    .orderBy(asc(triageFlags.flaggedOn));
  const days = rows.map((r) => ({
    flaggedOn: r.flaggedOn,
    items: Number(r.n),
    workingDays: workingDaysSince(r.flaggedOn, today),
    dueBy: reviewDueBy(r.flaggedOn),
    overdue: isOverdue({ status: "new", flaggedOn: r.flaggedOn }, today),
  }));
  return {
    open: days.reduce((a, d) => a + d.items, 0),
    overdue: days.filter((d) => d.overdue).reduce((a, d) => a + d.items, 0),
    days,
  };
}

async function howMuchIsCoded(db: Database, partnershipId: string, period: DashboardPeriod) {
  const accepted = sql`exists (select 1 from ${codings} where ${codings.textItemId} = ${textItems.id} and ${codings.decision} = 'accepted')`;
  // A suggestion nobody has decided on yet.
  const waiting = sql`exists (select 1 from ${codeSuggestions} where ${codeSuggestions.textItemId} = ${textItems.id} and not exists (select 1 from ${codings} where ${codings.textItemId} = ${codeSuggestions.textItemId} and ${codings.codeId} = ${codeSuggestions.codeId}))`;
  const [rows, titles] = await Promise.all([
    db
      .select({
        surveyId: textItems.surveyId,
        texts: count(),
        coded: sql<number>`count(*) filter (where ${accepted})`,
        waiting: sql<number>`count(*) filter (where not ${accepted} and ${waiting})`,
      })
      .from(textItems)
      .where(and(eq(textItems.partnershipId, partnershipId), gte(textItems.receivedOn, period.from), lte(textItems.receivedOn, period.to)))
      .groupBy(textItems.surveyId),
    partnershipSurveys(db, partnershipId),
  ]);
  const titleOf = new Map(titles.map((s) => [s.id, s.title]));
  // Surveys by title, feedback last.
  const ordered = [...rows].sort((a, b) =>
    a.surveyId === null ? 1 : b.surveyId === null ? -1 : (titleOf.get(a.surveyId) ?? "").localeCompare(titleOf.get(b.surveyId) ?? ""),
  );
  const list: CodingRow[] = ordered.map((r) => ({ surveyId: r.surveyId, title: r.surveyId ? (titleOf.get(r.surveyId) ?? null) : null }));
  const cells = ordered.map((r) => {
    const coded = Number(r.coded);
    const waitingN = Number(r.waiting);
    return [coded, waitingN, Number(r.texts) - coded - waitingN];
  });
  return { rows: list, cells };
}
