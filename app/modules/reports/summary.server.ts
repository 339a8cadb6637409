import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import {
  codebookCodes,
  codings,
  feedback,
  implementationGroupCodes,
  implementationGroups,
  partnerships,
  quotes,
  responses,
  settingLinks,
  strategicPriorities,
  summaryNotes,
  surveys,
  surveyVersions,
  textItems,
} from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { groupsForMember, listGroups } from "~/modules/strategy/strategy.server";
import type { Database } from "~/modules/db/client.server";
import { periodOf, previousPeriod } from "./periods";
import { MIN_SHOWN, protectCount, protectTable } from "./suppression";
import type { Breakdown, BreakdownDimension, ThemedSummary, ThemeSummary } from "./summary-types";

/**
 * CONTRACT (issue 7): what a themed summary is built from. The summary work
 * writes the body; the benchmark and export routes call it.
 */
export interface SummaryInput {
  partnershipId: string;
  groupId: string;
  /** Inclusive YYYY-MM-DD. */
  from: string;
  to: string;
  /** Surveys to count; empty means every survey of the partnership. */
  surveyIds: string[];
  includeFeedback: boolean;
}

/** The group asked for is not the partnership's (routes answer 404). */
export class SummaryGroupNotFound extends Error {
  constructor() {
    super("implementation group not found in this partnership");
  }
}

export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = ["audience", "ageBand", "channel", "setting"];

/** The column for texts whose value is not recorded (e.g. feedback has no setting). Kept, so every breakdown adds up to the base. */
export const NOT_RECORDED = "not_recorded";

const AUDIENCE_LABELS: Record<string, string> = {
  children: "Children",
  young_people: "Young people",
  parents: "Parents and carers",
  professionals: "Professionals",
};
const CHANNEL_LABELS: Record<string, string> = { web: "Online", kiosk: "Kiosk", school_link: "School or setting link", paper: "Paper or imported" };

/**
 * Feedback counts in the audience breakdown by who said they were giving it:
 * a young person with young people's answers, a parent or carer with
 * parents', a professional with professionals'. "Someone else" and not
 * saying go in "Not recorded". (A survey's audience is the audience of every
 * answer to it.)
 */
const FEEDBACK_AUDIENCE = sql`case ${feedback.from} when 'young_person' then 'young_people' when 'parent_carer' then 'parents' when 'professional' then 'professionals' else null end`;

type Row = Record<string, unknown>;

function rowsOf(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}

const num = (value: unknown): number => Number(value ?? 0);

/**
 * The themed summary for one implementation group and one period: per theme
 * (the group's codes), distinct texts with an accepted coding in the period
 * and in the previous period of the same length, breakdowns where the base is
 * at least 10, approved quotes, and the analyst's note. Every count goes
 * through suppression.ts. Four GROUP BY queries over the period's texts (see
 * the report on issue 7 for their shape), none per row.
 */
