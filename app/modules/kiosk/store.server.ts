import { and, eq, isNotNull } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { answers as answersTable, responses, surveyVersions, type AnswerValue } from "#db/schema/index.ts";
import { storeFeedback } from "~/modules/feedback/feedback.server";
import type { ParsedFeedback } from "~/modules/feedback/feedback-form";
import { parseAnswer, typedTextOf, visibleQuestions, type AnswerError } from "~/modules/responses/journey";
import { agreementKey } from "./paths";
import { ukToday, type ResponseChannel } from "~/modules/responses/responses.server";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { flagForTriage } from "~/modules/safeguarding/triage.server";
import { recordTextItems, textItemsOfAnswers } from "~/modules/analysis/text-items.server";
import type { SurveyDefinition } from "~/modules/survey/definition";
import { definitionOfVersion, type PublishedSurvey } from "~/modules/survey/surveys.server";

// A whole response in one go, as a kiosk sends it (one form, or a record
// kept on the tablet while it was offline). Its id was made when the form was
// shown, so sending it again, or twice at the same moment, stores it once.

export const RESPONSE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** What was posted for each question: its option ids, or the typed text. */
export type RawAnswers = Readonly<Record<string, readonly string[]>>;

export type StoreResponseResult =
  | { outcome: "stored" | "already_stored"; mayDisclose: boolean }
  | { outcome: "invalid"; errors: Record<string, AnswerError>; kept: Record<string, string[]> };

export interface CompletedResponse {
  responseId: string;
  survey: PublishedSurvey;
  answers: RawAnswers;
  channel: ResponseChannel;
  venueId: string | null;
  /**
   * The published version the form was made from, when it says so (a record
   * kept offline may come back after a newer version is published). Unknown
   * or unpublished versions of this survey are ignored: the newest is used.
   */
  versionId?: string | null;
}

/** The version to check the answers against: the one the form was made from, if it is a published version of this survey. */
async function versionFor(db: Database, survey: PublishedSurvey, versionId: string | null | undefined) {
  if (!versionId || versionId === survey.versionId || !RESPONSE_ID.test(versionId)) {
    return { versionId: survey.versionId, definition: survey.definition };
  }
  const [row] = await db
    .select({ id: surveyVersions.id })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.id, versionId), eq(surveyVersions.surveyId, survey.surveyId), isNotNull(surveyVersions.publishedAt)));
  const definition = row ? await definitionOfVersion(db, row.id) : null;
  return definition ? { versionId: row!.id, definition } : { versionId: survey.versionId, definition: survey.definition };
}

/**
 * Reads every answer with the journey's own parser, question by question in
 * order, so skip logic sees the answers before it: questions it hides are not
 * asked, their answers are dropped, and their "required" does not apply.
 */
export function parseCompleted(
  definition: SurveyDefinition,
  raw: RawAnswers,
): { ok: true; answers: Record<string, AnswerValue> } | { ok: false; errors: Record<string, AnswerError>; kept: Record<string, string[]> } {
  const parsed: Record<string, AnswerValue> = {};
  const errors: Record<string, AnswerError> = {};
  const kept: Record<string, string[]> = {};
  for (const question of definition.questions) {
    if (!visibleQuestions(definition, parsed).some((q) => q.id === question.id)) continue;
    const submitted = (raw[question.id] ?? []).map(String);
    const agreement = (raw[agreementKey(question.id)] ?? []).map(String);
    const result = parseAnswer(question, submitted, agreement);
    if (result.kind === "invalid") {
      errors[question.id] = result.error;
      kept[question.id] = result.kept;
      if (question.type === "draft_text") kept[agreementKey(question.id)] = agreement;
    } else if (result.kind === "answer") {
      parsed[question.id] = result.value;
      kept[question.id] = submitted;
      if (question.type === "draft_text") kept[agreementKey(question.id)] = agreement;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, kept } : { ok: true, answers: parsed };
}

/** Free-text answers that may disclose harm (their question ids). */
function disclosingQuestions(answers: Record<string, AnswerValue>): string[] {
  return Object.entries(answers)
    .filter(([, value]) => {
      const typed = typedTextOf(value);
      return typed !== undefined && mayDiscloseHarm(typed);
    })
    .map(([id]) => id);
}

/**
 * Validates and stores a finished response, sent, in one transaction: the
 * response (channel and venue, never the person), its answers, and a triage
 * flag for each free-text answer that may disclose harm, as the web journey
 * flags them. Nothing is stored when any answer is refused.
 */
export async function storeCompletedResponse(db: Database, input: CompletedResponse): Promise<StoreResponseResult> {
  if (!RESPONSE_ID.test(input.responseId)) throw new Error("a response id must be a UUID");
  const responseId = input.responseId.toLowerCase();
  const { versionId, definition } = await versionFor(db, input.survey, input.versionId);
  const parsed = parseCompleted(definition, input.answers);
  if (!parsed.ok) return { outcome: "invalid", errors: parsed.errors, kept: parsed.kept };
  const flagged = disclosingQuestions(parsed.answers);
  const mayDisclose = flagged.length > 0;

  return db.transaction(async (tx) => {
    const today = ukToday();
    const inserted = await tx
      .insert(responses)
      .values({
        id: responseId,
        surveyId: input.survey.surveyId,
        surveyVersionId: versionId,
        channel: input.channel,
        venueId: input.venueId,
        status: "submitted",
        startedOn: today,
        submittedOn: today,
      })
      .onConflictDoNothing({ target: responses.id })
      .returning({ id: responses.id });
    if (inserted.length === 0) return { outcome: "already_stored", mayDisclose } as const;
    const rows = Object.entries(parsed.answers).map(([questionId, value]) => ({ responseId, questionId, value }));
    if (rows.length > 0) await tx.insert(answersTable).values(rows);
    for (const questionId of flagged) {
      await flagForTriage(tx, { partnershipId: input.survey.partnership.id, responseId, questionId });
    }
    // The redacted copy of each free-text answer, in the same transaction.
    await recordTextItems(
      tx,
      textItemsOfAnswers({ partnershipId: input.survey.partnership.id, surveyId: input.survey.surveyId, responseId, receivedOn: today }, definition, parsed.answers),
    );
    return { outcome: "stored", mayDisclose } as const;
  });
}

/** Feedback given at a kiosk: the feedback module's own store, with the channel and the venue. */
export async function storeKioskFeedback(
  db: Database,
  input: ParsedFeedback & { id: string; partnershipId: string; venueId: string },
): Promise<{ outcome: "stored" | "already_stored"; mayDisclose: boolean }> {
  const mayDisclose = mayDiscloseHarm(input.text);
  const outcome = await storeFeedback(db, { ...input, flag: mayDisclose, channel: "kiosk" });
  return { outcome, mayDisclose };
}
