import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { codebookCodes, codeSuggestions, feedback, partnerships, responses, surveyVersions, surveys, textItems } from "#db/schema/index.ts";

// Text items for coding tests, made directly: the redaction helper's code
// creates them on arrival in the app, but these tests need only the rows
// (already-redacted words, the partnership, a survey response or feedback).

export interface NewText {
  text: string;
  /** A survey's slug and question id; feedback when not given. */
  surveySlug?: string;
  questionId?: string;
  receivedOn?: string;
}

export async function partnershipId(db: Database, slug: string): Promise<string> {
  const [row] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, slug));
  if (!row) throw new Error(`no partnership ${slug}`);
  return row.id;
}

/** Adds text items (each with a sent response or a feedback row of its own); returns their ids in order. */
export async function addTextItems(db: Database, slug: string, texts: NewText[]): Promise<string[]> {
  const pid = await partnershipId(db, slug);
  const ids: string[] = [];
  for (const [index, t] of texts.entries()) {
    const receivedOn = t.receivedOn ?? `2026-03-${String(1 + (index % 28)).padStart(2, "0")}`;
    if (t.surveySlug) {
      const [survey] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, t.surveySlug));
      const [version] = await db.select({ id: surveyVersions.id }).from(surveyVersions).where(eq(surveyVersions.surveyId, survey!.id)).orderBy(asc(surveyVersions.version));
      const responseId = randomUUID();
      await db.insert(responses).values({ id: responseId, surveyId: survey!.id, surveyVersionId: version!.id, status: "submitted", startedOn: receivedOn, submittedOn: receivedOn });
      const [item] = await db
        .insert(textItems)
        .values({ partnershipId: pid, surveyId: survey!.id, responseId, questionId: t.questionId ?? "one-change", redacted: t.text, receivedOn })
        .returning({ id: textItems.id });
      ids.push(item!.id);
    } else {
      const feedbackId = randomUUID();
      await db.insert(feedback).values({ id: feedbackId, partnershipId: pid, text: t.text, receivedOn });
      const [item] = await db.insert(textItems).values({ partnershipId: pid, feedbackId, redacted: t.text, receivedOn }).returning({ id: textItems.id });
      ids.push(item!.id);
    }
  }
  return ids;
}

/** Stores suggestions directly (code → score and phrases) for a text item. */
export async function addSuggestions(db: Database, slug: string, itemId: string, suggestions: { code: string; score: number; phrases?: string[]; similar?: string[] }[]) {
  const pid = await partnershipId(db, slug);
  const codes = await db
    .select({ id: codebookCodes.id, code: codebookCodes.code })
    .from(codebookCodes)
    .where(and(eq(codebookCodes.partnershipId, pid), inArray(codebookCodes.code, suggestions.map((s) => s.code))));
  const idOf = new Map(codes.map((c) => [c.code, c.id]));
  await db.insert(codeSuggestions).values(
    suggestions.map((s) => ({ textItemId: itemId, codeId: idOf.get(s.code)!, score: s.score, reason: { phrases: s.phrases ?? [], similar: s.similar ?? [] } })),
  );
}
