import { and, count, desc, eq, isNull, max, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { type QuestionType } from "~/modules/survey/definition";
import { responses, type surveyAudience, surveyVersions, surveys } from "#db/schema/index.ts";
import {
  AUDIENCES,
  asDraft,
  checkForPublishing,
  newQuestion,
  nextId,
  parseImport,
  skipLogicProblem,
  withLanguage,
  type Audience,
  type DefinitionProblem,
  type DraftDefinition,
  type DraftQuestion,
} from "./draft";
import { isQuestionType, tidyQuestion } from "./question-form";
import type { AgeBandsInput } from "./age-bands-form";

export { AUDIENCES, type Audience } from "./draft";
/** The list the forms offer, checked against the database's list. */
export const DATABASE_AUDIENCES: readonly (typeof surveyAudience.enumValues)[number][] = AUDIENCES;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who is doing it, for the audit log. */
export interface Actor {
  userId: string;
  partnershipId: string;
}

export interface SurveyListItem {
  id: string;
  slug: string;
  audience: Audience;
  status: "draft" | "published" | "closed";
  title: string;
  publishedVersion: number | null;
  hasDraft: boolean;
  /** How many people have sent their answers (any version); answers still being given are not counted. */
  submittedResponses: number;
}

/** Results of edits: ok, or error codes per field (keys under `builder:errors`). */
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string>; problems?: DefinitionProblem[] };

function fail(field: string, code: string): { ok: false; errors: Record<string, string> } {
  return { ok: false, errors: { [field]: code } };
}

/** The partnership's surveys, newest first, each with its title from the newest version. */
export async function listSurveys(db: Database, partnershipId: string): Promise<SurveyListItem[]> {
  const rows = await db
    .select({
      id: surveys.id,
      slug: surveys.slug,
      audience: surveys.audience,
      status: surveys.status,
      createdAt: surveys.createdAt,
      version: surveyVersions.version,
      publishedAt: surveyVersions.publishedAt,
      definition: surveyVersions.definition,
    })
    .from(surveys)
    .leftJoin(surveyVersions, eq(surveyVersions.surveyId, surveys.id))
    .where(eq(surveys.partnershipId, partnershipId))
    .orderBy(desc(surveys.createdAt), surveys.slug, desc(surveyVersions.version));
  const counts = await submittedResponseCounts(db, partnershipId);
  const bySurvey = new Map<string, SurveyListItem>();
  for (const row of rows) {
    let item = bySurvey.get(row.id);
    if (!item) {
      const title = (row.definition as DraftDefinition | null)?.title?.en ?? row.slug;
      item = {
        id: row.id,
        slug: row.slug,
        audience: row.audience,
        status: row.status,
        title,
        publishedVersion: null,
        hasDraft: false,
        submittedResponses: counts.get(row.id) ?? 0,
      };
      bySurvey.set(row.id, item);
    }
    if (row.publishedAt && item.publishedVersion === null) item.publishedVersion = row.version;
    if (row.version !== null && !row.publishedAt) item.hasDraft = true;
  }
  return [...bySurvey.values()];
}

/**
 * Sent responses per survey of the partnership (survey id → count). Only the
 * number: no dates finer than the day are stored, and none are read here.
 */
export async function submittedResponseCounts(db: Database, partnershipId: string, surveyId?: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ surveyId: responses.surveyId, count: count() })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(
      and(
        eq(surveys.partnershipId, partnershipId),
        eq(responses.status, "submitted"),
        surveyId ? eq(responses.surveyId, surveyId) : undefined,
      ),
    )
    .groupBy(responses.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.count)]));
}

export interface CreateSurveyInput {
  slug: string;
  audience: string;
  title: string;
  retentionDays?: string | number;
}

