import type { AppLoadContext } from "@remix-run/node";
import type { Database } from "~/modules/db/client.server";
import { triageFlags } from "#db/schema/index.ts";
import { ukToday } from "~/modules/responses/responses.server";

/** A database or an open transaction: the flag is written in the same transaction as the text it points at. */
type Executor = Pick<Database, "insert">;

/** What was flagged: one free-text answer of a response, or one piece of feedback. */
export type TriageSubject =
  | { partnershipId: string; responseId: string; questionId: string }
  | { partnershipId: string; feedbackId: string };

/**
 * Puts something a person wrote in the partnership's safeguarding triage
 * queue. The flag points at the text and never copies it; it is dated to the
 * day only, like the response. Flagging the same answer or feedback again
 * (a resend, a double click, Back then Continue) leaves the one flag there is.
 */
export async function flagForTriage(tx: Executor, subject: TriageSubject): Promise<void> {
  const base = { partnershipId: subject.partnershipId, source: "detector" as const, flaggedOn: ukToday() };
  if ("feedbackId" in subject) {
    await tx
      .insert(triageFlags)
      .values({ ...base, feedbackId: subject.feedbackId })
      .onConflictDoNothing({ target: triageFlags.feedbackId });
  } else {
    await tx
      .insert(triageFlags)
      .values({ ...base, responseId: subject.responseId, questionId: subject.questionId })
      .onConflictDoNothing({ target: [triageFlags.responseId, triageFlags.questionId] });
  }
}

// The help shown at once after a post is the action's data, never in the URL
// or a cookie. The page's loader runs after the action in the same request,
// with the same load context: this lets it give the page a title that fits.
const helpShown = new WeakSet<object>();

/** Notes that this request's page shows help at once instead of its usual content. */
export function noteHelpAtOnce(context: AppLoadContext): void {
  helpShown.add(context);
}

/** Does this request's page show help at once? (For the loader's page title.) */
export function showsHelpAtOnce(context: AppLoadContext): boolean {
  return helpShown.has(context);
}
