import { and, desc, eq, isNotNull } from "drizzle-orm";
import { auditLog, surveyVersions, surveys, textImports } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Database } from "~/modules/db/client.server";
import { ukToday } from "~/modules/responses/responses.server";
import { insertSentResponses } from "~/modules/responses/sent.server";
import { surveyDefinition, type SurveyDefinition } from "~/modules/survey/definition";
import type { CheckedRow } from "./csv-answers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The survey answers come into: this partnership's, with its newest published version. */
export interface ImportSurvey {
  surveyId: string;
  slug: string;
  status: "draft" | "published" | "closed";
  partnershipId: string;
  /** The newest published version (null: never published, nothing to import into). */
  versionId: string | null;
  definition: SurveyDefinition | null;
}

/** The survey if it is this partnership's (null otherwise: the route answers 404). */
export async function importSurvey(db: Database, partnershipId: string, surveyId: string | undefined): Promise<ImportSurvey | null> {
  if (!surveyId || !UUID.test(surveyId)) return null;
  const [survey] = await db
    .select({ id: surveys.id, slug: surveys.slug, status: surveys.status })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.partnershipId, partnershipId)));
  if (!survey) return null;
  const [version] = await db
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, survey.id), isNotNull(surveyVersions.publishedAt)))
    .orderBy(desc(surveyVersions.version))
    .limit(1);
  return {
    surveyId: survey.id,
    slug: survey.slug,
    status: survey.status,
    partnershipId,
    versionId: version?.id ?? null,
    definition: version ? surveyDefinition.parse(version.definition) : null,
  };
}

/** Answers come only into a published survey (the version people answer now). */
export function canImportInto(survey: ImportSurvey): survey is ImportSurvey & { versionId: string; definition: SurveyDefinition } {
  return survey.status === "published" && survey.versionId !== null && survey.definition !== null;
}

/** A transaction, as the store passes it to the hook. */
export type ImportTransaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Runs inside the import's transaction after the responses are stored: a failure rolls the whole import back. */
export type AfterStore = (tx: ImportTransaction, responseIds: readonly string[]) => Promise<void>;

/** Nothing more to do by default: the text items (the redacted copy of each free text) are written with the responses. */
const nothingMore: AfterStore = async () => {};

export interface ImportInput {
  survey: ImportSurvey & { versionId: string; definition: SurveyDefinition };
  actorId: string;
  /** Made when the rows were checked: importing the same checked file twice (a double click, a resend) stores it once. */
  importId: string;
  /** { column header: question id (or the date / age band target) }, for the columns brought in. */
  mapping: Record<string, string>;
  rows: readonly CheckedRow[];
  /** Rows of the file left out because they could not come in. */
  leftOut: number;
}

export type ImportOutcome = { outcome: "imported" | "already_imported"; importId: string; imported: number; flagged: number };

/**
 * Stores every checked row as a sent response, all in one transaction: the
 * import (who, which survey, the mapping, how many), each row as a response
 * on the "paper" channel with its import id and its day, its answers, triage
 * flags for answers that may disclose harm (as the web journey and the kiosk
 * flag them) and the redacted text items, then `afterStore`, then the audit entry (the
 * import id and counts only). Nothing is kept if any part fails.
 */
export async function importAnswers(db: Database, input: ImportInput, { afterStore = nothingMore }: { afterStore?: AfterStore } = {}): Promise<ImportOutcome> {
  if (!UUID.test(input.importId)) throw new Error("an import id must be a UUID");
  const importId = input.importId.toLowerCase();
  const today = ukToday();
  return db.transaction(async (tx) => {
    const made = await tx
      .insert(textImports)
      .values({ id: importId, partnershipId: input.survey.partnershipId, surveyId: input.survey.surveyId, createdBy: input.actorId, mapping: input.mapping, rowCount: input.rows.length })
      .onConflictDoNothing({ target: textImports.id })
      .returning({ id: textImports.id });
    if (made.length === 0) return { outcome: "already_imported", importId, imported: 0, flagged: 0 } as const;
    const { stored, flagged } = await insertSentResponses(
      tx,
      input.survey.partnershipId,
      input.rows.map((row) => ({
        id: crypto.randomUUID(),
        surveyId: input.survey.surveyId,
        surveyVersionId: input.survey.versionId,
        channel: "paper" as const,
        importId,
        ageBand: row.ageBand,
        submittedOn: row.submittedOn ?? today,
        answers: row.answers,
      })),
      { definition: input.survey.definition },
    );
    await afterStore(tx, stored);
    await recordAudit(tx, {
      actorId: input.actorId,
      partnershipId: input.survey.partnershipId,
      action: "answers_imported",
      subjectType: "text_import",
      subjectId: importId,
      details: { surveyId: input.survey.surveyId, imported: stored.length, leftOut: input.leftOut, flagged },
    });
    return { outcome: "imported", importId, imported: stored.length, flagged } as const;
  });
}

/** An import's summary for its page: how many came in and how many rows were left out (this partnership's and survey's only). */
export async function importSummary(db: Database, partnershipId: string, surveyId: string, importId: string | null): Promise<{ imported: number; leftOut: number } | null> {
  if (!importId || !UUID.test(importId)) return null;
  const [row] = await db
    .select({ rowCount: textImports.rowCount })
    .from(textImports)
    .where(and(eq(textImports.id, importId), eq(textImports.partnershipId, partnershipId), eq(textImports.surveyId, surveyId)));
  if (!row) return null;
  const [audit] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "answers_imported"), eq(auditLog.subjectId, importId), eq(auditLog.partnershipId, partnershipId)))
    .limit(1);
  const leftOut = Number(audit?.details.leftOut ?? 0);
  return { imported: row.rowCount, leftOut: Number.isFinite(leftOut) ? leftOut : 0 };
}