/** A new survey, in draft, with an empty first version to build in. */
export async function createSurvey(db: Database, actor: Actor, input: CreateSurveyInput): Promise<Outcome<{ surveyId: string }>> {
  const errors: Record<string, string> = {};
  const title = input.title.trim();
  const slug = input.slug.trim().toLowerCase();
  if (!title) errors.title = "titleRequired";
  if (!SLUG_PATTERN.test(slug) || slug.length > 60) errors.slug = "slugFormat";
  if (!(AUDIENCES as readonly string[]).includes(input.audience)) errors.audience = "audienceRequired";
  const retention = parseRetention(input.retentionDays ?? 730);
  if (retention === null) errors.retentionDays = "retentionDays";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return createWithDefinition(db, actor, {
    slug,
    audience: input.audience as Audience,
    retentionDays: retention!,
    definition: { title: { en: title }, summary: {}, minutes: 5, questions: [] },
  });
}

async function slugTaken(db: Database, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug));
  return !!row;
}

async function createWithDefinition(
  db: Database,
  actor: Actor,
  input: { slug: string; audience: Audience; retentionDays: number; rawTextDays?: number; definition: DraftDefinition; duplicateOf?: string },
): Promise<Outcome<{ surveyId: string }>> {
  if (await slugTaken(db, input.slug)) return fail("slug", "slugTaken");
  const surveyId = await db.transaction(async (tx) => {
    const [survey] = await tx
      .insert(surveys)
      .values({
        partnershipId: actor.partnershipId,
        slug: input.slug,
        audience: input.audience,
        retentionDays: input.retentionDays,
        // The raw words are never kept longer than the answers (the default is 90 days).
        rawTextDays: Math.min(input.rawTextDays ?? DEFAULT_RAW_TEXT_DAYS, input.retentionDays),
      })
      .returning({ id: surveys.id });
    await tx.insert(surveyVersions).values({
      surveyId: survey!.id,
      version: 1,
      definition: input.definition as never,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "survey_created",
      subjectType: "survey",
      subjectId: survey!.id,
      details: input.duplicateOf ? { duplicateOf: input.duplicateOf } : {},
    });
    return survey!.id;
  });
  return { ok: true, surveyId };
}

/** The raw free text's period for a new survey (the column's default too). */
const DEFAULT_RAW_TEXT_DAYS = 90;

function parseRetention(raw: string | number): number | null {
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 30 && days <= 3650 ? days : null;
}

/** Days the raw free text is kept: a whole number from 1 up to the days answers are kept; null if not. */
function parseRawTextDays(raw: string, retentionDays: number | null): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= (retentionDays ?? 3650) ? days : null;
}

// ---- Reading a survey -------------------------------------------------------------

export interface BuilderSurvey {
  id: string;
  slug: string;
  audience: Audience;
  status: "draft" | "published" | "closed";
  retentionDays: number;
  /** How many days the raw (unredacted) free text is kept. */
  rawTextDays: number;
  /** The newest published version's number, if any. */
  publishedVersion: number | null;
  /** The draft being edited, if there is one. */
  draft: { versionId: string; version: number; definition: DraftDefinition } | null;
  /** What the editor shows: the draft, else the newest published definition. */
  definition: DraftDefinition;
  /** The version `definition` came from. */
  version: number;
  /** How many people have sent their answers, to any version. */
  submittedResponses: number;
}

/** The survey if it belongs to this partnership; null otherwise (the route answers 404). */
export async function getSurvey(db: Database, partnershipId: string, surveyId: string | undefined): Promise<BuilderSurvey | null> {
  if (!surveyId || !UUID.test(surveyId)) return null;
  const [survey] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.partnershipId, partnershipId)));
  if (!survey) return null;
  const versions = await db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, survey.id))
    .orderBy(desc(surveyVersions.version));
  const newest = versions[0];
  const draftRow = versions.find((v) => !v.publishedAt);
  const published = versions.find((v) => v.publishedAt);
  const draft = draftRow ? { versionId: draftRow.id, version: draftRow.version, definition: asDraft(draftRow.definition) } : null;
  const counts = await submittedResponseCounts(db, partnershipId, survey.id);
  return {
    id: survey.id,
    slug: survey.slug,
    audience: survey.audience,
    status: survey.status,
    retentionDays: survey.retentionDays,
    rawTextDays: survey.rawTextDays,
    publishedVersion: published?.version ?? null,
    draft,
    definition: draft?.definition ?? asDraft(newest?.definition ?? { title: {}, summary: {}, minutes: 5, questions: [] }),
    version: draft?.version ?? newest?.version ?? 1,
    submittedResponses: counts.get(survey.id) ?? 0,
  };
}

