import { and, eq, inArray, isNull, lt, ne, notExists, or, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { answers, feedback, partnerships, responses, surveys, textItems, triageFlags } from "#db/schema/index.ts";
import {
  expiryCutoff,
  FEEDBACK_RAW_TEXT_DAYS,
  FEEDBACK_RETENTION_DAYS,
  UNSENT_RESPONSE_DAYS,
} from "./periods";

// Retention (issue 7, point 6; issue 6, point 1). What goes, and when (a
// period of N days from day D ends on day D + N; things go the day after):
//
// (a) Raw free text of sent responses, `surveys.raw_text_days` after the day
//     they were sent. A free-text answer (`{ text }`) is deleted; a
//     draft-text answer (`{ agreement, text }`) keeps the agreement and loses
//     the text; choice answers stay. The redacted copy in `text_items` stays
//     and records the day (`raw_deleted_on`).
// (b) Whole sent responses, `surveys.retention_days` after they were sent:
//     answers, redacted copies, suggestions, codings, quotes and triage flags
//     go with them (foreign keys cascade). The audit log keeps ids only.
// (c) Responses never sent (still in progress, or ended by "Exit this page"
//     before sending), UNSENT_RESPONSE_DAYS after they were started. A sent
//     response ended by "Exit this page" follows (a) and (b).
// (d) Feedback (which belongs to no survey) by the partnership-wide periods
//     in periods.ts: its raw text becomes "" (the column is not null; the
//     triage page reads "" as deleted), and whole feedback goes later.
//
// A safeguarding hold: nothing that is waiting in the triage queue (a flag
// still "new") is deleted, not even its raw words: the safeguarding lead may
// need them. It goes on the first run after the flag is reviewed.
//
// Idempotent: every step picks only what still has something to delete.
// Batches of BATCH_SIZE, each in its own transaction, so a large backlog never
// holds locks for long. One audit entry per partnership per run, counts only.

const BATCH_SIZE = 500;

export interface RetentionCounts {
  /** Sent responses whose raw free text was deleted. */
  responsesRawTextDeleted: number;
  /** Free-text or draft-text answers whose words were deleted. */
  answerTextsDeleted: number;
  /** Whole sent responses deleted. */
  responsesDeleted: number;
  /** Responses never sent, deleted. */
  unsentResponsesDeleted: number;
  /** Pieces of feedback whose raw text was deleted. */
  feedbackRawTextDeleted: number;
  /** Whole pieces of feedback deleted. */
  feedbackDeleted: number;
}

export interface RetentionResult extends RetentionCounts {
  today: string;
  byPartnership: Map<string, RetentionCounts>;
}

function zero(): RetentionCounts {
  return {
    responsesRawTextDeleted: 0,
    answerTextsDeleted: 0,
    responsesDeleted: 0,
    unsentResponsesDeleted: 0,
    feedbackRawTextDeleted: 0,
    feedbackDeleted: 0,
  };
}

/** Today as a date, for comparing with `date` columns plus a number of days. */
const day = (today: string) => sql`${today}::date`;

/** The response is not waiting for the safeguarding lead. */
const responseNotHeld = notExists(
  sql`(select 1 from ${triageFlags} where ${triageFlags.responseId} = ${responses.id} and ${triageFlags.status} = 'new')`,
);
const feedbackNotHeld = notExists(
  sql`(select 1 from ${triageFlags} where ${triageFlags.feedbackId} = ${feedback.id} and ${triageFlags.status} = 'new')`,
);

/** An answer holding words someone typed: `{ text }`, or `{ agreement, text }`. */
const answerHasText = sql`(${answers.value} ->> 'text') is not null`;

/**
 * Deletes everything whose period has ended by `today` (a UK day,
 * yyyy-mm-dd; injected so tests can choose it), and nothing else.
 */
export async function runRetention(db: Database, today: string): Promise<RetentionResult> {
  expiryCutoff(today, 0); // refuses anything but a real day, before touching data
  const byPartnership = new Map<string, RetentionCounts>();
  const add = (partnershipId: string, key: keyof RetentionCounts, n = 1) => {
    const counts = byPartnership.get(partnershipId) ?? zero();
    counts[key] += n;
    byPartnership.set(partnershipId, counts);
  };

  // (b) whole sent responses, and (c) responses never sent: first, so (a) does no work on what goes anyway
  const expiredResponses = {
    responsesDeleted: and(
      eq(responses.status, "submitted"),
      sql`${responses.submittedOn} + ${surveys.retentionDays} < ${day(today)}`,
    ),
    unsentResponsesDeleted: and(
      eq(responses.status, "in_progress"),
      lt(responses.startedOn, expiryCutoff(today, UNSENT_RESPONSE_DAYS)),
    ),
  } as const;
  for (const [key, expired] of Object.entries(expiredResponses) as [keyof RetentionCounts, ReturnType<typeof and>][]) {
    for (;;) {
      const batch = await db
        .select({ id: responses.id, partnershipId: surveys.partnershipId })
        .from(responses)
        .innerJoin(surveys, eq(surveys.id, responses.surveyId))
        .where(and(expired, responseNotHeld))
        .limit(BATCH_SIZE);
      if (batch.length === 0) break;
      const partnershipOf = new Map(batch.map((r) => [r.id, r.partnershipId]));
      const deleted = await db.transaction(async (tx) =>
        tx
          .delete(responses)
          .where(
            and(
              inArray(
                responses.id,
                batch.map((r) => r.id),
              ),
              // Checked again as the row is deleted: a response sent, or flagged, meanwhile stays.
              eq(responses.status, key === "responsesDeleted" ? "submitted" : "in_progress"),
              responseNotHeld,
            ),
          )
          .returning({ id: responses.id }),
      );
      for (const row of deleted) add(partnershipOf.get(row.id)!, key);
      if (batch.length < BATCH_SIZE) break;
    }
  }

  // (a) raw free text of sent responses
  for (;;) {
    const batch = await db
      .select({ id: responses.id, partnershipId: surveys.partnershipId })
      .from(responses)
      .innerJoin(surveys, eq(surveys.id, responses.surveyId))
      .where(
        and(
          eq(responses.status, "submitted"),
          sql`${responses.submittedOn} + ${surveys.rawTextDays} < ${day(today)}`,
          responseNotHeld,
          or(
            sql`exists (select 1 from ${answers} where ${answers.responseId} = ${responses.id} and ${answerHasText})`,
            sql`exists (select 1 from ${textItems} where ${textItems.responseId} = ${responses.id} and ${textItems.rawDeletedOn} is null)`,
          ),
        ),
      )
      .limit(BATCH_SIZE);
    if (batch.length === 0) break;
    const ids = batch.map((r) => r.id);
    const partnershipOf = new Map(batch.map((r) => [r.id, r.partnershipId]));
    await db.transaction(async (tx) => {
      const deleted = await tx
        .delete(answers)
        .where(and(inArray(answers.responseId, ids), answerHasText, sql`(${answers.value} ->> 'agreement') is null`))
        .returning({ responseId: answers.responseId });
      const trimmed = await tx
        .update(answers)
        .set({ value: sql`${answers.value} - 'text'` })
        .where(and(inArray(answers.responseId, ids), answerHasText, sql`(${answers.value} ->> 'agreement') is not null`))
        .returning({ responseId: answers.responseId });
      await tx
        .update(textItems)
        .set({ rawDeletedOn: today })
        .where(and(inArray(textItems.responseId, ids), isNull(textItems.rawDeletedOn)));
      for (const row of [...deleted, ...trimmed]) add(partnershipOf.get(row.responseId)!, "answerTextsDeleted");
    });
    for (const row of batch) add(row.partnershipId, "responsesRawTextDeleted");
    if (batch.length < BATCH_SIZE) break;
  }

  // (d) feedback: whole pieces first
  const feedbackCutoff = expiryCutoff(today, FEEDBACK_RETENTION_DAYS);
  for (;;) {
    const deleted = await db.transaction(async (tx) => {
      const batch = await tx
        .select({ id: feedback.id })
        .from(feedback)
        .where(and(lt(feedback.receivedOn, feedbackCutoff), feedbackNotHeld))
        .limit(BATCH_SIZE);
      if (batch.length === 0) return [];
      return tx
        .delete(feedback)
        .where(
          inArray(
            feedback.id,
            batch.map((r) => r.id),
          ),
        )
        .returning({ id: feedback.id, partnershipId: feedback.partnershipId });
    });
    for (const row of deleted) add(row.partnershipId, "feedbackDeleted");
    if (deleted.length < BATCH_SIZE) break;
  }

  // (d) feedback: raw text of what is left
  const feedbackRawCutoff = expiryCutoff(today, FEEDBACK_RAW_TEXT_DAYS);
  for (;;) {
    const batch = await db
      .select({ id: feedback.id, partnershipId: feedback.partnershipId })
      .from(feedback)
      .where(
        and(
          lt(feedback.receivedOn, feedbackRawCutoff),
          feedbackNotHeld,
          or(
            ne(feedback.text, ""),
            sql`exists (select 1 from ${textItems} where ${textItems.feedbackId} = ${feedback.id} and ${textItems.rawDeletedOn} is null)`,
          ),
        ),
      )
      .limit(BATCH_SIZE);
    if (batch.length === 0) break;
    const ids = batch.map((r) => r.id);
    await db.transaction(async (tx) => {
      await tx.update(feedback).set({ text: "" }).where(inArray(feedback.id, ids));
      await tx
        .update(textItems)
        .set({ rawDeletedOn: today })
        .where(and(inArray(textItems.feedbackId, ids), isNull(textItems.rawDeletedOn)));
    });
    for (const row of batch) add(row.partnershipId, "feedbackRawTextDeleted");
    if (batch.length < BATCH_SIZE) break;
  }
  // One audit entry per partnership per run, with counts only (zeros too: they show the job ran).
  const everyPartnership = await db.select({ id: partnerships.id }).from(partnerships);
  await db.transaction(async (tx) => {
    for (const { id } of everyPartnership) {
      const counts = byPartnership.get(id) ?? zero();
      byPartnership.set(id, counts);
      await recordAudit(tx, {
        actorId: null,
        partnershipId: id,
        action: "retention_run",
        subjectType: "retention",
        details: { today, ...counts },
      });
    }
  });

  const totals = zero();
  for (const counts of byPartnership.values()) {
    for (const key of Object.keys(totals) as (keyof RetentionCounts)[]) totals[key] += counts[key];
  }
  return { today, ...totals, byPartnership };
}
