import { and, asc, desc, eq, exists, inArray, not, sql } from "drizzle-orm";
import { codeSuggestions, codings, textItems } from "#db/schema/index.ts";
import { addCode, codeFromWords, type CodeSaveResult, type CodeValues } from "./codebook.server";
import { clusterTexts } from "./cluster";
import type { DbOrTx } from "./db";
import { isUuid } from "./items.server";
import { suggestForItems, type SuggestFn } from "./suggestions.server";
import { contentWords } from "./text-features";

// Emergent themes: texts the codebook covers poorly (no accepted code, and no
// suggestion at least COVERAGE_THRESHOLD sure) are grouped by what they say,
// so an analyst can see what the codebook misses and make a code of it.

export const COVERAGE_THRESHOLD = 0.5;
/** The newest poorly covered texts that are grouped. */
export const EMERGING_LIMIT = 300;
export const MAX_GROUPS = 12;
const REPRESENTATIVES = 3;

export interface EmergingGroup {
  keyWords: string[];
  size: number;
  itemIds: string[];
  representatives: { id: string; redacted: string }[];
  /** The new code's fields, prefilled from the key words. */
  prefill: CodeValues;
}

function poorlyCovered() {
  return and(
    not(exists(sql`(select 1 from ${codings} where ${codings.textItemId} = ${textItems.id} and ${codings.decision} = 'accepted')`)),
    not(
      exists(
        sql`(select 1 from ${codeSuggestions} where ${codeSuggestions.textItemId} = ${textItems.id} and ${codeSuggestions.score} >= ${COVERAGE_THRESHOLD})`,
      ),
    ),
  );
}

export function prefillFor(keyWords: readonly string[]): CodeValues {
  const words = keyWords.slice(0, 3);
  const label = words.length > 0 ? words.join(", ").replace(/^./, (c) => c.toUpperCase()) : "";
  return {
    code: codeFromWords(keyWords),
    label,
    staffDescription: words.length > 0 ? `Answers about ${words.join(", ")}.` : "",
    childDescription: "",
    examplePhrases: keyWords.join("\n"),
  };
}

/** The groups of poorly covered texts, biggest first. Texts not yet analysed get their suggestions first. */
export async function emergingGroups(db: DbOrTx, partnershipId: string, suggest?: SuggestFn): Promise<{ uncovered: number; groups: EmergingGroup[] }> {
  const candidates = () =>
    db
      .select({ id: textItems.id, text: textItems.redacted })
      .from(textItems)
      .where(and(eq(textItems.partnershipId, partnershipId), poorlyCovered()))
      .orderBy(desc(textItems.receivedOn), asc(textItems.id))
      .limit(EMERGING_LIMIT);
  let texts = await candidates();
  if ((await suggestForItems(db, partnershipId, texts.map((t) => t.id), suggest)) > 0) texts = await candidates();
  const byId = new Map(texts.map((t) => [t.id, t.text]));
  const groups = clusterTexts(texts)
    .slice(0, MAX_GROUPS)
    .map((cluster) => ({
      keyWords: cluster.keyWords,
      size: cluster.ids.length,
      itemIds: cluster.ids,
      representatives: cluster.ids.slice(0, REPRESENTATIVES).map((id) => ({ id, redacted: byId.get(id)! })),
      prefill: prefillFor(cluster.keyWords),
    }));
  return { uncovered: texts.length, groups };
}

/**
 * "Make this a code": adds the code (audited, from an emergent group) and
 * suggests it for the group's texts, with the example phrases each contains as
 * the reason, so analysts confirm it on the coding screen.
 */
export async function makeCodeFromGroup(
  db: DbOrTx,
  { partnershipId, actorId, values, itemIds }: { partnershipId: string; actorId: string; values: CodeValues; itemIds: readonly string[] },
): Promise<CodeSaveResult> {
  const made = await addCode(db, { partnershipId, actorId, values, source: "emergent_group" });
  if (!made.ok) return made;
  const ids = [...new Set(itemIds.filter(isUuid))].slice(0, EMERGING_LIMIT);
  if (ids.length === 0) return made;
  const items = await db
    .select({ id: textItems.id, text: textItems.redacted })
    .from(textItems)
    .where(and(eq(textItems.partnershipId, partnershipId), inArray(textItems.id, ids)));
  const phrases = values.examplePhrases
    .split(/\r?\n|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  const rows = items.map((item) => {
    const words = new Set(contentWords(item.text).map((t) => t.stem));
    const lower = item.text.toLowerCase();
    const found = phrases.filter((p) => lower.includes(p.toLowerCase()) || contentWords(p).every((t) => words.has(t.stem))).slice(0, 8);
    return { textItemId: item.id, codeId: made.codeId, score: COVERAGE_THRESHOLD, reason: { phrases: found, similar: [] as string[] } };
  });
  if (rows.length > 0) await db.insert(codeSuggestions).values(rows).onConflictDoNothing();
  return made;
}