/** The draft to edit: the newest unpublished version, else a new one copied from the newest published version. */
export async function getDraft(db: Database, partnershipId: string, surveyId: string) {
  const survey = await getSurvey(db, partnershipId, surveyId);
  return survey?.draft ?? null;
}

export async function startDraft(db: Database, partnershipId: string, surveyId: string) {
  const survey = await getSurvey(db, partnershipId, surveyId);
  if (!survey) return null;
  if (survey.draft) return survey.draft;
  const [top] = await db
    .select({ version: max(surveyVersions.version) })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, survey.id));
  const version = (top?.version ?? 0) + 1;
  const [row] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, version, definition: survey.definition as never })
    .returning({ id: surveyVersions.id });
  return { versionId: row!.id, version, definition: survey.definition };
}

/** Changes the draft (making one first if needed). `change` returns the new definition, or an error outcome. */
async function editDraft<T extends object>(
  db: Database,
  partnershipId: string,
  surveyId: string,
  change: (definition: DraftDefinition) => { definition: DraftDefinition; result: T } | { ok: false; errors: Record<string, string> },
): Promise<Outcome<T> | null> {
  const draft = await startDraft(db, partnershipId, surveyId);
  if (!draft) return null;
  const changed = change(structuredClone(draft.definition));
  if ("ok" in changed) return changed;
  // Only an unpublished row is updated; the trigger refuses a published one anyway.
  await db
    .update(surveyVersions)
    .set({ definition: changed.definition as never })
    .where(and(eq(surveyVersions.id, draft.versionId), isNull(surveyVersions.publishedAt)));
  return { ok: true, ...changed.result };
}

// ---- Details and questions ------------------------------------------------------

export interface DetailsInput {
  title: string;
  summary: string;
  minutes: string;
  audience: string;
  ageBand: string;
  retentionDays: string;
  /**
   * How many days the raw (unredacted) free text is kept: 1 up to retentionDays.
   * Absent (a form from before the field): the current period stays, shortened to retentionDays if need be.
   */
  rawTextDays?: string;
  /** A second language shown beside English, with its title and summary. */
  language?: string;
  titleTranslation?: string;
  summaryTranslation?: string;
}

export async function updateSurveyDetails(db: Database, partnershipId: string, surveyId: string, input: DetailsInput) {
  const errors: Record<string, string> = {};
  if (!input.title.trim()) errors.title = "titleRequired";
  const minutes = Number(input.minutes.trim());
  if (!/^\d+$/.test(input.minutes.trim()) || minutes < 1 || minutes > 120) errors.minutes = "minutes";
  if (!(AUDIENCES as readonly string[]).includes(input.audience)) errors.audience = "audienceRequired";
  const ageBand = input.ageBand.trim();
  if (ageBand && (!SLUG_PATTERN.test(ageBand) || ageBand.length > 20)) errors.ageBand = "ageBand";
  const retention = parseRetention(input.retentionDays);
  if (retention === null) errors.retentionDays = "retentionDays";
  const rawText = input.rawTextDays === undefined ? undefined : parseRawTextDays(input.rawTextDays, retention);
  if (rawText === null) errors.rawTextDays = "rawTextDays";
  if (Object.keys(errors).length > 0) return { ok: false as const, errors };

  const result = await editDraft(db, partnershipId, surveyId, (definition) => {
    definition.title = withLanguage(definition.title, "en", input.title) ?? {};
    definition.summary = withLanguage(definition.summary, "en", input.summary) ?? {};
    if (input.language && input.language !== "en") {
      definition.title = withLanguage(definition.title, input.language, input.titleTranslation ?? "") ?? {};
      definition.summary = withLanguage(definition.summary, input.language, input.summaryTranslation ?? "") ?? {};
    }
    definition.minutes = minutes;
    if (ageBand) definition.ageBand = ageBand;
    else delete definition.ageBand;
    return { definition, result: {} };
  });
  if (!result) return null;
  // Audience and retention are the survey's, not a version's: they apply at once.
  await db
    .update(surveys)
    .set({
      audience: input.audience as Audience,
      retentionDays: retention!,
      rawTextDays: rawText ?? sql`least(${surveys.rawTextDays}, ${retention!})`,
    })
    .where(and(eq(surveys.id, surveyId), eq(surveys.partnershipId, partnershipId)));
  return result;
}

