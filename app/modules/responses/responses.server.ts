import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { answers, responses, type AnswerValue } from "#db/schema/index.ts";
import type { PublishedSurvey } from "~/modules/survey/surveys.server";
import { definitionOfVersion } from "~/modules/survey/surveys.server";
import { flagForTriage } from "~/modules/safeguarding/triage.server";
import { recordResponseTextItems } from "~/modules/analysis/text-items.server";
import { forAgeBand, hiddenAnswerIds, unansweredRequired, type Answers } from "./journey";

export type ResponseChannel = (typeof responses.$inferInsert)["channel"];

export interface LoadedResponse {
  id: string;
  surveyId: string;
  surveyVersionId: string;
  status: "in_progress" | "submitted";
  /** "Exit this page" ended it: no browser may read or change it again. */
  endedByExit: boolean;
  /** The age band chosen on the start page (surveys with age bands), else null. */
  ageBand: string | null;
  answers: Answers;
}

/** Today's date in the UK, the only time kept on a response. */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/**
 * Records that someone has started. The id comes from the start page, so a
 * double click or a resent form finds the row already there.
 */
export async function startResponse(
  db: Database,
  input: { responseId: string; survey: PublishedSurvey; channel?: ResponseChannel; settingId?: string | null; ageBand?: string | null },
): Promise<LoadedResponse> {
  await db
    .insert(responses)
    .values({
      id: input.responseId,
      surveyId: input.survey.surveyId,
      surveyVersionId: input.survey.versionId,
      channel: input.channel ?? "web",
      // The school, class, setting or event link it came through, if any.
      settingId: input.settingId ?? null,
      ageBand: input.ageBand ?? null,
      startedOn: ukToday(),
    })
    .onConflictDoNothing({ target: responses.id });
  const loaded = await loadResponse(db, input.responseId);
  if (!loaded) throw new Error("response vanished after insert");
  return loaded;
}

/**
 * The query behind loadResponse, built once per database (every page of the
 * journey runs it; building a drizzle query costs more than it looks). Only
 * the query's shape is kept, never a row; a transaction gets its own.
 */
const loadResponseQueries = new WeakMap<Database, ReturnType<typeof prepareLoadResponse>>();

function prepareLoadResponse(db: Database) {
  return db
    .select({
      id: responses.id,
      surveyId: responses.surveyId,
      surveyVersionId: responses.surveyVersionId,
      status: responses.status,
      endedByExit: responses.endedByExit,
      ageBand: responses.ageBand,
      questionId: answers.questionId,
      value: answers.value,
    })
    .from(responses)
    .leftJoin(answers, eq(answers.responseId, responses.id))
    .where(eq(responses.id, sql.placeholder("responseId")))
    .prepare("heard_load_response");
}

export async function loadResponse(db: Database, responseId: string): Promise<LoadedResponse | null> {
  let query = loadResponseQueries.get(db);
  if (!query) {
    query = prepareLoadResponse(db);
    loadResponseQueries.set(db, query);
  }
  const rows = await query.execute({ responseId });
  const first = rows[0];
  if (!first) return null;
  const collected: Record<string, AnswerValue> = {};
  for (const row of rows) {
    if (row.questionId !== null && row.value !== null) collected[row.questionId] = row.value;
  }
  return {
    id: first.id,
    surveyId: first.surveyId,
    surveyVersionId: first.surveyVersionId,
    status: first.status,
    endedByExit: first.endedByExit,
    ageBand: first.ageBand,
    answers: collected,
  };
}

export type SaveOutcome = "saved" | "already_submitted" | "not_found";

export interface SaveOptions {
  /**
   * The answer may disclose harm: mark it for the partnership's safeguarding
   * triage in the same transaction, so it is flagged if and only if it is saved.
   */
  flagForTriage?: { partnershipId: string };
}

/**
 * Saves (or, for a skipped question, clears) one answer. A sent response is
 * never changed: the row lock orders this against a submission in flight.
 */
export async function saveAnswer(
  db: Database,
  responseId: string,
  questionId: string,
  value: AnswerValue | null,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  // The common case (an answer to save, nothing to flag) is one statement, so one
  // round trip instead of four (BEGIN, lock, write, COMMIT): the row lock still
  // orders it against a submission in flight, and it writes only to a response
  // that is still being filled in.
  if (value !== null && !options.flagForTriage) return saveAnswerAtOnce(db, responseId, questionId, value);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: responses.status, endedByExit: responses.endedByExit })
      .from(responses)
      .where(eq(responses.id, responseId))
      .for("share");
    if (!row || row.endedByExit) return "not_found";
    if (row.status === "submitted") return "already_submitted";
    if (value === null) {
      await tx.delete(answers).where(and(eq(answers.responseId, responseId), eq(answers.questionId, questionId)));
    } else {
      await tx
        .insert(answers)
        .values({ responseId, questionId, value })
        .onConflictDoUpdate({ target: [answers.responseId, answers.questionId], set: { value } });
      if (options.flagForTriage) {
        await flagForTriage(tx, { partnershipId: options.flagForTriage.partnershipId, responseId, questionId });
      }
    }
    return "saved";
  });
}

