import type { AppLoadContext } from "@remix-run/node";
import { listCodes } from "~/modules/coding/codebook.server";
import { readForm } from "~/modules/http/form.server";
import { assertCsrf } from "~/modules/staff/csrf.server";
import { listField, textField } from "~/modules/workspace/form";
import { workspaceHref } from "~/modules/workspace/pages";
import { notFound, requireWorkspacePage, staffData, workspaceBasics, workspaceRedirect, type WorkspaceAccess } from "~/modules/workspace/workspace.server";
import type { GroupField, GroupValues, PriorityField, PriorityValues } from "./forms";
import {
  addGroup,
  addPriority,
  archiveGroup,
  archivePriority,
  listStrategy,
  partnershipStaff,
  setGroupCodes,
  setGroupMembers,
  updateGroup,
  updatePriority,
} from "./strategy.server";

// /staff/p/:partnership/strategy: partnership admins set the strategy up;
// analysts see it read-only (they build the summaries on it, but who reports
// on what is the partnership's decision). Their posts are a 404, like any
// page they may not use, before the CSRF token is even read.

export const STRATEGY_EDITORS = ["partnership_admin"] as const;

export function mayEditStrategy(access: WorkspaceAccess): boolean {
  return access.user.memberships.some((m) => m.partnershipId === access.partnership.id && m.role === "partnership_admin");
}

const DONE = ["priorityAdded", "prioritySaved", "priorityArchived", "priorityRestored", "groupAdded", "groupSaved", "codesSaved", "membersSaved", "groupArchived", "groupRestored"] as const;
export type StrategyDone = (typeof DONE)[number];

export async function loadStrategyPage(context: AppLoadContext, request: Request, slug: string | undefined) {
  const access = await requireWorkspacePage(context, request, slug, "strategy");
  const url = new URL(request.url);
  const partnershipId = access.partnership.id;
  const [{ priorities, groups }, codes, staff] = await Promise.all([
    listStrategy(context.db, partnershipId),
    listCodes(context.db, partnershipId),
    partnershipStaff(context.db, partnershipId),
  ]);
  const canEdit = mayEditStrategy(access);
  const editPriority = canEdit ? (priorities.find((p) => p.id === url.searchParams.get("priority") && !p.archived) ?? null) : null;
  const editGroup = canEdit ? (groups.find((g) => g.id === url.searchParams.get("group") && !g.archived) ?? null) : null;
  const done = DONE.find((d) => d === url.searchParams.get("done")) ?? null;
  return staffData({
    ...workspaceBasics(context, access),
    canEdit,
    priorities,
    groups,
    codes: codes.map((c) => ({ id: c.id, code: c.code, label: c.label })),
    staff: staff.map((s) => ({ id: s.id, name: s.displayName, email: s.email, roles: s.roles })),
    editPriorityId: editPriority?.id ?? null,
    editGroupId: editGroup?.id ?? null,
    done,
  });
}

function priorityValues(form: FormData): PriorityValues {
  return { title: textField(form, "title"), description: textField(form, "description"), position: textField(form, "position") };
}

function groupValues(form: FormData): GroupValues {
  return {
    name: textField(form, "name"),
    description: textField(form, "description"),
    priorityId: textField(form, "priorityId"),
    position: textField(form, "position"),
  };
}

type Failure =
  | { intent: "addPriority" | "savePriority"; id: string | null; values: PriorityValues; errors: Partial<Record<PriorityField, string>> }
  | { intent: "addGroup" | "saveGroup"; id: string | null; values: GroupValues; errors: Partial<Record<GroupField, string>> }
  | { intent: "refused"; id: null; error: string };

const failed = (value: Failure) => staffData(value, 400);
const refused = () => failed({ intent: "refused", id: null, error: "strategy:errors.unknown" });

export async function strategyAction(context: AppLoadContext, request: Request, slug: string | undefined) {
  const access = await requireWorkspacePage(context, request, slug, "strategy");
  if (!mayEditStrategy(access)) notFound();
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const actor = { partnershipId: access.partnership.id, actorId: access.user.id };
  const page = workspaceHref(access.partnership.slug, "strategy");
  const back = (done: StrategyDone, anchor = "") => workspaceRedirect(`${page}?done=${done}${anchor}`);
  const intent = textField(form, "intent");
  const db = context.db;

  switch (intent) {
    case "addPriority": {
      const values = priorityValues(form);
      const result = await db.transaction((tx) => addPriority(tx, { ...actor, values }));
      return result.ok ? back("priorityAdded", "#priorities") : failed({ intent, id: null, values, errors: result.errors });
    }
    case "savePriority": {
      const id = textField(form, "priorityId");
      const values = priorityValues(form);
      const result = await db.transaction((tx) => updatePriority(tx, { ...actor, priorityId: id, values }));
      if (!result) return refused();
      return result.ok ? back("prioritySaved", "#priorities") : failed({ intent, id, values, errors: result.errors });
    }
    case "archivePriority":
    case "restorePriority": {
      const archived = intent === "archivePriority";
      const ok = await db.transaction((tx) => archivePriority(tx, { ...actor, priorityId: textField(form, "priorityId"), archived }));
      return ok ? back(archived ? "priorityArchived" : "priorityRestored", "#priorities") : refused();
    }
    case "addGroup": {
      const values = groupValues(form);
      const result = await db.transaction((tx) => addGroup(tx, { ...actor, values }));
      return result.ok ? workspaceRedirect(`${page}?group=${result.id}&done=groupAdded#group-edit`) : failed({ intent, id: null, values, errors: result.errors });
    }
    case "saveGroup": {
      const id = textField(form, "groupId");
      const values = groupValues(form);
      const result = await db.transaction((tx) => updateGroup(tx, { ...actor, groupId: id, values }));
      if (!result) return refused();
      return result.ok ? back("groupSaved", "#groups") : failed({ intent, id, values, errors: result.errors });
    }
    case "saveCodes": {
      const groupId = textField(form, "groupId");
      const result = await db.transaction((tx) => setGroupCodes(tx, { ...actor, groupId, codeIds: listField(form, "codes") }));
      return result === "saved" ? workspaceRedirect(`${page}?group=${groupId}&done=codesSaved#group-edit`) : refused();
    }
    case "saveMembers": {
      const groupId = textField(form, "groupId");
      const result = await db.transaction((tx) => setGroupMembers(tx, { ...actor, groupId, staffIds: listField(form, "members") }));
      return result === "saved" ? workspaceRedirect(`${page}?group=${groupId}&done=membersSaved#group-edit`) : refused();
    }
    case "archiveGroup":
    case "restoreGroup": {
      const archived = intent === "archiveGroup";
      const ok = await db.transaction((tx) => archiveGroup(tx, { ...actor, groupId: textField(form, "groupId"), archived }));
      return ok ? back(archived ? "groupArchived" : "groupRestored", "#groups") : refused();
    }
    default:
      return refused();
  }
}