export async function buildThemedSummary(db: Database, input: SummaryInput): Promise<ThemedSummary> {
  const period = periodOf(input.from, input.to);
  const previous = previousPeriod(input.from, input.to);

  const [group] = await db
    .select({ id: implementationGroups.id, name: implementationGroups.name, priority: strategicPriorities.title, partnershipId: implementationGroups.partnershipId })
    .from(implementationGroups)
    .leftJoin(strategicPriorities, eq(strategicPriorities.id, implementationGroups.priorityId))
    .where(and(eq(implementationGroups.id, input.groupId), eq(implementationGroups.partnershipId, input.partnershipId)));
  if (!group) throw new SummaryGroupNotFound();

  const [partnership] = await db
    .select({ id: partnerships.id, slug: partnerships.slug, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, input.partnershipId));

  const [codes, surveyList, note] = await Promise.all([
    groupCodes(db, input.partnershipId, group.id),
    partnershipSurveys(db, input.partnershipId),
    summaryNote(db, group.id, period.from, period.to),
  ]);
  const chosen = input.surveyIds.length === 0 ? surveyList : surveyList.filter((s) => input.surveyIds.includes(s.id));
  const chosenIds = chosen.map((s) => s.id);
  const codeIds = codes.map((c) => c.id);

  // Which texts count: the partnership's, from the chosen surveys (and feedback if asked).
  const scope: SQL[] = [eq(textItems.partnershipId, input.partnershipId)];
  const sources: SQL[] = [];
  if (chosenIds.length > 0) sources.push(inArray(textItems.surveyId, chosenIds));
  if (input.includeFeedback) sources.push(sql`${textItems.feedbackId} is not null`);
  const empty = codeIds.length === 0 || sources.length === 0;
  scope.push(sources.length === 1 ? sources[0]! : sql`(${sql.join(sources, sql` or `)})`);
  const accepted = and(eq(codings.decision, "accepted"), inArray(codings.codeId, codeIds.length > 0 ? codeIds : ["00000000-0000-0000-0000-000000000000"]));

  const [counts, breakdownRows, quoteRows] = empty
    ? [[], [], []]
    : await Promise.all([
        themeCounts(db, scope, accepted!, previous.from, period.from, period.to),
        breakdownCounts(db, scope, accepted!, period.from, period.to),
        approvedQuotes(db, scope, codeIds, period.from, period.to),
      ]);

  // Counts per theme, both periods, and the base (texts with any of the group's themes).
  const current = new Map<string, number>();
  const before = new Map<string, number>();
  let base = 0;
  for (const row of counts) {
    const isCurrent = row.current === true || row.current === "t" || row.current === "true";
    if (num(row.whole) === 1) {
      if (isCurrent) base = num(row.n);
    } else (isCurrent ? current : before).set(String(row.code_id), num(row.n));
  }
  const quotesByCode = new Map<string, string[]>();
  for (const q of quoteRows) quotesByCode.set(q.codeId, [...(quotesByCode.get(q.codeId) ?? []), q.excerpt]);

  const themes: ThemeSummary[] = codes.map((code) => {
    const count = protectCount(current.get(code.id) ?? 0);
    const previousCount = protectCount(before.get(code.id) ?? 0);
    return {
      codeId: code.id,
      code: code.code,
      label: code.label,
      count,
      previous: previousCount,
      change: count.shown && previousCount.shown ? count.value - previousCount.value : null,
      quotes: quotesByCode.get(code.id) ?? [],
    };
  });

  const settingNames = await settingLabels(db, input.partnershipId, breakdownRows);
  const breakdowns: Breakdown[] = [];
  const omittedBreakdowns: BreakdownDimension[] = [];
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    const built = buildBreakdown(dimension, breakdownRows, codes, current, base, settingNames);
    if (built) breakdowns.push(built);
    else omittedBreakdowns.push(dimension);
  }

  return {
    partnership: partnership!,
    group: { id: group.id, name: group.name, priority: group.priority ?? null },
    period,
    previousPeriod: previous,
    sources: { surveys: chosen, includesFeedback: input.includeFeedback },
    base: protectCount(base),
    themes,
    breakdowns,
    omittedBreakdowns,
    whatThisTellsUs: note,
    generatedAt: new Date().toISOString(),
  };
}

/** The group's themes (its codes), in codebook order; archived codes still count for old periods. */
export async function groupCodes(db: Database, partnershipId: string, groupId: string): Promise<{ id: string; code: string; label: string }[]> {
  return db
    .select({ id: codebookCodes.id, code: codebookCodes.code, label: codebookCodes.label })
    .from(implementationGroupCodes)
    .innerJoin(codebookCodes, eq(codebookCodes.id, implementationGroupCodes.codeId))
    .where(and(eq(implementationGroupCodes.groupId, groupId), eq(codebookCodes.partnershipId, partnershipId)))
    .orderBy(asc(codebookCodes.label), asc(codebookCodes.code));
}

/** The partnership's surveys with their titles (from the newest version), for the choice of surveys. */
export async function partnershipSurveys(db: Database, partnershipId: string): Promise<{ id: string; title: string }[]> {
  const rows = await db
    .selectDistinctOn([surveys.id], { id: surveys.id, slug: surveys.slug, title: sql<string | null>`${surveyVersions.definition} -> 'title' ->> 'en'` })
    .from(surveys)
    .leftJoin(surveyVersions, eq(surveyVersions.surveyId, surveys.id))
    .where(eq(surveys.partnershipId, partnershipId))
    .orderBy(surveys.id, desc(surveyVersions.version));
  return rows.map((r) => ({ id: r.id, title: r.title ?? r.slug })).sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}

export async function summaryNote(db: Database, groupId: string, from: string, to: string): Promise<string> {
  const [row] = await db
    .select({ text: summaryNotes.text })
    .from(summaryNotes)
    .where(and(eq(summaryNotes.groupId, groupId), eq(summaryNotes.periodFrom, from), eq(summaryNotes.periodTo, to)));
  return row?.text ?? "";
}

/**
 * Query 1: distinct texts per theme in this period and the previous one, and
 * distinct texts with any of the themes (the base), in one pass over the
 * texts received from the start of the previous period to the end of this one.
 */
