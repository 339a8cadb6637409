import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { codebookCodes } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { DEFAULT_CODEBOOK } from "~/modules/themes/codebook";
import type { CodeDefinition } from "~/modules/themes/suggest";
import { firstErrors, type FieldErrors } from "~/modules/workspace/form";
import type { DbOrTx } from "./db";

// A partnership's codebook: the 16 built-in codes, seeded the first time
// anything needs them, and the partnership's own. Codes never change once
// made (reports and codings refer to them); labels, descriptions and example
// phrases can. Custom codes can be archived (kept for old codings, no longer
// offered); built-in ones cannot.

export const CODE_FORMAT = /^[a-z][a-z0-9_]*$/;
export const MAX_EXAMPLES = 20;

export interface CodebookCode extends CodeDefinition {
  id: string;
  builtIn: boolean;
  archived: boolean;
}

/** Seeds the built-in codes for a partnership that lacks any of them. Safe to run again and at once. */
export async function ensureCodebook(db: DbOrTx, partnershipId: string): Promise<void> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(codebookCodes)
    .where(and(eq(codebookCodes.partnershipId, partnershipId), eq(codebookCodes.builtIn, true)));
  if (Number(row?.n ?? 0) >= DEFAULT_CODEBOOK.length) return;
  await db
    .insert(codebookCodes)
    .values(
      DEFAULT_CODEBOOK.map((c) => ({
        partnershipId,
        code: c.code,
        label: c.label,
        staffDescription: c.staffDescription,
        childDescription: c.childDescription,
        examplePhrases: [...c.examplePhrases],
        builtIn: true,
      })),
    )
    .onConflictDoNothing({ target: [codebookCodes.partnershipId, codebookCodes.code] });
}

function toCode(row: typeof codebookCodes.$inferSelect): CodebookCode {
  return {
    id: row.id,
    code: row.code,
    label: row.label,
    staffDescription: row.staffDescription,
    childDescription: row.childDescription,
    examplePhrases: row.examplePhrases,
    builtIn: row.builtIn,
    archived: row.archivedAt !== null,
  };
}

/** The partnership's codes (seeded first if need be): built-in ones in the codebook's order, then its own by label. */
export async function listCodes(db: DbOrTx, partnershipId: string, { includeArchived = false } = {}): Promise<CodebookCode[]> {
  await ensureCodebook(db, partnershipId);
  const rows = await db
    .select()
    .from(codebookCodes)
    .where(and(eq(codebookCodes.partnershipId, partnershipId), includeArchived ? undefined : isNull(codebookCodes.archivedAt)))
    .orderBy(asc(codebookCodes.label));
  const order = new Map(DEFAULT_CODEBOOK.map((c, i) => [c.code, i]));
  return rows
    .map(toCode)
    .sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99) || a.label.localeCompare(b.label, "en-GB"));
}

export async function findCode(db: DbOrTx, partnershipId: string, codeId: string): Promise<CodebookCode | null> {
  if (!z.uuid().safeParse(codeId).success) return null;
  const [row] = await db.select().from(codebookCodes).where(and(eq(codebookCodes.id, codeId), eq(codebookCodes.partnershipId, partnershipId)));
  return row ? toCode(row) : null;
}

export type CodeField = "code" | "label" | "staffDescription" | "childDescription" | "examplePhrases";
export type CodeErrors = FieldErrors<CodeField>;
export interface CodeValues {
  code: string;
  label: string;
  staffDescription: string;
  childDescription: string;
  /** One phrase a line. */
  examplePhrases: string;
}

/** Example phrases: one a line, trimmed, no blanks or repeats. */
export function phrasesFrom(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n|,/)) {
    const phrase = line.trim().replace(/\s+/g, " ");
    if (!phrase || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    out.push(phrase);
  }
  return out;
}

