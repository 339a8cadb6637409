import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/modules/db/client.server";
import { partnerships, staffInvitations, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { mailInvitation, storeInvitation } from "~/modules/staff/invitations.server";
import { isStaffRole, STAFF_ROLES, type StaffRole } from "~/modules/staff/roles";
import { firstErrors, listField, textField, type FieldErrors } from "~/modules/workspace/form";

export interface TeamMember {
  userId: string;
  displayName: string;
  email: string;
  roles: StaffRole[];
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: StaffRole;
  expiresAt: string;
}

/** The partnership's members with their roles, and invitations not yet accepted or expired. */
export async function loadTeam(
  db: Database,
  partnershipId: string,
  now = new Date(),
): Promise<{ members: TeamMember[]; invitations: PendingInvitation[] }> {
  const rows = await db
    .select({ userId: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
    .where(eq(staffMemberships.partnershipId, partnershipId))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.email));
  const members = new Map<string, TeamMember>();
  for (const row of rows) {
    const member = members.get(row.userId) ?? { userId: row.userId, displayName: row.displayName, email: row.email, roles: [] };
    member.roles.push(row.role);
    members.set(row.userId, member);
  }
  for (const member of members.values()) member.roles.sort((a, b) => STAFF_ROLES.indexOf(a) - STAFF_ROLES.indexOf(b));
  const invitations = await db
    .select({ id: staffInvitations.id, email: staffInvitations.email, role: staffInvitations.role, expiresAt: staffInvitations.expiresAt })
    .from(staffInvitations)
    .where(
      and(
        eq(staffInvitations.partnershipId, partnershipId),
        isNull(staffInvitations.acceptedAt),
        gt(staffInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(staffInvitations.createdAt));
  return {
    members: [...members.values()],
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}


export type InviteField = "email" | "role";
export interface InviteValues {
  email: string;
  role: string;
}

const inviteSchema = z.object({
  email: z
    .string()
    .min(1, { error: "admin:team.errors.emailRequired" })
    .max(254, { error: "admin:team.errors.emailFormat" })
    .pipe(z.email({ error: "admin:team.errors.emailFormat" })),
  role: z.enum(STAFF_ROLES, { error: "admin:team.errors.roleRequired" }),
});

export type InviteResult =
  | { ok: true; invitationId: string; token: string; email: string; role: StaffRole }
  | { ok: false; values: InviteValues; errors: FieldErrors<InviteField> };

/**
 * Invites someone by email to this partnership with a role, and records
 * `invitation_sent` with the role (never the email). Someone who already
 * holds the role is told so instead.
 */
export async function inviteToTeam(
  db: Database,
  actor: { userId: string; partnershipId: string },
  form: FormData,
  /** Where the emailed link points (publicOrigin of the admin's request). */
  origin?: string,
): Promise<InviteResult> {
  const values: InviteValues = { email: textField(form, "email"), role: textField(form, "role") };
  const parsed = inviteSchema.safeParse({ ...values, email: values.email.toLowerCase() });
  if (!parsed.success) return { ok: false, values, errors: firstErrors<InviteField>(parsed) };
  const { email, role } = parsed.data;
  const [already] = await db
    .select({ userId: staffUsers.id })
    .from(staffUsers)
    .innerJoin(staffMemberships, eq(staffMemberships.userId, staffUsers.id))
    .where(and(eq(staffUsers.email, email), eq(staffMemberships.partnershipId, actor.partnershipId), eq(staffMemberships.role, role)));
  if (already) return { ok: false, values, errors: { email: "admin:team.errors.alreadyHasRole" } };
  const { id, token } = await storeInvitation(db, { email, partnershipId: actor.partnershipId, role, invitedBy: actor.userId });
  // The mail goes once the invitation is stored; if it fails, the invitation can be sent again.
  await mailInvitation(db, { email, partnershipId: actor.partnershipId, token, origin });
  return { ok: true as const, invitationId: id, token, email, role };
}

export type RolesResult = { ok: true; granted: StaffRole[]; removed: StaffRole[] } | { ok: false; error: "notMember" | "lastAdmin" | "badRole" };

/**
 * Sets a member's roles in this partnership (none: they leave it), recording
 * `role_granted` and `role_removed` for each change. The partnership keeps at
 * least one partnership admin: a change that would leave none is refused.
 * Only people already in the partnership can be changed here; newcomers are invited.
 */
export async function setMemberRoles(
  db: Database,
  input: { actorId: string; partnershipId: string; userId: string; roles: string[] },
): Promise<RolesResult> {
  if (!input.roles.every(isStaffRole)) return { ok: false, error: "badRole" };
  if (!z.uuid().safeParse(input.userId).success) return { ok: false, error: "notMember" };
  const wanted = new Set(input.roles as StaffRole[]);
  return db.transaction(async (tx) => {
    // One change to a partnership's roles at a time, so two admins removing each other cannot leave none.
    await tx.execute(sql`select 1 from ${partnerships} where ${partnerships.id} = ${input.partnershipId} for update`);
    const held = (
      await tx
        .select({ role: staffMemberships.role })
        .from(staffMemberships)
        .where(and(eq(staffMemberships.partnershipId, input.partnershipId), eq(staffMemberships.userId, input.userId)))
    ).map((r) => r.role);
    if (held.length === 0) return { ok: false as const, error: "notMember" as const };
    const granted = STAFF_ROLES.filter((r) => wanted.has(r) && !held.includes(r));
    const removed = STAFF_ROLES.filter((r) => !wanted.has(r) && held.includes(r));
    if (removed.includes("partnership_admin")) {
      const [{ admins } = { admins: 0 }] = await tx
        .select({ admins: sql<number>`count(*)::int` })
        .from(staffMemberships)
        .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.userId))
        .where(
          and(
            eq(staffMemberships.partnershipId, input.partnershipId),
            eq(staffMemberships.role, "partnership_admin"),
            isNull(staffUsers.disabledAt),
          ),
        );
      if (admins <= 1) return { ok: false as const, error: "lastAdmin" as const };
    }
    if (granted.length > 0) {
      await tx.insert(staffMemberships).values(granted.map((role) => ({ userId: input.userId, partnershipId: input.partnershipId, role })));
    }
    for (const role of removed) {
      await tx
        .delete(staffMemberships)
        .where(
          and(
            eq(staffMemberships.partnershipId, input.partnershipId),
            eq(staffMemberships.userId, input.userId),
            eq(staffMemberships.role, role),
          ),
        );
    }
    for (const [action, roles] of [["role_granted", granted], ["role_removed", removed]] as const) {
      for (const role of roles) {
        await recordAudit(tx, {
          actorId: input.actorId,
          partnershipId: input.partnershipId,
          action,
          subjectType: "staff_user",
          subjectId: input.userId,
          details: { role },
        });
      }
    }
    return { ok: true as const, granted, removed };
  });
}

/** The team page's two forms. */
export async function changeTeam(
  db: Database,
  actor: { userId: string; partnershipId: string },
  form: FormData,
  origin?: string,
): Promise<{ intent: "invite"; result: InviteResult } | { intent: "roles" | "remove"; userId: string; result: RolesResult }> {
  if (textField(form, "intent") === "invite") return { intent: "invite", result: await inviteToTeam(db, actor, form, origin) };
  const userId = textField(form, "userId");
  const removing = textField(form, "intent") === "remove";
  const roles = removing ? [] : listField(form, "roles");
  return {
    intent: removing ? "remove" : "roles",
    userId,
    result: await setMemberRoles(db, { actorId: actor.userId, partnershipId: actor.partnershipId, userId, roles }),
  };
}
