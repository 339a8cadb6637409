import { and, asc, count, eq, inArray, notExists, sql } from "drizzle-orm";
import { codings, quotes, textItems } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { findCode, listCodes } from "./codebook.server";
import type { DbOrTx } from "./db";
import { chooseQuotes, QUOTES_PER_CODE } from "./quote-selection";
import { isUuid } from "./items.server";

// Quotes for each code: short, clear, varied excerpts of REDACTED texts that
// carry the code (accepted). Proposed by Heard, approved or rejected by a
// person; only approved quotes are ready to leave the team.

const CANDIDATES = 400;

export interface QuoteView {
  id: string;
  excerpt: string;
  status: "proposed" | "approved" | "rejected";
}

/** Proposes quotes for a code until it has five proposed or approved ones (if its texts allow). */
export async function proposeQuotes(db: DbOrTx, partnershipId: string, codeId: string): Promise<void> {
  const current = await db
    .select({ excerpt: quotes.excerpt, status: quotes.status })
    .from(quotes)
    .innerJoin(textItems, eq(textItems.id, quotes.textItemId))
    .where(and(eq(quotes.codeId, codeId), eq(textItems.partnershipId, partnershipId)));
  const live = current.filter((q) => q.status !== "rejected");
  const wanted = QUOTES_PER_CODE - live.length;
  if (wanted <= 0) return;
  const texts = await db
    .selectDistinct({ id: textItems.id, redacted: textItems.redacted })
    .from(textItems)
    .innerJoin(codings, and(eq(codings.textItemId, textItems.id), eq(codings.codeId, codeId), eq(codings.decision, "accepted")))
    .where(
      and(
        eq(textItems.partnershipId, partnershipId),
        notExists(db.select({ one: sql`1` }).from(quotes).where(and(eq(quotes.textItemId, textItems.id), eq(quotes.codeId, codeId)))),
      ),
    )
    .orderBy(asc(textItems.id))
    .limit(CANDIDATES);
  const chosen = chooseQuotes(texts, { count: wanted, avoid: live.map((q) => q.excerpt) });
  if (chosen.length > 0) {
    await db
      .insert(quotes)
      .values(chosen.map((q) => ({ textItemId: q.id, codeId, excerpt: q.excerpt })))
      .onConflictDoNothing();
  }
}

/** A code's quotes (proposed first being lazily made): proposed and approved ones, and how many were rejected. */
export async function codeQuotes(db: DbOrTx, partnershipId: string, codeId: string): Promise<{ quotes: QuoteView[]; rejected: number } | null> {
  const code = await findCode(db, partnershipId, codeId);
  if (!code) return null;
  await proposeQuotes(db, partnershipId, code.id);
  const rows = await db
    .select({ id: quotes.id, excerpt: quotes.excerpt, status: quotes.status })
    .from(quotes)
    .innerJoin(textItems, eq(textItems.id, quotes.textItemId))
    .where(and(eq(quotes.codeId, code.id), eq(textItems.partnershipId, partnershipId)))
    .orderBy(asc(quotes.id));
  const order = { approved: 0, proposed: 1, rejected: 2 } as const;
  return {
    quotes: rows.filter((r) => r.status !== "rejected").sort((a, b) => order[a.status] - order[b.status]),
    rejected: rows.filter((r) => r.status === "rejected").length,
  };
}

/** Each code with its texts (accepted) and approved quotes, for the quotes page. */
export async function quoteOverview(db: DbOrTx, partnershipId: string) {
  const codes = await listCodes(db, partnershipId);
  const ids = codes.map((c) => c.id);
  const [texts, approved] = await Promise.all([
    db
      .select({ codeId: codings.codeId, n: sql<number>`count(distinct ${codings.textItemId})::int` })
      .from(codings)
      .innerJoin(textItems, eq(textItems.id, codings.textItemId))
      .where(and(eq(textItems.partnershipId, partnershipId), eq(codings.decision, "accepted"), inArray(codings.codeId, ids)))
      .groupBy(codings.codeId),
    db
      .select({ codeId: quotes.codeId, n: count() })
      .from(quotes)
      .where(and(eq(quotes.status, "approved"), inArray(quotes.codeId, ids)))
      .groupBy(quotes.codeId),
  ]);
  const textCount = new Map(texts.map((r) => [r.codeId, Number(r.n)]));
  const approvedCount = new Map(approved.map((r) => [r.codeId, Number(r.n)]));
  return codes.map((c) => ({ id: c.id, label: c.label, code: c.code, texts: textCount.get(c.id) ?? 0, approved: approvedCount.get(c.id) ?? 0 }));
}

/** Approves or rejects a proposed quote of the partnership; approving is audited (`quote_approved`), rejecting too (`quote_rejected`). */
export async function decideQuote(
  db: DbOrTx,
  { partnershipId, actorId, quoteId, decision }: { partnershipId: string; actorId: string; quoteId: string; decision: "approved" | "rejected" },
): Promise<{ codeId: string } | null> {
  if (!isUuid(quoteId)) return null;
  const [quote] = await db
    .select({ id: quotes.id, codeId: quotes.codeId })
    .from(quotes)
    .innerJoin(textItems, eq(textItems.id, quotes.textItemId))
    .where(and(eq(quotes.id, quoteId), eq(textItems.partnershipId, partnershipId)));
  if (!quote) return null;
  await db.update(quotes).set({ status: decision, decidedBy: actorId, decidedAt: new Date() }).where(eq(quotes.id, quote.id));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: decision === "approved" ? "quote_approved" : "quote_rejected",
    subjectType: "quote",
    subjectId: quote.id,
    details: { codeId: quote.codeId },
  });
  return { codeId: quote.codeId };
}

/** For reports: a code's approved quotes (redacted excerpts), the only ones ready to leave the team. */
export async function approvedQuotes(db: DbOrTx, partnershipId: string, codeId: string): Promise<{ id: string; excerpt: string; textItemId: string }[]> {
  if (!isUuid(codeId)) return [];
  return db
    .select({ id: quotes.id, excerpt: quotes.excerpt, textItemId: quotes.textItemId })
    .from(quotes)
    .innerJoin(textItems, eq(textItems.id, quotes.textItemId))
    .where(and(eq(quotes.codeId, codeId), eq(quotes.status, "approved"), eq(textItems.partnershipId, partnershipId)))
    .orderBy(asc(quotes.decidedAt), asc(quotes.id));
}
