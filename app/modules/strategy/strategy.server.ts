import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import {
  codebookCodes,
  implementationGroupCodes,
  implementationGroupMembers,
  implementationGroups,
  staffMemberships,
  staffUsers,
  strategicPriorities,
} from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import type { DbOrTx } from "~/modules/coding/db";
import type { StaffRole } from "~/modules/staff/roles";
import {
  parseGroup,
  parseIds,
  parsePriority,
  type GroupField,
  type GroupValues,
  type Parsed,
  type PriorityField,
  type PriorityValues,
} from "./forms";

// A partnership's strategy: its strategic priorities, the implementation
// groups that own parts of the action plan (one per priority, usually), the
// codebook codes (themes) that feed each group, and the staff on each group.
// Everything is scoped to one partnership: an id from another is "not found".

export interface StrategicPriority {
  id: string;
  title: string;
  description: string;
  position: number;
  archived: boolean;
}

export interface ImplementationGroup {
  id: string;
  name: string;
  description: string;
  priorityId: string | null;
  position: number;
  archived: boolean;
  /** The codebook codes (ids) that feed the group. */
  codeIds: string[];
  /** The staff (ids) who sit on the group. */
  memberIds: string[];
}

export interface GroupCode {
  id: string;
  code: string;
  label: string;
  childDescription: string;
}

export interface PartnershipStaffMember {
  id: string;
  displayName: string;
  email: string;
  roles: StaffRole[];
}

interface Actor {
  partnershipId: string;
  actorId: string;
}

const isId = (value: string) => z.uuid().safeParse(value).success;

/** The partnership's priorities in their order (archived ones only when asked). */
export async function listPriorities(db: DbOrTx, partnershipId: string, { includeArchived = false } = {}): Promise<StrategicPriority[]> {
  const rows = await db
    .select()
    .from(strategicPriorities)
    .where(and(eq(strategicPriorities.partnershipId, partnershipId), includeArchived ? undefined : isNull(strategicPriorities.archivedAt)))
    .orderBy(asc(strategicPriorities.position), asc(strategicPriorities.title));
  return rows.map((r) => ({ id: r.id, title: r.title, description: r.description, position: r.position, archived: r.archivedAt !== null }));
}

/** The partnership's implementation groups in their order, each with its codes and members (archived groups only when asked). */
export async function listGroups(db: DbOrTx, partnershipId: string, { includeArchived = false } = {}): Promise<ImplementationGroup[]> {
  const rows = await db
    .select()
    .from(implementationGroups)
    .where(and(eq(implementationGroups.partnershipId, partnershipId), includeArchived ? undefined : isNull(implementationGroups.archivedAt)))
    .orderBy(asc(implementationGroups.position), asc(implementationGroups.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [codes, members] = await Promise.all([
    db
      .select({ groupId: implementationGroupCodes.groupId, codeId: implementationGroupCodes.codeId })
      .from(implementationGroupCodes)
      .where(inArray(implementationGroupCodes.groupId, ids)),
    db
      .select({ groupId: implementationGroupMembers.groupId, staffUserId: implementationGroupMembers.staffUserId })
      .from(implementationGroupMembers)
      .where(inArray(implementationGroupMembers.groupId, ids)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    priorityId: r.priorityId,
    position: r.position,
    archived: r.archivedAt !== null,
    codeIds: codes.filter((c) => c.groupId === r.id).map((c) => c.codeId),
    memberIds: members.filter((m) => m.groupId === r.id).map((m) => m.staffUserId),
  }));
}

/** Everything the strategy page shows: priorities and groups, active and archived. */
export async function listStrategy(db: DbOrTx, partnershipId: string) {
  const [priorities, groups] = await Promise.all([
    listPriorities(db, partnershipId, { includeArchived: true }),
    listGroups(db, partnershipId, { includeArchived: true }),
  ]);
  return { priorities, groups };
}

/** One of the partnership's groups, or null (unknown, or another partnership's). */
export async function findGroup(db: DbOrTx, partnershipId: string, groupId: string): Promise<ImplementationGroup | null> {
  if (!isId(groupId)) return null;
  const groups = await listGroups(db, partnershipId, { includeArchived: true });
  return groups.find((g) => g.id === groupId) ?? null;
}

/** The active codes (themes) that feed a group, by label. */
export async function codesForGroup(db: DbOrTx, groupId: string): Promise<GroupCode[]> {
  if (!isId(groupId)) return [];
  return db
    .select({ id: codebookCodes.id, code: codebookCodes.code, label: codebookCodes.label, childDescription: codebookCodes.childDescription })
    .from(implementationGroupCodes)
    .innerJoin(codebookCodes, eq(codebookCodes.id, implementationGroupCodes.codeId))
    .where(and(eq(implementationGroupCodes.groupId, groupId), isNull(codebookCodes.archivedAt)))
    .orderBy(asc(codebookCodes.label));
}

/** The active groups of this partnership that this member of staff sits on. */
export async function groupsForMember(db: DbOrTx, partnershipId: string, staffUserId: string): Promise<ImplementationGroup[]> {
  if (!isId(staffUserId)) return [];
  const groups = await listGroups(db, partnershipId);
  return groups.filter((g) => g.memberIds.includes(staffUserId));
}

/** The partnership's staff (not disabled), with their roles there: who can be put on a group. */
export async function partnershipStaff(db: DbOrTx, partnershipId: string): Promise<PartnershipStaffMember[]> {
  const rows = await db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.partnershipId, partnershipId), isNull(staffUsers.disabledAt)))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.email));
  const byId = new Map<string, PartnershipStaffMember>();
  for (const row of rows) {
    const member = byId.get(row.id) ?? { id: row.id, displayName: row.displayName, email: row.email, roles: [] };
    member.roles.push(row.role);
    byId.set(row.id, member);
  }
  return [...byId.values()];
}

