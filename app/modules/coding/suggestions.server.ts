import { and, desc, eq, inArray, notExists, sql } from "drizzle-orm";
import { codebookCodes, codeSuggestions, codings, textItems } from "#db/schema/index.ts";
import { suggestCodes, type CodeDefinition, type LearnedExample } from "~/modules/themes/suggest";
import { listCodes } from "./codebook.server";
import type { DbOrTx } from "./db";

// Suggested codes, stored: computed once per text (when the coding screen
// first meets a text without any), from the partnership's codebook and its
// accepted codings (so suggestions learn from what analysts accepted).

export type SuggestFn = typeof suggestCodes;

/** How many of the partnership's coded texts the suggester learns from (the latest). */
export const LEARNED_LIMIT = 500;
const MAX_PHRASES = 8;
const MAX_SIMILAR = 5;

/** The partnership's texts with accepted codes, newest decisions first: what suggestions learn from. */
export async function learnedExamples(db: DbOrTx, partnershipId: string, limit = LEARNED_LIMIT): Promise<LearnedExample[]> {
  const rows = await db
    .select({
      id: textItems.id,
      text: textItems.redacted,
      codes: sql<string[]>`array_agg(distinct ${codebookCodes.code} order by ${codebookCodes.code})`,
    })
    .from(codings)
    .innerJoin(textItems, eq(textItems.id, codings.textItemId))
    .innerJoin(codebookCodes, eq(codebookCodes.id, codings.codeId))
    .where(and(eq(textItems.partnershipId, partnershipId), eq(codings.decision, "accepted")))
    .groupBy(textItems.id, textItems.redacted)
    .orderBy(desc(sql`max(${codings.decidedAt})`), textItems.id)
    .limit(limit);
  return rows.map((r) => ({ id: r.id, text: r.text, codes: r.codes }));
}

/**
 * Computes and stores suggestions for the partnership's texts among `itemIds`
 * that have none yet. Returns how many texts were analysed. If the suggester
 * fails, the texts are left without suggestions (coding still works) and it is
 * not asked again in this call.
 */
export async function suggestForItems(db: DbOrTx, partnershipId: string, itemIds: readonly string[], suggest: SuggestFn = suggestCodes): Promise<number> {
  if (itemIds.length === 0) return 0;
  const pending = await db
    .select({ id: textItems.id, text: textItems.redacted })
    .from(textItems)
    .where(
      and(
        eq(textItems.partnershipId, partnershipId),
        inArray(textItems.id, [...itemIds]),
        notExists(db.select({ one: sql`1` }).from(codeSuggestions).where(eq(codeSuggestions.textItemId, textItems.id))),
      ),
    );
  if (pending.length === 0) return 0;
  const codes = await listCodes(db, partnershipId);
  const codebook: CodeDefinition[] = codes.map(({ code, label, staffDescription, childDescription, examplePhrases }) => ({
    code,
    label,
    staffDescription,
    childDescription,
    examplePhrases,
  }));
  const idOf = new Map(codes.map((c) => [c.code, c.id]));
  const learned = await learnedExamples(db, partnershipId);
  let analysed = 0;
  for (const item of pending) {
    let found;
    try {
      found = suggest(
        item.text,
        codebook,
        learned.filter((l) => l.id !== item.id),
      );
    } catch (error) {
      console.error(`Heard: theme suggestions failed (${error instanceof Error ? error.message : "unknown error"})`);
      break;
    }
    analysed++;
    const rows = found
      .filter((s) => idOf.has(s.code) && Number.isFinite(s.score))
      .map((s) => ({
        textItemId: item.id,
        codeId: idOf.get(s.code)!,
        score: Math.min(1, Math.max(0, s.score)),
        reason: { phrases: s.reason.phrases.slice(0, MAX_PHRASES), similar: s.reason.similar.slice(0, MAX_SIMILAR) },
      }));
    if (rows.length > 0) await db.insert(codeSuggestions).values(rows).onConflictDoNothing();
  }
  return analysed;
}
