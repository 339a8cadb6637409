import type { AppLoadContext } from "@remix-run/node";
import { codesForGroup, listGroups } from "~/modules/strategy/strategy.server";
import type { StaffRole } from "~/modules/staff/roles";
import { textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  notFound,
  readWorkspaceForm,
  requireWorkspacePage,
  staffData,
  workspaceBasics,
  workspaceRedirect,
  type WorkspaceAccess,
} from "~/modules/workspace/workspace.server";
import { TEXT_FIELDS, TRANSLATION_LANGUAGES, type EntryField, type EntryValues, type TranslationField, type TranslationValues } from "./entries";
import {
  createEntry,
  findEntry,
  listEntries,
  partnershipSurveys,
  saveTranslation,
  setPublished,
  updateEntry,
  writableGroups,
  type Writer,
} from "./entries.server";

// /staff/p/:partnership/actions: "You said, we did" entries. Admins and
// analysts write for any group, implementation members for their own groups
// only (entries.server.ts checks it on every change; someone else's entry is a 404).

function writerOf(access: WorkspaceAccess): Writer {
  const roles: StaffRole[] = access.user.memberships.filter((m) => m.partnershipId === access.partnership.id).map((m) => m.role);
  return { partnershipId: access.partnership.id, actorId: access.user.id, roles };
}

const DONE = ["created", "saved", "translated", "published", "unpublished"] as const;

export async function loadActionsPage(context: AppLoadContext, request: Request, slug: string | undefined) {
  const access = await requireWorkspacePage(context, request, slug, "actions");
  const url = new URL(request.url);
  const writer = writerOf(access);
  const db = context.db;
  const [writable, allGroups, entries, surveys] = await Promise.all([
    writableGroups(db, writer),
    listGroups(db, writer.partnershipId, { includeArchived: true }),
    listEntries(db, writer.partnershipId),
    partnershipSurveys(db, writer.partnershipId),
  ]);
  const groupsWithCodes = await Promise.all(
    writable.map(async (g) => ({ id: g.id, name: g.name, codes: (await codesForGroup(db, g.id)).map((c) => ({ id: c.id, label: c.label })) })),
  );
  const writableIds = new Set(writable.map((g) => g.id));
  const editId = url.searchParams.get("edit");
  const editing = editId ? await findEntry(db, writer.partnershipId, editId) : null;
  const language = TRANSLATION_LANGUAGES.find((l) => l === url.searchParams.get("lang")) ?? null;
  return staffData({
    ...workspaceBasics(context, access),
    groups: groupsWithCodes,
    groupNames: Object.fromEntries(allGroups.map((g) => [g.id, g.name])),
    entries: entries.map((e) => ({ ...e, writable: writableIds.has(e.groupId) })),
    surveys: surveys.map((s) => ({ id: s.id, slug: s.slug, title: s.title.en ?? s.slug })),
    creating: url.searchParams.get("new") === "1" && writable.length > 0,
    editing: editing ? { ...editing, writable: writableIds.has(editing.groupId) } : null,
    language,
    done: DONE.find((d) => d === url.searchParams.get("done")) ?? null,
  });
}

function entryValues(form: FormData): EntryValues {
  const values = {
    groupId: textField(form, "groupId"),
    codeId: textField(form, "codeId"),
    surveyId: textField(form, "surveyId"),
    status: textField(form, "status"),
    actionOn: textField(form, "actionOn"),
  } as EntryValues;
  for (const field of TEXT_FIELDS) values[field] = textField(form, field);
  return values;
}

function translationValues(form: FormData): TranslationValues {
  const values = { language: textField(form, "language") } as TranslationValues;
  for (const field of TEXT_FIELDS) values[field] = textField(form, `tr-${field}`);
  return values;
}

export type ActionsFailure =
  | { intent: "create" | "save"; entryId: string | null; values: EntryValues; errors: Partial<Record<EntryField, string>> }
  | { intent: "translate"; entryId: string; values: TranslationValues; errors: Partial<Record<TranslationField, string>> }
  | { intent: "refused"; entryId: null; error: string };

export async function actionsAction(context: AppLoadContext, request: Request, slug: string | undefined) {
  const { access, form } = await readWorkspaceForm(context, request, slug, "actions");
  const writer = writerOf(access);
  const page = workspaceHref(access.partnership.slug, "actions");
  const intent = textField(form, "intent");
  const entryId = textField(form, "entryId");
  const to = (id: string, done: (typeof DONE)[number]) => workspaceRedirect(`${page}?edit=${id}&done=${done}`);
  const db = context.db;
  const failed = (value: ActionsFailure) => staffData(value, 400);

  if (intent === "create") {
    const values = entryValues(form);
    const result = await db.transaction((tx) => createEntry(tx, writer, values));
    if (result.ok) return to(result.id, "created");
    if ("forbidden" in result) notFound();
    return failed({ intent, entryId: null, values, errors: result.errors });
  }
  if (intent === "save") {
    const values = entryValues(form);
    const result = await db.transaction((tx) => updateEntry(tx, writer, entryId, values));
    if (result.ok) return to(result.id, "saved");
    if ("forbidden" in result) notFound();
    return failed({ intent, entryId, values, errors: result.errors });
  }
  if (intent === "translate") {
    const values = translationValues(form);
    const result = await db.transaction((tx) => saveTranslation(tx, writer, entryId, values));
    if (result.ok) return to(result.id, "translated");
    if ("forbidden" in result) notFound();
    return failed({ intent, entryId, values, errors: result.errors });
  }
  if (intent === "publish" || intent === "unpublish") {
    const ok = await db.transaction((tx) => setPublished(tx, writer, entryId, intent === "publish"));
    if (!ok) notFound();
    return to(entryId, intent === "publish" ? "published" : "unpublished");
  }
  return failed({ intent: "refused", entryId: null, error: "strategy:errors.unknown" });
}
