import { and, asc, count, countDistinct, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { codebookCodes, codeSuggestions, codingSamples, codings, staffUsers, textItems } from "#db/schema/index.ts";
import { findCode, listCodes } from "./codebook.server";
import type { DbOrTx } from "./db";
import { excerpts, isUuid, loadItem, scopeIds, surveysWithTexts, type ItemScope, type ItemView } from "./items.server";
import type { ScreenQuery } from "./screen-query";

export { screenHref, screenQuery, type ScreenQuery } from "./screen-query";
import { suggestForItems, type SuggestFn } from "./suggestions.server";

// The coding screen: one text at a time, its suggested codes with why, and
// each analyst's decisions (one row per coder per code per text). Accepted
// codes are what reports count.

export type Decision = "accepted" | "rejected";

export interface SuggestionView {
  codeId: string;
  code: string;
  label: string;
  score: number;
  phrases: string[];
  similar: { id: string; excerpt: string }[];
  /** This coder's decision. */
  decision: Decision | null;
}

export interface CodingScreen {
  surveys: { id: string; title: string }[];
  sample: { id: string; name: string } | null;
  total: number;
  coded: number;
  /** Texts the filters leave (with "not yet coded", fewer than total). */
  inView: number;
  position: number | null;
  previousId: string | null;
  nextId: string | null;
  item: ItemView | null;
  suggestions: SuggestionView[];
  /** Codes this coder added that were not suggested. */
  added: { codeId: string; code: string; label: string; decision: Decision }[];
  /** Codes other analysts accepted (never shown in a blind sample). */
  othersAccepted: { code: string; label: string }[] | null;
  codebook: { id: string; code: string; label: string }[];
}

export async function findSample(db: DbOrTx, partnershipId: string, sampleId: string | null): Promise<{ id: string; name: string } | null> {
  if (!isUuid(sampleId)) return null;
  const [row] = await db
    .select({ id: codingSamples.id, name: codingSamples.name })
    .from(codingSamples)
    .where(and(eq(codingSamples.id, sampleId), eq(codingSamples.partnershipId, partnershipId)));
  return row ?? null;
}

/**
 * Everything the coding screen shows. Null when the address names a text or
 * sample the partnership does not have (the route answers 404).
 */
export async function loadCodingScreen(
  db: DbOrTx,
  { partnershipId, coderId, query, suggest }: { partnershipId: string; coderId: string; query: ScreenQuery; suggest?: SuggestFn },
): Promise<CodingScreen | null> {
  const sample = await findSample(db, partnershipId, query.sampleId);
  if (query.sampleId && !sample) return null;
  const scope: ItemScope = { partnershipId, coderId, surveyId: query.surveyId, sampleId: sample?.id ?? null, onlyUncoded: query.onlyUncoded };
  const [{ ids, total, coded }, surveyList, codes] = await Promise.all([scopeIds(db, scope), surveysWithTexts(db, partnershipId), listCodes(db, partnershipId)]);
  let itemId = query.itemId ?? ids[0] ?? null;
  let item: ItemView | null = null;
  if (itemId) {
    item = await loadItem(db, partnershipId, itemId);
    if (!item) return null;
    itemId = item.id;
  }
  const position = itemId ? ids.indexOf(itemId) : -1;
  // In "not yet coded", a text just coded has left the list: its neighbours are still found from the whole scope.
  let previousId: string | null = null;
  let nextId: string | null = null;
  if (position >= 0) {
    previousId = ids[position - 1] ?? null;
    nextId = ids[position + 1] ?? null;
  } else if (itemId) {
    const all = scope.onlyUncoded ? (await scopeIds(db, { ...scope, onlyUncoded: false })).ids : ids;
    const at = all.indexOf(itemId);
    const inView = new Set(ids);
    previousId = all.slice(0, Math.max(at, 0)).reverse().find((id) => inView.has(id)) ?? null;
    nextId = all.slice(at + 1).find((id) => inView.has(id)) ?? null;
  }

  let suggestions: SuggestionView[] = [];
  let added: CodingScreen["added"] = [];
  let othersAccepted: CodingScreen["othersAccepted"] = sample ? null : [];
  if (item) {
    // Suggestions for this text and the next few, stored the first time they are needed.
    const upcoming = [item.id, ...(position >= 0 ? ids.slice(position + 1, position + 6) : [])];
    await suggestForItems(db, partnershipId, upcoming, suggest);
    const [suggested, decisions] = await Promise.all([
      db
        .select({ codeId: codeSuggestions.codeId, score: codeSuggestions.score, reason: codeSuggestions.reason, code: codebookCodes.code, label: codebookCodes.label })
        .from(codeSuggestions)
        .innerJoin(codebookCodes, eq(codebookCodes.id, codeSuggestions.codeId))
        .where(eq(codeSuggestions.textItemId, item.id))
        .orderBy(desc(codeSuggestions.score), asc(codebookCodes.label)),
      db
        .select({ codeId: codings.codeId, coderId: codings.coderId, decision: codings.decision, code: codebookCodes.code, label: codebookCodes.label })
        .from(codings)
        .innerJoin(codebookCodes, eq(codebookCodes.id, codings.codeId))
        .where(eq(codings.textItemId, item.id))
        .orderBy(asc(codebookCodes.label)),
    ]);
    const mine = new Map(decisions.filter((d) => d.coderId === coderId).map((d) => [d.codeId, d]));
    const similarIds = [...new Set(suggested.flatMap((s) => s.reason.similar))].filter((id) => id !== item.id);
    const similar = await excerpts(db, partnershipId, similarIds);
    suggestions = suggested.map((s) => ({
      codeId: s.codeId,
      code: s.code,
      label: s.label,
      score: s.score,
      phrases: s.reason.phrases,
      similar: s.reason.similar.filter((id) => similar.has(id)).map((id) => ({ id, excerpt: similar.get(id)! })),
      decision: mine.get(s.codeId)?.decision ?? null,
    }));
    const suggestedIds = new Set(suggested.map((s) => s.codeId));
    added = [...mine.values()]
      .filter((d) => !suggestedIds.has(d.codeId))
      .map((d) => ({ codeId: d.codeId, code: d.code, label: d.label, decision: d.decision }));
    if (!sample) {
      const seen = new Set<string>();
      othersAccepted = decisions
        .filter((d) => d.coderId !== coderId && d.decision === "accepted" && !seen.has(d.codeId) && seen.add(d.codeId))
        .map((d) => ({ code: d.code, label: d.label }));
    }
  }
  return {
    surveys: surveyList,
    sample,
    total,
    coded,
    inView: ids.length,
    position: position >= 0 ? position + 1 : null,
    previousId,
    nextId,
    item,
    suggestions,
    added,
    othersAccepted,
    codebook: codes.map((c) => ({ id: c.id, code: c.code, label: c.label })),
  };
}

export type DecideResult = "saved" | "not_found" | "code_missing";

/**
 * Records a coder's decision on a code for a text: accept or reject (a
 * suggestion), add (accepted, for a code not suggested), or clear (undo).
 */
export async function decide(
  db: DbOrTx,
  {
    partnershipId,
    coderId,
    itemId,
    codeId,
    intent,
  }: { partnershipId: string; coderId: string; itemId: string; codeId: string; intent: "accept" | "reject" | "add" | "clear" },
): Promise<DecideResult> {
  if (!isUuid(itemId)) return "not_found";
  const [item] = await db
    .select({ id: textItems.id })
    .from(textItems)
    .where(and(eq(textItems.id, itemId), eq(textItems.partnershipId, partnershipId)));
  if (!item) return "not_found";
  const code = codeId ? await findCode(db, partnershipId, codeId) : null;
  if (!code || (code.archived && intent !== "clear")) return intent === "add" ? "code_missing" : "not_found";
  if (intent === "clear") {
    await db.delete(codings).where(and(eq(codings.textItemId, item.id), eq(codings.codeId, code.id), eq(codings.coderId, coderId)));
    return "saved";
  }
  const decision: Decision = intent === "reject" ? "rejected" : "accepted";
  await db
    .insert(codings)
    .values({ textItemId: item.id, codeId: code.id, coderId, decision })
    .onConflictDoUpdate({ target: [codings.textItemId, codings.codeId, codings.coderId], set: { decision, decidedAt: new Date() } });
  return "saved";
}

export interface CountFilters {
  surveyId?: string | null;
  /** Received on or after (YYYY-MM-DD). */
  from?: string | null;
  /** Received on or before (YYYY-MM-DD). */
  to?: string | null;
  questionCode?: string | null;
}

/**
 * For reports: how many texts carry each code, counting accepted codings only
 * (a text counts once per code, however many analysts accepted it). Every
 * active code is listed, with 0 where none.
 */
export async function acceptedCodeCounts(
  db: DbOrTx,
  partnershipId: string,
  filters: CountFilters = {},
): Promise<{ codeId: string; code: string; label: string; texts: number }[]> {
  const where: SQL[] = [eq(textItems.partnershipId, partnershipId), eq(codings.decision, "accepted")];
  if (filters.surveyId) where.push(eq(textItems.surveyId, filters.surveyId));
  if (filters.from) where.push(gte(textItems.receivedOn, filters.from));
  if (filters.to) where.push(lte(textItems.receivedOn, filters.to));
  if (filters.questionCode) where.push(eq(textItems.questionCode, filters.questionCode));
  const [codes, rows] = await Promise.all([
    listCodes(db, partnershipId, { includeArchived: true }),
    db
      .select({ codeId: codings.codeId, texts: countDistinct(codings.textItemId) })
      .from(codings)
      .innerJoin(textItems, eq(textItems.id, codings.textItemId))
      .where(and(...where))
      .groupBy(codings.codeId),
  ]);
  const counts = new Map(rows.map((r) => [r.codeId, Number(r.texts)]));
  return codes
    .filter((c) => !c.archived || counts.has(c.id))
    .map((c) => ({ codeId: c.id, code: c.code, label: c.label, texts: counts.get(c.id) ?? 0 }));
}

/** How many decisions each coder has made on these texts (most first): for choosing the two coders to compare. */
export async function decisionsByCoder(db: DbOrTx, itemIds: readonly string[]): Promise<{ coderId: string; name: string; decisions: number }[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({ coderId: codings.coderId, name: staffUsers.displayName, decisions: count() })
    .from(codings)
    .innerJoin(staffUsers, eq(staffUsers.id, codings.coderId))
    .where(inArray(codings.textItemId, [...itemIds]))
    .groupBy(codings.coderId, staffUsers.displayName)
    .orderBy(desc(count()), asc(codings.coderId));
  return rows.map((r) => ({ ...r, decisions: Number(r.decisions) }));
}