async function themeCounts(db: Database, scope: SQL[], accepted: SQL, previousFrom: string, from: string, to: string): Promise<Row[]> {
  const coded = db
    .select({
      codeId: sql`${codings.codeId}`.as("code_id"),
      textItemId: sql`${codings.textItemId}`.as("text_item_id"),
      current: sql<boolean>`${textItems.receivedOn} >= ${from}`.as("current"),
    })
    .from(textItems)
    .innerJoin(codings, eq(codings.textItemId, textItems.id))
    .where(and(...scope, sql`${textItems.receivedOn} between ${previousFrom} and ${to}`, accepted))
    .as("coded");
  const result = await db.execute(sql`
    select ${coded.codeId} as code_id, ${coded.current} as current, grouping(${coded.codeId}) as whole, count(distinct ${coded.textItemId})::int as n
    from ${coded}
    group by grouping sets ((${coded.current}, ${coded.codeId}), (${coded.current}))`);
  return rowsOf(result);
}

/**
 * Query 2: this period's texts per theme × each breakdown's value, and per
 * value for any theme (the column totals), with GROUPING SETS: one pass.
 */
async function breakdownCounts(db: Database, scope: SQL[], accepted: SQL, from: string, to: string): Promise<Row[]> {
  const coded = db
    .select({
      codeId: sql`${codings.codeId}`.as("code_id"),
      textItemId: sql`${textItems.id}`.as("text_item_id"),
      audience: sql<string | null>`coalesce(${surveys.audience}::text, ${FEEDBACK_AUDIENCE})`.as("audience"),
      ageBand: sql<string | null>`coalesce(${responses.ageBand}, ${feedback.ageBand})`.as("age_band"),
      channel: sql<string | null>`coalesce(${responses.channel}, ${feedback.channel})::text`.as("channel"),
      setting: sql<string | null>`${responses.settingId}::text`.as("setting"),
    })
    .from(textItems)
    .innerJoin(codings, eq(codings.textItemId, textItems.id))
    .leftJoin(responses, eq(responses.id, textItems.responseId))
    .leftJoin(surveys, eq(surveys.id, textItems.surveyId))
    .leftJoin(feedback, eq(feedback.id, textItems.feedbackId))
    .where(and(...scope, sql`${textItems.receivedOn} between ${from} and ${to}`, accepted))
    .as("coded");
  const c = coded;
  const result = await db.execute(sql`
    select ${c.codeId} as code_id, ${c.audience} as audience, ${c.ageBand} as age_band, ${c.channel} as channel, ${c.setting} as setting,
      grouping(${c.codeId}) as g_code, grouping(${c.audience}) as g_audience, grouping(${c.ageBand}) as g_age_band,
      grouping(${c.channel}) as g_channel, grouping(${c.setting}) as g_setting,
      count(distinct ${c.textItemId})::int as n
    from ${c}
    group by grouping sets (
      (${c.codeId}, ${c.audience}), (${c.audience}),
      (${c.codeId}, ${c.ageBand}), (${c.ageBand}),
      (${c.codeId}, ${c.channel}), (${c.channel}),
      (${c.codeId}, ${c.setting}), (${c.setting}))`);
  return rowsOf(result);
}

/** Query 3: approved quotes for the group's themes from texts received in the period (the redacted excerpt only). */
async function approvedQuotes(db: Database, scope: SQL[], codeIds: string[], from: string, to: string): Promise<{ codeId: string; excerpt: string }[]> {
  return db
    .select({ codeId: quotes.codeId, excerpt: quotes.excerpt })
    .from(quotes)
    .innerJoin(textItems, eq(textItems.id, quotes.textItemId))
    .where(and(...scope, sql`${textItems.receivedOn} between ${from} and ${to}`, eq(quotes.status, "approved"), inArray(quotes.codeId, codeIds)))
    .orderBy(asc(quotes.decidedAt), asc(quotes.id));
}

async function settingLabels(db: Database, partnershipId: string, rows: Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.setting).filter((s): s is string => typeof s === "string"))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: settingLinks.id, name: settingLinks.name })
    .from(settingLinks)
    .where(and(eq(settingLinks.partnershipId, partnershipId), inArray(settingLinks.id, ids)));
  return new Map(found.map((s) => [s.id, s.name]));
}

const COLUMN_OF: Record<BreakdownDimension, { value: string; grouping: string }> = {
  audience: { value: "audience", grouping: "g_audience" },
  ageBand: { value: "age_band", grouping: "g_age_band" },
  channel: { value: "channel", grouping: "g_channel" },
  setting: { value: "setting", grouping: "g_setting" },
};

function columnLabel(dimension: BreakdownDimension, key: string, settingNames: Map<string, string>): string {
  if (key === NOT_RECORDED) return "Not recorded";
  if (dimension === "audience") return AUDIENCE_LABELS[key] ?? key;
  if (dimension === "channel") return CHANNEL_LABELS[key] ?? key;
  if (dimension === "setting") return settingNames.get(key) ?? "A closed link";
  return ageBandLabel(key);
}

