import { and, desc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { codebookCodes, groupActions, groupActionTexts, implementationGroups, surveys, surveyVersions } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import type { DbOrTx } from "~/modules/coding/db";
import type { StaffRole } from "~/modules/staff/roles";
import { codesForGroup, groupsForMember, listGroups, type ImplementationGroup } from "~/modules/strategy/strategy.server";
import type { LocalizedText } from "~/modules/survey/definition";
import {
  parseEntry,
  parseTranslation,
  type ActionStatus,
  type EntryField,
  type EntryTexts,
  type EntryValues,
  type TranslationField,
  type TranslationValues,
} from "./entries";

// "You said, we did" entries, staff side: an implementation group records
// what it heard about a theme and what it did or will do, in English and any
// other public language, and publishes it. Admins and analysts may write for
// any group; an implementation member only for the groups they sit on
// (checked here, on the server, on every change).

export interface EntryText extends EntryTexts {
  language: string;
}

export interface EntrySummary {
  id: string;
  groupId: string;
  groupName: string;
  codeId: string | null;
  codeLabel: string | null;
  surveyId: string | null;
  status: ActionStatus;
  actionOn: string | null;
  published: boolean;
  languages: string[];
  /** What was heard, for adults, in English: how staff tell entries apart. */
  heard: string;
}

export interface Entry extends EntrySummary {
  texts: EntryText[];
}

export interface Writer {
  partnershipId: string;
  actorId: string;
  roles: readonly StaffRole[];
}

const isId = (value: string) => z.uuid().safeParse(value).success;

/** Whether these roles may write for every group of the partnership (else only for the groups the person sits on). */
export function writesForAllGroups(roles: readonly StaffRole[]): boolean {
  return roles.includes("partnership_admin") || roles.includes("analyst");
}

/** The active groups this person may write entries for. */
export async function writableGroups(db: DbOrTx, { partnershipId, actorId, roles }: Writer): Promise<ImplementationGroup[]> {
  if (writesForAllGroups(roles)) return listGroups(db, partnershipId);
  if (roles.includes("implementation_member")) return groupsForMember(db, partnershipId, actorId);
  return [];
}

/** The partnership's surveys that are not drafts, with their English titles and audiences, for the entry form and the public page. */
export async function partnershipSurveys(db: DbOrTx, partnershipId: string) {
  const rows = await db
    .selectDistinctOn([surveys.id], { id: surveys.id, slug: surveys.slug, audience: surveys.audience, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(surveyVersions, and(eq(surveyVersions.surveyId, surveys.id), isNotNull(surveyVersions.publishedAt)))
    .where(and(eq(surveys.partnershipId, partnershipId), ne(surveys.status, "draft")))
    .orderBy(surveys.id, sql`${surveyVersions.version} desc`);
  return rows
    .map((r) => ({ id: r.id, slug: r.slug, audience: r.audience, title: (r.definition as { title: LocalizedText }).title }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

async function summaries(db: DbOrTx, partnershipId: string, entryId?: string): Promise<Entry[]> {
  const rows = await db
    .select({
      id: groupActions.id,
      groupId: groupActions.groupId,
      groupName: implementationGroups.name,
      codeId: groupActions.codeId,
      codeLabel: codebookCodes.label,
      surveyId: groupActions.surveyId,
      status: groupActions.status,
      actionOn: groupActions.actionOn,
      publishedAt: groupActions.publishedAt,
    })
    .from(groupActions)
    .innerJoin(implementationGroups, eq(implementationGroups.id, groupActions.groupId))
    .leftJoin(codebookCodes, eq(codebookCodes.id, groupActions.codeId))
    .where(and(eq(groupActions.partnershipId, partnershipId), entryId ? eq(groupActions.id, entryId) : undefined))
    .orderBy(desc(groupActions.createdAt));
  if (rows.length === 0) return [];
  const texts = await db
    .select()
    .from(groupActionTexts)
    .where(inArray(groupActionTexts.actionId, rows.map((r) => r.id)));
  return rows.map((r) => {
    const own = texts
      .filter((t) => t.actionId === r.id)
      .map((t) => ({
        language: t.language,
        heardForChildren: t.heardForChildren,
        didForChildren: t.didForChildren,
        heardForAdults: t.heardForAdults,
        didForAdults: t.didForAdults,
      }))
      .sort((a, b) => (a.language === "en" ? -1 : b.language === "en" ? 1 : a.language.localeCompare(b.language)));
    return {
      id: r.id,
      groupId: r.groupId,
      groupName: r.groupName,
      codeId: r.codeId,
      codeLabel: r.codeLabel,
      surveyId: r.surveyId,
      status: r.status,
      actionOn: r.actionOn,
      published: r.publishedAt !== null,
      languages: own.map((t) => t.language),
      heard: own.find((t) => t.language === "en")?.heardForAdults ?? "",
      texts: own,
    };
  });
}

/** The partnership's entries, newest first, with the languages each is written in. */
export async function listEntries(db: DbOrTx, partnershipId: string): Promise<EntrySummary[]> {
  return (await summaries(db, partnershipId)).map(({ texts: _texts, ...summary }) => summary);
}

/** One of the partnership's entries with all its words, or null. */
export async function findEntry(db: DbOrTx, partnershipId: string, entryId: string): Promise<Entry | null> {
  if (!isId(entryId)) return null;
  const [entry] = await summaries(db, partnershipId, entryId);
  return entry ?? null;
}

export type EntryResult =
  | { ok: true; id: string }
  | { ok: false; errors: Partial<Record<EntryField, string>> }
  /** Not this partnership's, or a group the person does not sit on: nothing changed. */
  | { ok: false; forbidden: true };

/** Checks the group, theme and survey an entry names; errors by field, or null when all are this person's to use. */
async function checkLinks(db: DbOrTx, writer: Writer, data: { groupId: string; codeId: string; surveyId: string | null }) {
  const errors: Partial<Record<EntryField, string>> = {};
  const groups = await writableGroups(db, writer);
  if (!groups.some((g) => g.id === data.groupId)) errors.groupId = "strategy:errors.groupNotYours";
  else if (!(await codesForGroup(db, data.groupId)).some((c) => c.id === data.codeId)) errors.codeId = "strategy:errors.codeNotInGroup";
  if (data.surveyId && !(await partnershipSurveys(db, writer.partnershipId)).some((s) => s.id === data.surveyId)) {
    errors.surveyId = "strategy:errors.surveyUnknown";
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const textsOf = (data: EntryTexts): EntryTexts => ({
  heardForChildren: data.heardForChildren,
  didForChildren: data.didForChildren,
  heardForAdults: data.heardForAdults,
  didForAdults: data.didForAdults,
});

/** Records a new entry (unpublished) with its English words; audited. */
export async function createEntry(db: DbOrTx, writer: Writer, values: EntryValues): Promise<EntryResult> {
  const parsed = parseEntry(values);
  if (!parsed.ok) return parsed;
  const wrong = await checkLinks(db, writer, parsed.data);
  if (wrong) return { ok: false, errors: wrong };
  const { groupId, codeId, surveyId, status, actionOn } = parsed.data;
  const [made] = await db
    .insert(groupActions)
    .values({ partnershipId: writer.partnershipId, groupId, codeId, surveyId, status, actionOn, createdBy: writer.actorId })
    .returning({ id: groupActions.id });
  await db.insert(groupActionTexts).values({ actionId: made!.id, language: "en", ...textsOf(parsed.data) });
  await recordAudit(db, { actorId: writer.actorId, partnershipId: writer.partnershipId, action: "you_said_created", subjectType: "group_action", subjectId: made!.id });
  return { ok: true, id: made!.id };
}

/** An entry this person may change: this partnership's, for a group they may write for. */
async function writableEntry(db: DbOrTx, writer: Writer, entryId: string): Promise<Entry | null> {
  const entry = await findEntry(db, writer.partnershipId, entryId);
  if (!entry) return null;
  const groups = await writableGroups(db, writer);
  return groups.some((g) => g.id === entry.groupId) ? entry : null;
}

/** Whether this person may change this entry (for the page: read-only otherwise). */
export async function mayWriteEntry(db: DbOrTx, writer: Writer, entryId: string): Promise<boolean> {
  return (await writableEntry(db, writer, entryId)) !== null;
}

/** Changes an entry and its English words; audited. */
export async function updateEntry(db: DbOrTx, writer: Writer, entryId: string, values: EntryValues): Promise<EntryResult> {
  const entry = await writableEntry(db, writer, entryId);
  if (!entry) return { ok: false, forbidden: true };
  const parsed = parseEntry(values);
  if (!parsed.ok) return parsed;
  const wrong = await checkLinks(db, writer, parsed.data);
  if (wrong) return { ok: false, errors: wrong };
  const { groupId, codeId, surveyId, status, actionOn } = parsed.data;
  await db.update(groupActions).set({ groupId, codeId, surveyId, status, actionOn, updatedAt: new Date() }).where(eq(groupActions.id, entry.id));
  await upsertTexts(db, entry.id, "en", textsOf(parsed.data));
  await recordAudit(db, {
    actorId: writer.actorId,
    partnershipId: writer.partnershipId,
    action: "you_said_changed",
    subjectType: "group_action",
    subjectId: entry.id,
    details: { change: "edited", language: "en" },
  });
  return { ok: true, id: entry.id };
}

async function upsertTexts(db: DbOrTx, actionId: string, language: string, texts: EntryTexts) {
  await db
    .insert(groupActionTexts)
    .values({ actionId, language, ...texts })
    .onConflictDoUpdate({ target: [groupActionTexts.actionId, groupActionTexts.language], set: { ...texts, updatedAt: new Date() } });
}

export type TranslationResult =
  | { ok: true; id: string }
  | { ok: false; errors: Partial<Record<TranslationField, string>> }
  | { ok: false; forbidden: true };

/** Adds or changes the words in another language; audited (the language code only). */
export async function saveTranslation(db: DbOrTx, writer: Writer, entryId: string, values: TranslationValues): Promise<TranslationResult> {
  const entry = await writableEntry(db, writer, entryId);
  if (!entry) return { ok: false, forbidden: true };
  const parsed = parseTranslation(values);
  if (!parsed.ok) return parsed;
  await upsertTexts(db, entry.id, parsed.data.language, textsOf(parsed.data));
  await db.update(groupActions).set({ updatedAt: new Date() }).where(eq(groupActions.id, entry.id));
  await recordAudit(db, {
    actorId: writer.actorId,
    partnershipId: writer.partnershipId,
    action: "you_said_changed",
    subjectType: "group_action",
    subjectId: entry.id,
    details: { change: "translated", language: parsed.data.language },
  });
  return { ok: true, id: entry.id };
}

/** Publishes an entry (the public pages show it at once) or takes it down; false if not this person's to change. Audited. */
export async function setPublished(db: DbOrTx, writer: Writer, entryId: string, published: boolean): Promise<boolean> {
  const entry = await writableEntry(db, writer, entryId);
  if (!entry) return false;
  await db
    .update(groupActions)
    .set({ publishedAt: published ? sql`coalesce(${groupActions.publishedAt}, now())` : null, updatedAt: new Date() })
    .where(eq(groupActions.id, entry.id));
  await recordAudit(db, {
    actorId: writer.actorId,
    partnershipId: writer.partnershipId,
    action: published ? "you_said_published" : "you_said_unpublished",
    subjectType: "group_action",
    subjectId: entry.id,
  });
  return true;
}

export interface PublishedEntry {
  id: string;
  status: ActionStatus;
  actionOn: string | null;
  texts: EntryText[];
}

/**
 * What the public sees: published entries of the partnership (of one survey
 * when asked), whose group is not archived, newest first. Never a draft.
 */
export async function publishedEntries(db: DbOrTx, { partnershipId, surveyId }: { partnershipId: string; surveyId?: string | null }): Promise<PublishedEntry[]> {
  const rows = await db
    .select({ id: groupActions.id, status: groupActions.status, actionOn: groupActions.actionOn })
    .from(groupActions)
    .innerJoin(implementationGroups, eq(implementationGroups.id, groupActions.groupId))
    .where(
      and(
        eq(groupActions.partnershipId, partnershipId),
        isNotNull(groupActions.publishedAt),
        isNull(implementationGroups.archivedAt),
        surveyId ? eq(groupActions.surveyId, surveyId) : undefined,
      ),
    )
    .orderBy(sql`${groupActions.actionOn} desc nulls last`, desc(groupActions.publishedAt));
  if (rows.length === 0) return [];
  const texts = await db
    .select()
    .from(groupActionTexts)
    .where(inArray(groupActionTexts.actionId, rows.map((r) => r.id)));
  return rows
    .map((r) => ({
      ...r,
      texts: texts
        .filter((t) => t.actionId === r.id)
        .map((t) => ({
          language: t.language,
          heardForChildren: t.heardForChildren,
          didForChildren: t.didForChildren,
          heardForAdults: t.heardForAdults,
          didForAdults: t.didForAdults,
        })),
    }))
    .filter((r) => r.texts.some((t) => t.language === "en"));
}