/**
 * Sets the survey's age bands. A renamed band is renamed in the questions
 * shown to it; a band some question is shown to cannot be removed (that
 * question is changed first). Labels in languages not shown stay.
 */
export async function updateAgeBands(db: Database, partnershipId: string, surveyId: string, input: AgeBandsInput) {
  return editDraft(db, partnershipId, surveyId, (definition) => {
    const current = definition.ageBands ?? [];
    const renames = new Map(input.rows.filter((r) => r.was && r.was !== r.id).map((r) => [r.was, r.id]));
    const kept = new Set(input.rows.map((r) => r.id));
    const gone = input.removed.filter((id) => !kept.has(id));
    if (definition.questions.some((q) => q.ageBands?.some((band) => gone.includes(band)))) return fail("ageBands", "bandInUse");
    const bands = input.rows.map((row) => {
      const existing = current.find((b) => b.id === (row.was || row.id));
      let label = withLanguage(existing?.label, "en", row.english) ?? {};
      if (input.language && row.translated !== undefined) label = withLanguage(label, input.language, row.translated) ?? {};
      return { ...existing, id: row.id, label };
    });
    if (bands.length > 0) definition.ageBands = bands;
    else delete definition.ageBands;
    for (const q of definition.questions) {
      if (q.ageBands) q.ageBands = q.ageBands.map((band) => renames.get(band) ?? band);
    }
    return { definition, result: {} };
  });
}

export async function addQuestion(db: Database, partnershipId: string, surveyId: string, input: { type: string; title: string }) {
  const title = input.title.trim();
  if (!title) return fail("questionTitle", "titleRequired");
  if (!isQuestionType(input.type)) return fail("questionType", "typeUnknown");
  return editDraft(db, partnershipId, surveyId, (definition) => {
    const id = nextId("q", definition.questions.map((q) => q.id));
    definition.questions.push(tidyQuestion(newQuestion(id, input.type as QuestionType, title)));
    return { definition, result: { questionId: id } };
  });
}

export async function updateQuestion(db: Database, partnershipId: string, surveyId: string, question: DraftQuestion) {
  return editDraft(db, partnershipId, surveyId, (definition) => {
    const index = definition.questions.findIndex((q) => q.id === question.id);
    if (index === -1) return fail("question", "questionMissing");
    definition.questions[index] = tidyQuestion(question);
    // A later question's skip rule may rely on an option that has just gone.
    if (skipLogicProblem(definition.questions)) return fail("options", "optionInUse");
    return { definition, result: {} };
  });
}

export async function moveQuestion(db: Database, partnershipId: string, surveyId: string, questionId: string, direction: "up" | "down") {
  return editDraft(db, partnershipId, surveyId, (definition) => {
    const index = definition.questions.findIndex((q) => q.id === questionId);
    if (index === -1) return fail("question", "questionMissing");
    const to = direction === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= definition.questions.length) return { definition, result: {} };
    const [moved] = definition.questions.splice(index, 1);
    definition.questions.splice(to, 0, moved!);
    // Skip logic only looks back: a question cannot move above the one it depends on.
    if (skipLogicProblem(definition.questions)) return fail(`question-${questionId}`, "moveBreaksSkipLogic");
    return { definition, result: {} };
  });
}

