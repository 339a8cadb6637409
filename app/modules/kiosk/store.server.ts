import { and, eq, isNotNull } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { surveyVersions } from "#db/schema/index.ts";
import { storeFeedback } from "~/modules/feedback/feedback.server";
import type { ParsedFeedback } from "~/modules/feedback/feedback-form";
import { disclosingQuestions, parseCompleted, type RawAnswers } from "~/modules/responses/completed";
import type { AnswerError } from "~/modules/responses/journey";
import { ukToday, type ResponseChannel } from "~/modules/responses/responses.server";
import { insertSentResponses } from "~/modules/responses/sent.server";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { definitionOfVersion, type PublishedSurvey } from "~/modules/survey/surveys.server";

// A whole response in one go, as a kiosk sends it (one form, or a record
// kept on the tablet while it was offline). Its id was made when the form was
// shown, so sending it again, or twice at the same moment, stores it once.

export const RESPONSE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

// The journey's parser for a whole response, shared with answers imports (app/modules/responses/completed.ts).
export { parseCompleted, type RawAnswers };

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
    const { stored } = await insertSentResponses(
      tx,
      input.survey.partnership.id,
      [{ id: responseId, surveyId: input.survey.surveyId, surveyVersionId: versionId, channel: input.channel, venueId: input.venueId, submittedOn: ukToday(), answers: parsed.answers }],
      { definition, skipExisting: true },
    );
    return stored.length === 0 ? ({ outcome: "already_stored", mayDisclose } as const) : ({ outcome: "stored", mayDisclose } as const);
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
