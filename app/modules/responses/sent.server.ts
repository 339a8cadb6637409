import type { AnswerValue } from "#db/schema/index.ts";
import { answers as answersTable, responses } from "#db/schema/index.ts";
import type { Database } from "~/modules/db/client.server";
import { recordTextItems, textItemsOfAnswers } from "~/modules/analysis/text-items.server";
import { flagForTriage } from "~/modules/safeguarding/triage.server";
import type { SurveyDefinition } from "~/modules/survey/definition";
import { disclosingQuestions } from "./completed";
import type { ResponseChannel } from "./responses.server";

/** A database or an open transaction: callers pass their transaction so everything is stored together or not at all. */
type Executor = Pick<Database, "insert" | "select">;

/** A finished response, already checked (`parseCompleted`), to store as sent. */
export interface SentResponse {
  id: string;
  surveyId: string;
  surveyVersionId: string;
  channel: ResponseChannel;
  /** The day it was sent (and started: a whole response arrives at once). */
  submittedOn: string;
  venueId?: string | null;
  ageBand?: string | null;
  /** The CSV import it came from (paper or another tool). */
  importId?: string | null;
  answers: Readonly<Record<string, AnswerValue>>;
}

// Rows per INSERT: well under PostgreSQL's 65,535 parameters.
const RESPONSES_PER_INSERT = 1000;
const ANSWERS_PER_INSERT = 5000;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Stores finished responses as sent, in the caller's transaction: each
 * response (channel, venue or import, never the person), its answers, and a
 * triage flag for each free-text answer that may disclose harm, as the web
 * journey flags them, and the redacted copy of each free text (text items)
 * that staff will read. With `skipExisting`, a response whose id is already
 * stored is left as it is (a resend), and nothing of it is written again.
 * Gives the ids stored and how many answers were flagged.
 */
export async function insertSentResponses(
  tx: Executor,
  partnershipId: string,
  list: readonly SentResponse[],
  { definition, skipExisting = false }: { definition: SurveyDefinition; skipExisting?: boolean },
): Promise<{ stored: string[]; flagged: number }> {
  const stored = new Set<string>();
  for (const part of chunks(list, RESPONSES_PER_INSERT)) {
    const values = part.map((r) => ({
      id: r.id,
      surveyId: r.surveyId,
      surveyVersionId: r.surveyVersionId,
      channel: r.channel,
      venueId: r.venueId ?? null,
      ageBand: r.ageBand ?? null,
      importId: r.importId ?? null,
      status: "submitted" as const,
      startedOn: r.submittedOn,
      submittedOn: r.submittedOn,
    }));
    const insert = tx.insert(responses).values(values);
    const inserted = await (skipExisting ? insert.onConflictDoNothing({ target: responses.id }) : insert).returning({ id: responses.id });
    for (const row of inserted) stored.add(row.id);
  }
  const kept = list.filter((r) => stored.has(r.id));
  const answerRows = kept.flatMap((r) => Object.entries(r.answers).map(([questionId, value]) => ({ responseId: r.id, questionId, value })));
  for (const part of chunks(answerRows, ANSWERS_PER_INSERT)) await tx.insert(answersTable).values(part);
  let flagged = 0;
  for (const r of kept) {
    for (const questionId of disclosingQuestions(r.answers)) {
      await flagForTriage(tx, { partnershipId, responseId: r.id, questionId });
      flagged++;
    }
  }
  await recordTextItems(
    tx,
    kept.flatMap((r) =>
      textItemsOfAnswers(
        { partnershipId, surveyId: r.surveyId, responseId: r.id, receivedOn: r.submittedOn, imported: r.importId != null },
        definition,
        r.answers,
      ),
    ),
  );
  return { stored: kept.map((r) => r.id), flagged };
}