export async function removeQuestion(db: Database, partnershipId: string, surveyId: string, questionId: string) {
  return editDraft(db, partnershipId, surveyId, (definition) => {
    if (definition.questions.some((q) => q.showIf?.questionId === questionId)) {
      return fail(`question-${questionId}`, "questionInUse");
    }
    definition.questions = definition.questions.filter((q) => q.id !== questionId);
    return { definition, result: {} };
  });
}

// ---- Publishing, closing, duplicating ---------------------------------------------

/** Publishes the draft: it becomes the newest published version, never to change again. */
export async function publishSurvey(db: Database, actor: Actor, surveyId: string): Promise<Outcome<{ version: number }> | null> {
  const survey = await getSurvey(db, actor.partnershipId, surveyId);
  if (!survey) return null;
  if (!survey.draft) return fail("publish", "nothingToPublish");
  const checked = checkForPublishing(survey.draft.definition);
  if (!checked.ok) return { ok: false, errors: { publish: "notReady" }, problems: checked.problems };
  const { version, versionId } = survey.draft;
  await db.transaction(async (tx) => {
    // Stored as the full rules read it (defaults filled in), so the public journey reads exactly this.
    await tx
      .update(surveyVersions)
      .set({ definition: checked.definition, publishedAt: new Date() })
      .where(and(eq(surveyVersions.id, versionId), isNull(surveyVersions.publishedAt)));
    await tx.update(surveys).set({ status: "published" }).where(eq(surveys.id, survey.id));
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "survey_published",
      subjectType: "survey",
      subjectId: survey.id,
      details: { version },
    });
  });
  forgetOpenSurveys(db);
  return { ok: true, version };
}

/** Closes the survey: the public address stops taking answers. What was sent stays. */
export async function closeSurvey(db: Database, actor: Actor, surveyId: string): Promise<Outcome | null> {
  const survey = await getSurvey(db, actor.partnershipId, surveyId);
  if (!survey) return null;
  if (survey.status !== "published") return fail("close", "notOpen");
  await db.transaction(async (tx) => {
    await tx.update(surveys).set({ status: "closed" }).where(eq(surveys.id, survey.id));
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "survey_closed",
      subjectType: "survey",
      subjectId: survey.id,
    });
  });
  forgetOpenSurveys(db);
  return { ok: true };
}

/** A new draft survey with a copy of this one's newest definition, at a new address. */
export async function duplicateSurvey(db: Database, actor: Actor, surveyId: string, newSlug: string) {
  const survey = await getSurvey(db, actor.partnershipId, surveyId);
  if (!survey) return null;
  const slug = newSlug.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug) || slug.length > 60) return fail("slug", "slugFormat");
  return createWithDefinition(db, actor, {
    slug,
    audience: survey.audience,
    retentionDays: survey.retentionDays,
    rawTextDays: survey.rawTextDays,
    definition: structuredClone(survey.definition),
    duplicateOf: survey.id,
  });
}

/** The newest definition (the draft if there is one) as JSON to download. */
export async function exportDefinition(db: Database, partnershipId: string, surveyId: string) {
  const survey = await getSurvey(db, partnershipId, surveyId);
  if (!survey) return null;
  return {
    filename: `${survey.slug}-v${survey.version}${survey.draft ? "-draft" : ""}.json`,
    json: `${JSON.stringify(survey.definition, null, 2)}\n`,
  };
}

/** Replaces the draft with an uploaded definition, if it passes every rule a published one must. */
export async function importDefinition(db: Database, partnershipId: string, surveyId: string, json: string) {
  const parsed = parseImport(json);
  if (!parsed.ok) return { ok: false as const, errors: { definition: "importInvalid" }, problems: parsed.problems };
  return editDraft(db, partnershipId, surveyId, () => ({ definition: asDraft(parsed.definition), result: {} }));
}