/** "11-15" → "11 to 15", "under-11" → "Under 11", "26-or-over" → "26 or over". */
export function ageBandLabel(key: string): string {
  const words = key.replace(/^(\d+)-(\d+)$/, "$1 to $2").replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One breakdown, or null when fewer than 10 texts have the value recorded.
 * Rows (themes) add up across the columns (each text has exactly one value,
 * "Not recorded" included); columns do not add up down the rows (a text may
 * carry several themes), so the column totals are their own count.
 */
export function buildBreakdown(
  dimension: BreakdownDimension,
  rows: Row[],
  codes: { id: string; label: string }[],
  themeCounts: Map<string, number>,
  base: number,
  settingNames: Map<string, string> = new Map(),
): Breakdown | null {
  const { value, grouping } = COLUMN_OF[dimension];
  const mine = rows.filter((r) => num(r[grouping]) === 0);
  const keyOf = (r: Row) => (r[value] === null || r[value] === undefined ? NOT_RECORDED : String(r[value]));
  const totals = new Map<string, number>();
  const cellsOf = new Map<string, number>();
  for (const r of mine) {
    if (num(r.g_code) === 1) totals.set(keyOf(r), num(r.n));
    else cellsOf.set(`${String(r.code_id)}|${keyOf(r)}`, num(r.n));
  }
  const recorded = [...totals.entries()].filter(([k]) => k !== NOT_RECORDED).reduce((a, [, n]) => a + n, 0);
  if (recorded < MIN_SHOWN) return null;

  const keys = [...totals.keys()].filter((k) => k !== NOT_RECORDED);
  const order = dimension === "audience" ? Object.keys(AUDIENCE_LABELS) : dimension === "channel" ? Object.keys(CHANNEL_LABELS) : [];
  const labelled = keys.map((key) => ({ key, label: columnLabel(dimension, key, settingNames) }));
  labelled.sort((a, b) => {
    const ia = order.indexOf(a.key);
    const ib = order.indexOf(b.key);
    if (ia !== ib) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return dimension === "ageBand" ? a.key.localeCompare(b.key, "en-GB", { numeric: true }) : a.label.localeCompare(b.label, "en-GB");
  });
  if (totals.has(NOT_RECORDED)) labelled.push({ key: NOT_RECORDED, label: columnLabel(dimension, NOT_RECORDED, settingNames) });

  const cells = codes.map((code) => labelled.map((column) => cellsOf.get(`${code.id}|${column.key}`) ?? 0));
  const columnTotals = labelled.map((column) => totals.get(column.key) ?? 0);
  // The sums the data must satisfy: each theme's row is its count, and the columns together are the base.
  codes.forEach((code, i) => {
    const sum = cells[i]!.reduce((a, b) => a + b, 0);
    if (sum !== (themeCounts.get(code.id) ?? 0)) throw new Error(`summary: ${dimension} row does not add up to the theme's count`);
  });
  if (columnTotals.reduce((a, b) => a + b, 0) !== base) throw new Error(`summary: ${dimension} columns do not add up to the base`);

  const table = protectTable(cells, { additive: "rows", columnTotals });
  return {
    dimension,
    columns: labelled,
    rows: codes.map((code, i) => ({ codeId: code.id, label: code.label, cells: table.cells[i]!, total: table.rowTotals[i]! })),
    columnTotals: table.columnTotals,
    total: table.total,
  };
}

/** Implementation groups this person may see summaries of: all the partnership's for admins and analysts, else those they sit on. */
export async function visibleGroups(
  db: Database,
  partnershipId: string,
  person: { userId: string; roles: readonly string[] },
): Promise<{ id: string; name: string }[]> {
  const seesAll = person.roles.includes("partnership_admin") || person.roles.includes("analyst");
  const groups = seesAll ? await listGroups(db, partnershipId) : await groupsForMember(db, partnershipId, person.userId);
  return groups.map((g) => ({ id: g.id, name: g.name }));
}

/** Saves the analyst's "What this tells us" for a group and period (one per period), audited (ids and dates only). */
export async function saveSummaryNote(
  db: Database,
  input: { partnershipId: string; groupId: string; from: string; to: string; text: string; actorId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(summaryNotes)
      .values({ groupId: input.groupId, periodFrom: input.from, periodTo: input.to, text: input.text, updatedBy: input.actorId })
      .onConflictDoUpdate({
        target: [summaryNotes.groupId, summaryNotes.periodFrom, summaryNotes.periodTo],
        set: { text: input.text, updatedBy: input.actorId, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      actorId: input.actorId,
      partnershipId: input.partnershipId,
      action: "summary_note_saved",
      subjectType: "implementation_group",
      subjectId: input.groupId,
      details: { from: input.from, to: input.to },
    });
  });
}