async function saveAnswerAtOnce(db: Database, responseId: string, questionId: string, value: AnswerValue): Promise<SaveOutcome> {
  const result = (await db.execute(sql`
    with locked as (
      select ${responses.status} as status, ${responses.endedByExit} as ended from ${responses} where ${responses.id} = ${responseId} for share
    ),
    saved as (
      insert into ${answers} (response_id, question_id, value)
      select ${responseId}::uuid, ${questionId}::text, ${JSON.stringify(value)}::jsonb from locked where locked.status = 'in_progress' and not locked.ended
      on conflict (response_id, question_id) do update set value = excluded.value
      returning 1
    )
    select locked.status::text as status, locked.ended as ended from locked`)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { status: string; ended: boolean }[];
  const row = rows[0];
  if (!row || row.ended) return "not_found";
  return row.status === "submitted" ? "already_submitted" : "saved";
}

export type SubmitOutcome =
  | { outcome: "submitted" }
  | { outcome: "already_submitted" }
  | { outcome: "not_found" }
  | { outcome: "incomplete"; missingQuestionIds: string[] };

/**
 * Sends a response. Returns only after the transaction has committed, so the
 * confirmation page is never shown for answers that were not stored. Sending
 * again (double click, Back then send, a second tab) finds it already sent.
 */
export async function submitResponse(db: Database, responseId: string): Promise<SubmitOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        status: responses.status,
        versionId: responses.surveyVersionId,
        endedByExit: responses.endedByExit,
        ageBand: responses.ageBand,
      })
      .from(responses)
      .where(eq(responses.id, responseId))
      .for("update");
    if (!row || row.endedByExit) return { outcome: "not_found" } as const;
    if (row.status === "submitted") return { outcome: "already_submitted" } as const;

    const whole = await definitionOfVersion(tx as unknown as Database, row.versionId);
    if (!whole) throw new Error(`survey version ${row.versionId} is missing`);
    // Only the questions of the person's age band count (and are kept).
    const definition = forAgeBand(whole, row.ageBand);
    const stored = await tx
      .select({ questionId: answers.questionId, value: answers.value })
      .from(answers)
      .where(eq(answers.responseId, responseId));
    const given: Record<string, AnswerValue> = Object.fromEntries(stored.map((a) => [a.questionId, a.value]));

    const missing = unansweredRequired(definition, given);
    if (missing.length > 0) return { outcome: "incomplete", missingQuestionIds: missing.map((q) => q.id) } as const;

    // Answers to questions the person no longer sees (they changed an earlier answer) are not sent.
    const hidden = hiddenAnswerIds(definition, given);
    if (hidden.length > 0) {
      await tx.delete(answers).where(and(eq(answers.responseId, responseId), inArray(answers.questionId, hidden)));
    }
    const today = ukToday();
    await tx
      .update(responses)
      .set({ status: "submitted", submittedOn: today })
      .where(and(eq(responses.id, responseId), eq(responses.status, "in_progress")));
    // The redacted copy of each free-text answer, committed with the send (or not at all).
    await recordResponseTextItems(tx, { responseId, definition, receivedOn: today });
    return { outcome: "submitted" } as const;
  });
}

/**
 * "Exit this page": these responses can no longer be read or changed from a
 * browser, even with a copy of the old cookie. What was saved stays.
 */
export async function endResponsesByExit(db: Database, responseIds: string[]): Promise<void> {
  if (responseIds.length === 0) return;
  await db.update(responses).set({ endedByExit: true }).where(inArray(responses.id, responseIds));
}

/** Counts for tests, benchmarks and health: how many responses are in each state. */
export async function countResponses(db: Database, surveyId?: string) {
  const rows = await db
    .select({ status: responses.status, count: sql<number>`count(*)::int` })
    .from(responses)
    .where(surveyId ? eq(responses.surveyId, surveyId) : undefined)
    .groupBy(responses.status);
  const result = { in_progress: 0, submitted: 0 };
  for (const r of rows) result[r.status] = Number(r.count);
  return result;
}
