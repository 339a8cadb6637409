import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { codebookCodes, codingSampleItems, codingSamples, codings, textItems } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import type { DbOrTx } from "./db";
import { decisionsByCoder } from "./codings.server";
import { cohensKappa, type KappaResult } from "./kappa";

// Blind double coding: a random sample of texts that two (or more) analysts
// code without seeing each other's decisions, then agreement per code.

export const SAMPLE_MIN = 2;
export const SAMPLE_MAX = 500;

export interface SampleSummary {
  id: string;
  name: string;
  items: number;
  createdAt: string;
}

export async function listSamples(db: DbOrTx, partnershipId: string): Promise<SampleSummary[]> {
  const rows = await db
    .select({ id: codingSamples.id, name: codingSamples.name, createdAt: codingSamples.createdAt, items: count(codingSampleItems.textItemId) })
    .from(codingSamples)
    .leftJoin(codingSampleItems, eq(codingSampleItems.sampleId, codingSamples.id))
    .where(eq(codingSamples.partnershipId, partnershipId))
    .groupBy(codingSamples.id)
    .orderBy(desc(codingSamples.createdAt), asc(codingSamples.id));
  return rows.map((r) => ({ id: r.id, name: r.name, items: Number(r.items), createdAt: r.createdAt.toISOString() }));
}

export type SampleErrors = Partial<Record<"name" | "size", string>>;

/** Makes a sample of `size` random texts of the partnership (fewer if it has fewer); audited. */
export async function createSample(
  db: DbOrTx,
  { partnershipId, actorId, name, size }: { partnershipId: string; actorId: string; name: string; size: string },
): Promise<{ ok: true; sampleId: string; items: number } | { ok: false; errors: SampleErrors }> {
  const errors: SampleErrors = {};
  if (!name) errors.name = "coding:errors.sampleNameMissing";
  else if (name.length > 120) errors.name = "coding:errors.sampleNameTooLong";
  const n = Number(size);
  if (!/^\d+$/.test(size) || n < SAMPLE_MIN || n > SAMPLE_MAX) errors.size = "coding:errors.sampleSize";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const picked = await db
    .select({ id: textItems.id })
    .from(textItems)
    .where(eq(textItems.partnershipId, partnershipId))
    .orderBy(sql`random()`)
    .limit(n);
  if (picked.length === 0) return { ok: false, errors: { size: "coding:errors.sampleNoTexts" } };
  const [sample] = await db.insert(codingSamples).values({ partnershipId, name, createdBy: actorId }).returning({ id: codingSamples.id });
  await db.insert(codingSampleItems).values(picked.map((p) => ({ sampleId: sample!.id, textItemId: p.id })));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "coding_sample_created",
    subjectType: "coding_sample",
    subjectId: sample!.id,
    details: { items: picked.length },
  });
  return { ok: true, sampleId: sample!.id, items: picked.length };
}

export interface CodeAgreement {
  codeId: string;
  code: string;
  label: string;
  result: KappaResult;
}

export interface Agreement {
  items: number;
  coders: { id: string; name: string; decisions: number }[];
  /** Texts both compared coders coded (made at least one decision on). */
  bothCoded: number;
  codes: CodeAgreement[];
}

/**
 * Agreement on a sample: the two coders with most decisions on it; for each
 * code either of them used, yes (accepted) or no on each text both coded, and
 * Cohen's kappa. Null for a foreign or unknown sample.
 */
export async function sampleAgreement(db: DbOrTx, partnershipId: string, sampleId: string): Promise<Agreement | null> {
  const [sample] = await db
    .select({ id: codingSamples.id })
    .from(codingSamples)
    .where(and(eq(codingSamples.id, sampleId), eq(codingSamples.partnershipId, partnershipId)));
  if (!sample) return null;
  const itemIds = (await db.select({ id: codingSampleItems.textItemId }).from(codingSampleItems).where(eq(codingSampleItems.sampleId, sample.id))).map(
    (r) => r.id,
  );
  const ranked = await decisionsByCoder(db, itemIds);
  const coders = ranked.slice(0, 2).map((c) => ({ id: c.coderId, name: c.name, decisions: c.decisions }));
  if (coders.length < 2) return { items: itemIds.length, coders, bothCoded: 0, codes: [] };
  const [a, b] = coders as [(typeof coders)[0], (typeof coders)[0]];
  const rows = await db
    .select({ itemId: codings.textItemId, codeId: codings.codeId, coderId: codings.coderId, decision: codings.decision, code: codebookCodes.code, label: codebookCodes.label })
    .from(codings)
    .innerJoin(codebookCodes, eq(codebookCodes.id, codings.codeId))
    .where(and(inArray(codings.textItemId, itemIds), inArray(codings.coderId, [a.id, b.id])));
  const codedBy = (coder: string) => new Set(rows.filter((r) => r.coderId === coder).map((r) => r.itemId));
  const codedA = codedBy(a.id);
  const codedB = codedBy(b.id);
  const both = itemIds.filter((id) => codedA.has(id) && codedB.has(id)).sort();
  const yes = new Set(rows.filter((r) => r.decision === "accepted").map((r) => `${r.coderId}|${r.itemId}|${r.codeId}`));
  const used = new Map<string, { code: string; label: string }>();
  for (const r of rows) if (r.decision === "accepted" && both.includes(r.itemId)) used.set(r.codeId, { code: r.code, label: r.label });
  const codes = [...used.entries()]
    .map(([codeId, { code, label }]) => ({
      codeId,
      code,
      label,
      result: cohensKappa(
        both.map((item) => yes.has(`${a.id}|${item}|${codeId}`)),
        both.map((item) => yes.has(`${b.id}|${item}|${codeId}`)),
      ),
    }))
    .sort((x, y) => x.label.localeCompare(y.label, "en-GB"));
  return { items: itemIds.length, coders, bothCoded: both.length, codes };
}