async function nextPosition(db: DbOrTx, table: typeof strategicPriorities | typeof implementationGroups, partnershipId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${table.position}), 0)::int` })
    .from(table)
    .where(eq(table.partnershipId, partnershipId));
  return Number(row?.n ?? 0) + 1;
}

async function findPriority(db: DbOrTx, partnershipId: string, priorityId: string) {
  if (!isId(priorityId)) return null;
  const [row] = await db
    .select()
    .from(strategicPriorities)
    .where(and(eq(strategicPriorities.id, priorityId), eq(strategicPriorities.partnershipId, partnershipId)));
  return row ?? null;
}

export type SaveResult<F extends string> = { ok: true; id: string } | { ok: false; errors: Partial<Record<F, string>> };

/** Adds a strategic priority (at the end unless a position is given); audited. */
export async function addPriority(db: DbOrTx, { partnershipId, actorId, values }: Actor & { values: PriorityValues }): Promise<SaveResult<PriorityField>> {
  const parsed = parsePriority(values);
  if (!parsed.ok) return parsed;
  const position = parsed.data.position ?? (await nextPosition(db, strategicPriorities, partnershipId));
  const [made] = await db
    .insert(strategicPriorities)
    .values({ partnershipId, title: parsed.data.title, description: parsed.data.description, position })
    .returning({ id: strategicPriorities.id });
  await recordAudit(db, { actorId, partnershipId, action: "strategy_priority_created", subjectType: "strategic_priority", subjectId: made!.id });
  return { ok: true, id: made!.id };
}

/** Renames, describes or moves a priority; null if it is not this partnership's. Audited. */
export async function updatePriority(
  db: DbOrTx,
  { partnershipId, actorId, priorityId, values }: Actor & { priorityId: string; values: PriorityValues },
): Promise<SaveResult<PriorityField> | null> {
  const priority = await findPriority(db, partnershipId, priorityId);
  if (!priority) return null;
  const parsed = parsePriority(values);
  if (!parsed.ok) return parsed;
  await db
    .update(strategicPriorities)
    .set({ title: parsed.data.title, description: parsed.data.description, position: parsed.data.position ?? priority.position })
    .where(eq(strategicPriorities.id, priority.id));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "strategy_priority_changed",
    subjectType: "strategic_priority",
    subjectId: priority.id,
    details: { change: "edited" },
  });
  return { ok: true, id: priority.id };
}

/** Archives (or brings back) a priority; its groups keep pointing at it. False if not this partnership's. Audited. */
export async function archivePriority(
  db: DbOrTx,
  { partnershipId, actorId, priorityId, archived = true }: Actor & { priorityId: string; archived?: boolean },
): Promise<boolean> {
  const priority = await findPriority(db, partnershipId, priorityId);
  if (!priority) return false;
  await db.update(strategicPriorities).set({ archivedAt: archived ? new Date() : null }).where(eq(strategicPriorities.id, priority.id));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "strategy_priority_changed",
    subjectType: "strategic_priority",
    subjectId: priority.id,
    details: { change: archived ? "archived" : "restored" },
  });
  return true;
}

async function checkPriority(db: DbOrTx, partnershipId: string, priorityId: string | null): Promise<boolean> {
  if (priorityId === null) return true;
  const priority = await findPriority(db, partnershipId, priorityId);
  return priority !== null && priority.archivedAt === null;
}

/** Adds an implementation group; audited. */
export async function addGroup(db: DbOrTx, { partnershipId, actorId, values }: Actor & { values: GroupValues }): Promise<SaveResult<GroupField>> {
  const parsed: Parsed<{ name: string; description: string; priorityId: string | null; position: number | null }, GroupField> = parseGroup(values);
  if (!parsed.ok) return parsed;
  if (!(await checkPriority(db, partnershipId, parsed.data.priorityId))) return { ok: false, errors: { priorityId: "strategy:errors.priorityUnknown" } };
  const position = parsed.data.position ?? (await nextPosition(db, implementationGroups, partnershipId));
  const [made] = await db
    .insert(implementationGroups)
    .values({ partnershipId, name: parsed.data.name, description: parsed.data.description, priorityId: parsed.data.priorityId, position })
    .returning({ id: implementationGroups.id });
  await recordAudit(db, { actorId, partnershipId, action: "implementation_group_created", subjectType: "implementation_group", subjectId: made!.id });
  return { ok: true, id: made!.id };
}

/** Renames, describes, moves a group or changes its priority; null if not this partnership's. Audited. */
export async function updateGroup(
  db: DbOrTx,
  { partnershipId, actorId, groupId, values }: Actor & { groupId: string; values: GroupValues },
): Promise<SaveResult<GroupField> | null> {
  const group = await findGroup(db, partnershipId, groupId);
  if (!group) return null;
  const parsed = parseGroup(values);
  if (!parsed.ok) return parsed;
  // The group may keep an archived priority it already had; a new one must be active.
  if (parsed.data.priorityId !== group.priorityId && !(await checkPriority(db, partnershipId, parsed.data.priorityId))) {
    return { ok: false, errors: { priorityId: "strategy:errors.priorityUnknown" } };
  }
  await db
    .update(implementationGroups)
    .set({
      name: parsed.data.name,
      description: parsed.data.description,
      priorityId: parsed.data.priorityId,
      position: parsed.data.position ?? group.position,
    })
    .where(eq(implementationGroups.id, group.id));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "implementation_group_changed",
    subjectType: "implementation_group",
    subjectId: group.id,
    details: { change: "edited" },
  });
  return { ok: true, id: group.id };
}

/** Archives (or brings back) a group. False if not this partnership's. Audited. */
export async function archiveGroup(
  db: DbOrTx,
  { partnershipId, actorId, groupId, archived = true }: Actor & { groupId: string; archived?: boolean },
): Promise<boolean> {
  const group = await findGroup(db, partnershipId, groupId);
  if (!group) return false;
  await db.update(implementationGroups).set({ archivedAt: archived ? new Date() : null }).where(eq(implementationGroups.id, group.id));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "implementation_group_changed",
    subjectType: "implementation_group",
    subjectId: group.id,
    details: { change: archived ? "archived" : "restored" },
  });
  return true;
}

export type SetResult = "saved" | "not_found" | "invalid";

/**
 * Sets which codes feed a group (the whole list: what is not ticked is
 * removed). Every code must be one of the partnership's active codes, else
 * nothing changes. Audited with the number of codes.
 */
export async function setGroupCodes(db: DbOrTx, { partnershipId, actorId, groupId, codeIds }: Actor & { groupId: string; codeIds: string[] }): Promise<SetResult> {
  const group = await findGroup(db, partnershipId, groupId);
  if (!group) return "not_found";
  const ids = parseIds(codeIds);
  if (!ids) return "invalid";
  if (ids.length > 0) {
    const known = await db
      .select({ id: codebookCodes.id })
      .from(codebookCodes)
      .where(and(eq(codebookCodes.partnershipId, partnershipId), isNull(codebookCodes.archivedAt), inArray(codebookCodes.id, ids)));
    if (known.length !== ids.length) return "invalid";
  }
  await db.delete(implementationGroupCodes).where(eq(implementationGroupCodes.groupId, group.id));
  if (ids.length > 0) await db.insert(implementationGroupCodes).values(ids.map((codeId) => ({ groupId: group.id, codeId })));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "implementation_group_changed",
    subjectType: "implementation_group",
    subjectId: group.id,
    details: { change: "codes", codes: ids.length },
  });
  return "saved";
}

/** Sets who sits on a group (the whole list). Everyone must be staff of this partnership, else nothing changes. Audited. */
export async function setGroupMembers(
  db: DbOrTx,
  { partnershipId, actorId, groupId, staffIds }: Actor & { groupId: string; staffIds: string[] },
): Promise<SetResult> {
  const group = await findGroup(db, partnershipId, groupId);
  if (!group) return "not_found";
  const ids = parseIds(staffIds);
  if (!ids) return "invalid";
  const staff = new Set((await partnershipStaff(db, partnershipId)).map((s) => s.id));
  if (ids.some((id) => !staff.has(id))) return "invalid";
  await db.delete(implementationGroupMembers).where(eq(implementationGroupMembers.groupId, group.id));
  if (ids.length > 0) await db.insert(implementationGroupMembers).values(ids.map((staffUserId) => ({ groupId: group.id, staffUserId })));
  await recordAudit(db, {
    actorId,
    partnershipId,
    action: "implementation_group_changed",
    subjectType: "implementation_group",
    subjectId: group.id,
    details: { change: "members", members: ids.length },
  });
  return "saved";
}
