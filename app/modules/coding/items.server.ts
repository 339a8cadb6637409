import { and, asc, desc, eq, exists, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { codingSampleItems, codings, responses, surveyVersions, surveys, textItems } from "#db/schema/index.ts";
import type { Question } from "~/modules/survey/definition";
import type { DbOrTx } from "./db";

// Which texts a coding screen goes through, and what each one is: its
// redacted words, the question it answered and the survey, and the date.

export const isUuid = (value: string | null | undefined): value is string => !!value && z.uuid().safeParse(value).success;

export interface ItemScope {
  partnershipId: string;
  surveyId?: string | null;
  sampleId?: string | null;
  /** Only texts not yet coded: by anyone, or (in a sample) by `coderId`. */
  onlyUncoded?: boolean;
  coderId: string;
}

/** A text counts as coded once it has a decision (by anyone; in a blind sample, by this coder). */
export function codedCondition(scope: Pick<ItemScope, "sampleId" | "coderId">): SQL {
  return exists(
    sql`(select 1 from ${codings} where ${codings.textItemId} = ${textItems.id}${scope.sampleId ? sql` and ${codings.coderId} = ${scope.coderId}` : sql``})`,
  );
}

function scopeConditions(scope: ItemScope): SQL[] {
  const where: SQL[] = [eq(textItems.partnershipId, scope.partnershipId)];
  if (scope.surveyId) where.push(eq(textItems.surveyId, scope.surveyId));
  if (scope.sampleId) {
    where.push(
      exists(
        sql`(select 1 from ${codingSampleItems} where ${codingSampleItems.textItemId} = ${textItems.id} and ${codingSampleItems.sampleId} = ${scope.sampleId})`,
      ),
    );
  }
  return where;
}

/** The ids in the scope in the order the screen goes through them (oldest first), and how many are coded. */
export async function scopeIds(db: DbOrTx, scope: ItemScope): Promise<{ ids: string[]; total: number; coded: number }> {
  const rows = await db
    .select({ id: textItems.id, coded: sql<boolean>`${codedCondition(scope)}` })
    .from(textItems)
    .where(and(...scopeConditions(scope)))
    .orderBy(asc(textItems.receivedOn), asc(textItems.id));
  const coded = rows.filter((r) => r.coded).length;
  const ids = scope.onlyUncoded ? rows.filter((r) => !r.coded).map((r) => r.id) : rows.map((r) => r.id);
  return { ids, total: rows.length, coded };
}

export interface ItemView {
  id: string;
  redacted: string;
  receivedOn: string;
  surveyId: string | null;
  surveyTitle: string | null;
  /** The question's words (English), or null for feedback. */
  question: string | null;
  feedback: boolean;
}

type Definition = { title?: { en?: string }; questions?: Question[] };

/** One of the partnership's texts, or null (a foreign or unknown id is as good as missing). */
export async function loadItem(db: DbOrTx, partnershipId: string, itemId: string): Promise<ItemView | null> {
  if (!isUuid(itemId)) return null;
  const [row] = await db
    .select({
      id: textItems.id,
      redacted: textItems.redacted,
      receivedOn: textItems.receivedOn,
      surveyId: textItems.surveyId,
      questionId: textItems.questionId,
      feedbackId: textItems.feedbackId,
      definition: surveyVersions.definition,
    })
    .from(textItems)
    .leftJoin(responses, eq(responses.id, textItems.responseId))
    .leftJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
    .where(and(eq(textItems.id, itemId), eq(textItems.partnershipId, partnershipId)));
  if (!row) return null;
  let definition = row.definition as Definition | null;
  if (!definition && row.surveyId) definition = (await surveyDefinitions(db, [row.surveyId])).get(row.surveyId) ?? null;
  const question = definition?.questions?.find((q) => q.id === row.questionId);
  return {
    id: row.id,
    redacted: row.redacted,
    receivedOn: row.receivedOn,
    surveyId: row.surveyId,
    surveyTitle: definition?.title?.en ?? null,
    question: question ? (question.title.en ?? row.questionId) : row.questionId,
    feedback: row.feedbackId !== null,
  };
}

/** The newest definition of each survey (for titles and questions). */
async function surveyDefinitions(db: DbOrTx, surveyIds: string[]): Promise<Map<string, Definition>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([surveyVersions.surveyId], { surveyId: surveyVersions.surveyId, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(inArray(surveyVersions.surveyId, surveyIds))
    .orderBy(surveyVersions.surveyId, desc(surveyVersions.version));
  return new Map(rows.map((r) => [r.surveyId, r.definition as Definition]));
}

/** The partnership's surveys that have texts, for the filter. */
export async function surveysWithTexts(db: DbOrTx, partnershipId: string): Promise<{ id: string; title: string }[]> {
  const rows = await db
    .selectDistinct({ id: surveys.id, slug: surveys.slug })
    .from(surveys)
    .innerJoin(textItems, eq(textItems.surveyId, surveys.id))
    .where(and(eq(surveys.partnershipId, partnershipId), isNotNull(textItems.surveyId)));
  const definitions = await surveyDefinitions(
    db,
    rows.map((r) => r.id),
  );
  return rows
    .map((r) => ({ id: r.id, title: definitions.get(r.id)?.title?.en ?? r.slug }))
    .sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}

/** Short redacted excerpts of the partnership's texts with these ids (for "similar answers"). */
export async function excerpts(db: DbOrTx, partnershipId: string, ids: readonly string[], length = 140): Promise<Map<string, string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await db
    .select({ id: textItems.id, redacted: textItems.redacted })
    .from(textItems)
    .where(and(eq(textItems.partnershipId, partnershipId), inArray(textItems.id, valid)));
  return new Map(rows.map((r) => [r.id, r.redacted.length > length ? `${r.redacted.slice(0, length - 1).trimEnd()}…` : r.redacted]));
}