const describedCode = z.object({
  label: z.string().min(1, "coding:errors.labelMissing").max(80, "coding:errors.labelTooLong"),
  staffDescription: z.string().min(1, "coding:errors.staffDescriptionMissing").max(600, "coding:errors.descriptionTooLong"),
  childDescription: z.string().max(600, "coding:errors.descriptionTooLong"),
  examplePhrases: z
    .array(z.string().max(80, "coding:errors.phraseTooLong"))
    .max(MAX_EXAMPLES, "coding:errors.tooManyPhrases"),
});

const newCode = describedCode.extend({
  code: z.string().min(1, "coding:errors.codeMissing").max(40, "coding:errors.codeTooLong").regex(CODE_FORMAT, "coding:errors.codeFormat"),
});

function parsed(values: CodeValues) {
  return {
    code: values.code,
    label: values.label,
    staffDescription: values.staffDescription,
    childDescription: values.childDescription,
    examplePhrases: phrasesFrom(values.examplePhrases),
  };
}

export type CodeSaveResult = { ok: true; codeId: string } | { ok: false; errors: CodeErrors };

/** Adds a code of the partnership's own; audited (`code_created`). */
export async function addCode(
  db: DbOrTx,
  { partnershipId, actorId, values, source = "codebook" }: { partnershipId: string; actorId: string; values: CodeValues; source?: "codebook" | "emergent_group" },
): Promise<CodeSaveResult> {
  const result = newCode.safeParse(parsed(values));
  if (!result.success) return { ok: false, errors: firstErrors<CodeField>(result) };
  await ensureCodebook(db, partnershipId);
  const [taken] = await db
    .select({ id: codebookCodes.id })
    .from(codebookCodes)
    .where(and(eq(codebookCodes.partnershipId, partnershipId), eq(codebookCodes.code, result.data.code)));
  if (taken) return { ok: false, errors: { code: "coding:errors.codeTaken" } };
  const [made] = await db
    .insert(codebookCodes)
    .values({ partnershipId, ...result.data, builtIn: false })
    .onConflictDoNothing({ target: [codebookCodes.partnershipId, codebookCodes.code] })
    .returning({ id: codebookCodes.id });
  if (!made) return { ok: false, errors: { code: "coding:errors.codeTaken" } };
  await recordAudit(db, { actorId, partnershipId, action: "code_created", subjectType: "codebook_code", subjectId: made.id, details: { source } });
  return { ok: true, codeId: made.id };
}

/** Changes a code's label, descriptions and example phrases (never the code itself); audited (`code_changed`). */
export async function updateCode(
  db: DbOrTx,
  { partnershipId, actorId, codeId, values }: { partnershipId: string; actorId: string; codeId: string; values: Omit<CodeValues, "code"> },
): Promise<CodeSaveResult | null> {
  const code = await findCode(db, partnershipId, codeId);
  if (!code) return null;
  const result = describedCode.safeParse(parsed({ ...values, code: code.code }));
  if (!result.success) return { ok: false, errors: firstErrors<CodeField>(result) };
  await db.update(codebookCodes).set(result.data).where(eq(codebookCodes.id, code.id));
  await recordAudit(db, { actorId, partnershipId, action: "code_changed", subjectType: "codebook_code", subjectId: code.id, details: { change: "edited" } });
  return { ok: true, codeId: code.id };
}

/** Archives a custom code (built-in ones stay); audited (`code_changed`). False if there is no such custom code. */
export async function archiveCode(db: DbOrTx, { partnershipId, actorId, codeId }: { partnershipId: string; actorId: string; codeId: string }): Promise<boolean> {
  const code = await findCode(db, partnershipId, codeId);
  if (!code || code.builtIn || code.archived) return false;
  await db.update(codebookCodes).set({ archivedAt: new Date() }).where(eq(codebookCodes.id, code.id));
  await recordAudit(db, { actorId, partnershipId, action: "code_changed", subjectType: "codebook_code", subjectId: code.id, details: { change: "archived" } });
  return true;
}

/** A code (and its label) made from words: "bus fares" → "bus_fares". */
export function codeFromWords(words: readonly string[]): string {
  const slug = words
    .slice(0, 2)
    .join("_")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+/g, "_")
    .replace(/_$/, "")
    .slice(0, 40);
  return slug || "new_code";
}
