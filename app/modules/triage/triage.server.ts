import { and, asc, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import {
  answers,
  feedback,
  responses,
  staffUsers,
  surveys,
  surveyVersions,
  textItems,
  triageFlags,
} from "#db/schema/index.ts";
import { redactionOptionsFor } from "~/modules/analysis/text-items.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { redact } from "~/modules/redaction/redact";
import { typedTextOf } from "~/modules/responses/journey";
import { ukToday } from "~/modules/responses/responses.server";
import { definitionOfVersion } from "~/modules/survey/surveys.server";
import type { Sentiment } from "~/modules/themes/suggest";
import { isOverdue, reviewDueBy } from "./working-days";

// What people said, as staff may see it (issue 6): the redacted copies for
// analysts, admins and safeguarding leads, and the safeguarding lead's triage
// queue, where the original words can be shown (audited) for a flagged text.

export const TRIAGE_OUTCOMES = [
  "no_concern",
  "help_already_given",
  "referred",
] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];
export const TRIAGE_STATUSES = ["new", "reviewed"] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const isTriageOutcome = (value: unknown): value is TriageOutcome =>
  (TRIAGE_OUTCOMES as readonly unknown[]).includes(value);
export const isTriageStatus = (value: unknown): value is TriageStatus =>
  (TRIAGE_STATUSES as readonly unknown[]).includes(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string =>
  typeof value === "string" && UUID.test(value);

/** Texts on one page of the responses list. */
export const RESPONSES_PAGE_SIZE = 20;

export interface SurveyChoice {
  id: string;
  title: string;
}

/** The partnership's surveys, each with its newest version's English title. */
export async function partnershipSurveys(
  db: Database,
  partnershipId: string
): Promise<SurveyChoice[]> {
  const rows = await db
    .selectDistinctOn([surveys.id], {
      id: surveys.id,
      slug: surveys.slug,
      title: sql<string | null>`${surveyVersions.definition}->'title'->>'en'`,
    })
    .from(surveys)
    .leftJoin(surveyVersions, eq(surveyVersions.surveyId, surveys.id))
    .where(eq(surveys.partnershipId, partnershipId))
    .orderBy(surveys.id, desc(surveyVersions.version));
  return rows
    .map((r) => ({ id: r.id, title: r.title ?? r.slug }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** A question's English title in a survey version (the question id if it has gone). */
async function questionTitle(
  db: Database,
  versionId: string | null,
  questionId: string | null
): Promise<string | null> {
  if (!versionId || !questionId) return null;
  const definition = await definitionOfVersion(db, versionId);
  return (
    definition?.questions.find((q) => q.id === questionId)?.title.en ??
    questionId
  );
}

export interface ResponseText {
  id: string;
  surveyTitle: string;
  questionTitle: string;
  receivedOn: string;
  /** The redacted copy: never the raw words. */
  redacted: string;
  /** Worked out on arrival (null for texts stored before it was). */
  sentiment: Sentiment | null;
  /** Already in the triage queue (flagged by the detector or by staff). */
  flagged: boolean;
}

export interface ResponseTextsPage {
  items: ResponseText[];
  page: number;
  pageCount: number;
  total: number;
}

/** Sent responses' free text, redacted, newest first, one page at a time; optionally of one survey. */
export async function listResponseTexts(
  db: Database,
  partnershipId: string,
  filter: { surveyId?: string; sentiment?: Sentiment; page: number }
): Promise<ResponseTextsPage> {
  const conditions: SQL[] = [
    eq(textItems.partnershipId, partnershipId),
    isNotNull(textItems.responseId),
    eq(responses.status, "submitted"),
  ];
  if (filter.surveyId) conditions.push(eq(textItems.surveyId, filter.surveyId));
  if (filter.sentiment) conditions.push(eq(textItems.sentiment, filter.sentiment));
  const where = and(...conditions);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(textItems)
    .innerJoin(responses, eq(responses.id, textItems.responseId))
    .where(where);
  const pageCount = Math.max(1, Math.ceil(total / RESPONSES_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page), pageCount);
  const rows = await db
    .select({
      id: textItems.id,
      surveyId: textItems.surveyId,
      questionId: textItems.questionId,
      versionId: responses.surveyVersionId,
      redacted: textItems.redacted,
      sentiment: textItems.sentiment,
      receivedOn: textItems.receivedOn,
      flagId: triageFlags.id,
    })
    .from(textItems)
    .innerJoin(responses, eq(responses.id, textItems.responseId))
    .leftJoin(
      triageFlags,
      and(
        eq(triageFlags.responseId, textItems.responseId),
        eq(triageFlags.questionId, textItems.questionId)
      )
    )
    .where(where)
    .orderBy(desc(textItems.receivedOn), asc(textItems.id))
    .limit(RESPONSES_PAGE_SIZE)
    .offset((page - 1) * RESPONSES_PAGE_SIZE);
  const titles = new Map(
    (await partnershipSurveys(db, partnershipId)).map((s) => [s.id, s.title])
  );
  const items: ResponseText[] = [];
  for (const row of rows) {
    items.push({
      id: row.id,
      surveyTitle: titles.get(row.surveyId ?? "") ?? "",
      questionTitle:
        (await questionTitle(db, row.versionId, row.questionId)) ?? "",
      receivedOn: row.receivedOn,
      redacted: row.redacted,
      sentiment: row.sentiment,
      flagged: row.flagId !== null,
    });
  }
  return { items, page, pageCount, total };
}

export type FlagOutcome = "flagged" | "already_flagged" | "not_found";

/**
 * A member of staff puts a text in the safeguarding triage queue. It points
 * at the answer or the feedback, never copies it; audited without the text.
 */
export async function flagTextItem(
  db: Database,
  actorId: string,
  partnershipId: string,
  textItemId: string
): Promise<FlagOutcome> {
  if (!isUuid(textItemId)) return "not_found";
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({
        responseId: textItems.responseId,
        questionId: textItems.questionId,
        feedbackId: textItems.feedbackId,
      })
      .from(textItems)
      .where(
        and(
          eq(textItems.id, textItemId),
          eq(textItems.partnershipId, partnershipId)
        )
      );
    if (!item) return "not_found";
    const base = {
      partnershipId,
      source: "staff" as const,
      flaggedOn: ukToday(),
    };
    const inserted =
      item.feedbackId !== null
        ? await tx
            .insert(triageFlags)
            .values({ ...base, feedbackId: item.feedbackId })
            .onConflictDoNothing({ target: triageFlags.feedbackId })
            .returning({ id: triageFlags.id })
        : await tx
            .insert(triageFlags)
            .values({
              ...base,
              responseId: item.responseId,
              questionId: item.questionId,
            })
            .onConflictDoNothing({
              target: [triageFlags.responseId, triageFlags.questionId],
            })
            .returning({ id: triageFlags.id });
    const [flag] = inserted;
    if (!flag) return "already_flagged";
    await recordAudit(tx, {
      actorId,
      partnershipId,
      action: "triage_flagged",
      subjectType: "triage_flag",
      subjectId: flag.id,
      details: { source: "staff" },
    });
    return "flagged";
  });
}

export interface TriageItem {
  id: string;
  kind: "answer" | "feedback";
  source: "detector" | "staff";
  status: TriageStatus;
  outcome: TriageOutcome | null;
  flaggedOn: string;
  /** The last day it can be reviewed within one working day. */
  dueBy: string;
  overdue: boolean;
  reviewedAt: string | null;
  reviewerName: string | null;
  surveyTitle: string | null;
  questionTitle: string | null;
}

const flagColumns = {
  id: triageFlags.id,
  responseId: triageFlags.responseId,
  questionId: triageFlags.questionId,
  feedbackId: triageFlags.feedbackId,
  source: triageFlags.source,
  status: triageFlags.status,
  outcome: triageFlags.outcome,
  flaggedOn: triageFlags.flaggedOn,
  reviewedAt: triageFlags.reviewedAt,
  reviewerName: staffUsers.displayName,
  surveyId: responses.surveyId,
  versionId: responses.surveyVersionId,
};

type FlagRow = {
  id: string;
  responseId: string | null;
  questionId: string | null;
  feedbackId: string | null;
  source: "detector" | "staff";
  status: TriageStatus;
  outcome: TriageOutcome | null;
  flaggedOn: string;
  reviewedAt: Date | null;
  reviewerName: string | null;
  surveyId: string | null;
  versionId: string | null;
};

async function toItem(
  db: Database,
  row: FlagRow,
  titles: Map<string, string>,
  today: string
): Promise<TriageItem> {
  return {
    id: row.id,
    kind: row.feedbackId !== null ? "feedback" : "answer",
    source: row.source,
    status: row.status,
    outcome: row.outcome,
    flaggedOn: row.flaggedOn,
    dueBy: reviewDueBy(row.flaggedOn),
    overdue: isOverdue(row, today),
    reviewedAt: row.reviewedAt ? row.reviewedAt.toISOString() : null,
    reviewerName: row.reviewerName,
    surveyTitle: row.surveyId ? titles.get(row.surveyId) ?? null : null,
    questionTitle: await questionTitle(db, row.versionId, row.questionId),
  };
}

/** Most flags listed at once (the oldest waiting ones come first, so none is hidden that needs a decision soon). */
export const TRIAGE_LIST_LIMIT = 500;

/**
 * The partnership's triage queue: overdue first, then the rest waiting for
 * review (oldest first), then those reviewed (newest decision first).
 */
export async function listTriageFlags(
  db: Database,
  partnershipId: string,
  filter: { status?: TriageStatus },
  today = ukToday()
): Promise<TriageItem[]> {
  const conditions: SQL[] = [eq(triageFlags.partnershipId, partnershipId)];
  if (filter.status) conditions.push(eq(triageFlags.status, filter.status));
  const rows = await db
    .select(flagColumns)
    .from(triageFlags)
    .leftJoin(responses, eq(responses.id, triageFlags.responseId))
    .leftJoin(staffUsers, eq(staffUsers.id, triageFlags.reviewedBy))
    .where(and(...conditions))
    .orderBy(
      desc(sql`${triageFlags.status} = 'new'`),
      asc(triageFlags.flaggedOn),
      desc(triageFlags.reviewedAt),
      asc(triageFlags.id)
    )
    .limit(TRIAGE_LIST_LIMIT);
  const titles = new Map(
    (await partnershipSurveys(db, partnershipId)).map((s) => [s.id, s.title])
  );
  const items = await Promise.all(
    rows.map((row) => toItem(db, row, titles, today))
  );
  const rank = (item: TriageItem) =>
    item.overdue ? 0 : item.status === "new" ? 1 : 2;
  // A stable sort keeps the database's order within each group.
  return items.sort((a, b) => rank(a) - rank(b));
}

export interface TriageReview {
  item: TriageItem;
  /** The redacted text (from its text item, or redacted now for an answer not sent yet). */
  redacted: string | null;
  /** Was the response sent? (The detector flags an answer when it is saved.) */
  sent: boolean;
  /** The original words have been deleted (the survey's raw-text period ended). */
  rawDeleted: boolean;
}

async function findFlag(
  db: Database,
  partnershipId: string,
  flagId: string
): Promise<FlagRow | null> {
  if (!isUuid(flagId)) return null;
  const [row] = await db
    .select(flagColumns)
    .from(triageFlags)
    .leftJoin(responses, eq(responses.id, triageFlags.responseId))
    .leftJoin(staffUsers, eq(staffUsers.id, triageFlags.reviewedBy))
    .where(
      and(
        eq(triageFlags.id, flagId),
        eq(triageFlags.partnershipId, partnershipId)
      )
    );
  return row ?? null;
}

/** The raw words a flag points at, or null when they are gone. Only for the audited "show the original words". */
async function rawTextOf(db: Database, row: FlagRow): Promise<string | null> {
  if (row.feedbackId !== null) {
    const [item] = await db
      .select({ text: feedback.text })
      .from(feedback)
      .where(eq(feedback.id, row.feedbackId));
    return item && item.text.trim() !== "" ? item.text : null;
  }
  const [answer] = await db
    .select({ value: answers.value })
    .from(answers)
    .where(
      and(
        eq(answers.responseId, row.responseId!),
        eq(answers.questionId, row.questionId!)
      )
    );
  return typedTextOf(answer?.value) ?? null;
}

async function textItemOf(db: Database, row: FlagRow) {
  const where =
    row.feedbackId !== null
      ? eq(textItems.feedbackId, row.feedbackId)
      : and(
          eq(textItems.responseId, row.responseId!),
          eq(textItems.questionId, row.questionId!)
        );
  const [item] = await db
    .select({
      redacted: textItems.redacted,
      rawDeletedOn: textItems.rawDeletedOn,
    })
    .from(textItems)
    .where(where);
  return item ?? null;
}

/** One flag for the review page: the redacted text only. */
export async function loadTriageReview(
  db: Database,
  partnershipId: string,
  flagId: string,
  today = ukToday()
): Promise<TriageReview | null> {
  const row = await findFlag(db, partnershipId, flagId);
  if (!row) return null;
  const titles = new Map(
    (await partnershipSurveys(db, partnershipId)).map((s) => [s.id, s.title])
  );
  const item = await toItem(db, row, titles, today);
  const stored = await textItemOf(db, row);
  const raw = stored?.rawDeletedOn ? null : await rawTextOf(db, row);
  let redacted = stored?.redacted ?? null;
  // An answer flagged when it was saved but never sent has no text item: redact it now, for this page only.
  if (redacted === null && raw !== null)
    redacted = redact(raw, await redactionOptionsFor(db, partnershipId)).text;
  let sent = true;
  if (row.responseId) {
    const [response] = await db
      .select({ status: responses.status })
      .from(responses)
      .where(eq(responses.id, row.responseId));
    sent = response?.status === "submitted";
  }
  return { item, redacted, sent, rawDeleted: raw === null };
}

export type RawView =
  | { kind: "shown"; text: string }
  | { kind: "deleted" }
  | { kind: "not_found" };

/**
 * The safeguarding lead asks to see the original words of a flagged text.
 * Audited (the flag's id, never the text) in the same transaction that reads
 * them, before they are returned.
 */
export async function showOriginalWords(
  db: Database,
  actorId: string,
  partnershipId: string,
  flagId: string
): Promise<RawView> {
  const row = await findFlag(db, partnershipId, flagId);
  if (!row) return { kind: "not_found" };
  return db.transaction(async (tx) => {
    const stored = await textItemOf(tx as unknown as Database, row);
    const text = stored?.rawDeletedOn
      ? null
      : await rawTextOf(tx as unknown as Database, row);
    if (text === null) return { kind: "deleted" } as const;
    await recordAudit(tx, {
      actorId,
      partnershipId,
      action: "raw_text_viewed",
      subjectType: "triage_flag",
      subjectId: row.id,
    });
    return { kind: "shown", text } as const;
  });
}

/** The safeguarding lead's decision: reviewed, with its outcome; audited with the outcome code, never the text. */
export async function decideTriageFlag(
  db: Database,
  actorId: string,
  partnershipId: string,
  flagId: string,
  outcome: TriageOutcome
): Promise<"decided" | "not_found"> {
  if (!isUuid(flagId)) return "not_found";
  return db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ status: triageFlags.status })
      .from(triageFlags)
      .where(
        and(
          eq(triageFlags.id, flagId),
          eq(triageFlags.partnershipId, partnershipId)
        )
      )
      .for("update");
    if (!previous) return "not_found";
    await tx
      .update(triageFlags)
      .set({
        status: "reviewed",
        outcome,
        reviewedBy: actorId,
        reviewedAt: new Date(),
      })
      .where(eq(triageFlags.id, flagId));
    await recordAudit(tx, {
      actorId,
      partnershipId,
      action: "triage_decision",
      subjectType: "triage_flag",
      subjectId: flagId,
      details: { outcome, changed: previous.status === "reviewed" },
    });
    return "decided";
  });
}
