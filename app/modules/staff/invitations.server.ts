import { randomBytes } from "node:crypto";
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { and, eq, gt, isNull } from "drizzle-orm";
import { partnerships, staffInvitations, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Database } from "~/modules/db/client.server";
import { readForm } from "~/modules/http/form.server";
import { STAFF_NO_STORE } from "./access.server";
import { sendMail } from "./mail.server";
import { hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from "./password.server";
import type { StaffRole } from "./roles";
import { createStaffSession, hashToken, readStaffToken, revokeStaffSession, staffCookieHeader } from "./session.server";
import { clearSignInFailures, recordSignInFailure, throttleState } from "./throttle.server";
import { CODE_PATH, throttleKeys } from "./sign-in.server";

/** An invitation link works for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const DISPLAY_NAME_MAX = 100;

export function invitationPath(token: string): string {
  return `/staff/invitations/${token}`;
}

export interface InvitationInput {
  email: string;
  partnershipId: string;
  role: StaffRole;
  invitedBy: string | null;
  now?: Date;
}

/**
 * Stores an invitation (a random token of 256 bits, of which only the SHA-256
 * is kept, valid for 7 days) and records `invitation_sent` with the role, never
 * the email. Pass a transaction to store it with other changes. Returns the token.
 */
export async function storeInvitation(
  db: Pick<Database, "insert">,
  { email, partnershipId, role, invitedBy, now = new Date() }: InvitationInput,
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(staffInvitations)
    .values({
      tokenHash: hashToken(token),
      email: email.trim().toLowerCase(),
      partnershipId,
      role,
      invitedBy,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      createdAt: now,
    })
    .returning({ id: staffInvitations.id });
  await recordAudit(db, {
    actorId: invitedBy,
    partnershipId,
    action: "invitation_sent",
    subjectType: "invitation",
    subjectId: row!.id,
    details: { role },
  });
  return { id: row!.id, token };
}

/** Sends the invitation link: through SMTP when HEARD_SMTP_URL is set, else to the server log. */
export async function mailInvitation(
  db: Database,
  {
    email,
    partnershipId,
    token,
    origin = process.env.HEARD_PUBLIC_URL ?? "http://localhost:3000",
  }: { email: string; partnershipId: string; token: string; origin?: string },
): Promise<void> {
  const [partnership] = await db.select({ name: partnerships.name }).from(partnerships).where(eq(partnerships.id, partnershipId));
  const link = new URL(invitationPath(token), origin).toString();
  await sendMail({
    to: email.trim().toLowerCase(),
    subject: `You have been invited to ${partnership?.name ?? "a partnership"} on Heard`,
    text: [
      `You have been invited to join ${partnership?.name ?? "a partnership"} on Heard.`,
      "",
      `Accept the invitation within 7 days: ${link}`,
      "",
      "If you did not expect this email, you can ignore it.",
    ].join("\n"),
  });
}

/** Stores an invitation and mails its link. Returns the token. */
export async function createInvitation(db: Database, input: InvitationInput & { origin?: string }): Promise<string> {
  const { token } = await storeInvitation(db, input);
  await mailInvitation(db, { email: input.email, partnershipId: input.partnershipId, token, origin: input.origin });
  return token;
}

interface OpenInvitation {
  id: string;
  email: string;
  role: StaffRole;
  partnershipId: string;
  partnershipName: string;
  /** The invited person already has an account with a password: they confirm it instead of making one. */
  existingUserId: string | null;
}

async function openInvitation(db: Database, token: string, now = new Date()): Promise<OpenInvitation | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: staffInvitations.id,
      email: staffInvitations.email,
      role: staffInvitations.role,
      partnershipId: staffInvitations.partnershipId,
      partnershipName: partnerships.name,
    })
    .from(staffInvitations)
    .innerJoin(partnerships, eq(partnerships.id, staffInvitations.partnershipId))
    .where(and(eq(staffInvitations.tokenHash, hashToken(token)), isNull(staffInvitations.acceptedAt), gt(staffInvitations.expiresAt, now)));
  if (!row) return null;
  const [user] = await db.select({ id: staffUsers.id, passwordHash: staffUsers.passwordHash }).from(staffUsers).where(eq(staffUsers.email, row.email));
  return { ...row, existingUserId: user?.passwordHash ? user.id : null };
}

function notFound(): never {
  throw data(null, { status: 404, headers: STAFF_NO_STORE });
}

export async function loadInvitationPage(context: AppLoadContext, token: string) {
  const invitation = await openInvitation(context.db, token);
  if (!invitation) notFound();
  return data(
    {
      partnershipName: invitation.partnershipName,
      role: invitation.role,
      email: invitation.email,
      existingUser: invitation.existingUserId !== null,
    },
    { headers: STAFF_NO_STORE },
  );
}

export type InvitationErrorKey =
  | "staff:invitation.errors.nameMissing"
  | "staff:invitation.errors.nameTooLong"
  | `staff:password.errors.${PasswordProblem}`
  | "staff:invitation.errors.confirmMismatch"
  | "staff:invitation.errors.wrongPassword"
  | "staff:signIn.errors.locked";

export interface InvitationErrors {
  displayName?: InvitationErrorKey;
  password?: InvitationErrorKey;
  confirmPassword?: InvitationErrorKey;
}

/**
 * Accepts an invitation. A new person chooses a display name and a password
 * (the policy applies); someone who already has an account confirms their
 * password instead, so a forwarded link cannot take an account over. The
 * token in the URL is the secret a cross-site form cannot know (there is no
 * session yet to bind a CSRF token to).
 */
export async function acceptInvitation(context: AppLoadContext, request: Request, token: string) {
  const invitation = await openInvitation(context.db, token);
  if (!invitation) notFound();
  const form = await readForm(request);
  const displayName = String(form.get("displayName") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const confirmPassword = String(form.get("confirmPassword") ?? "");
  const errors: InvitationErrors = {};
  const page = {
    partnershipName: invitation.partnershipName,
    role: invitation.role,
    email: invitation.email,
    existingUser: invitation.existingUserId !== null,
  };
  const fail = () => data({ ...page, errors, displayName }, { status: 400, headers: STAFF_NO_STORE });

  let userId = invitation.existingUserId;
  if (userId) {
    const keys = throttleKeys(context, { userId, email: invitation.email });
    if ((await throttleState(context.db, keys)).locked) {
      errors.password = "staff:signIn.errors.locked";
      return fail();
    }
    const [user] = await context.db.select({ passwordHash: staffUsers.passwordHash }).from(staffUsers).where(eq(staffUsers.id, userId));
    if (!(password.length <= 1024 && (await verifyPassword(user?.passwordHash, password)))) {
      await recordSignInFailure(context.db, keys);
      errors.password = "staff:invitation.errors.wrongPassword";
      return fail();
    }
    await clearSignInFailures(context.db, keys[0]!);
  } else {
    if (!displayName) errors.displayName = "staff:invitation.errors.nameMissing";
    else if (displayName.length > DISPLAY_NAME_MAX) errors.displayName = "staff:invitation.errors.nameTooLong";
    const problem = passwordProblem(password, { email: invitation.email });
    if (problem) errors.password = `staff:password.errors.${problem}`;
    else if (confirmPassword !== password) errors.confirmPassword = "staff:invitation.errors.confirmMismatch";
    if (Object.keys(errors).length > 0) return fail();
  }

  const passwordHash = userId ? null : await hashPassword(password);
  const accepted = await context.db.transaction(async (tx) => {
    // Only one acceptance wins, however many tabs post at once.
    const marked = await tx
      .update(staffInvitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(staffInvitations.id, invitation.id), isNull(staffInvitations.acceptedAt)))
      .returning({ id: staffInvitations.id });
    if (marked.length === 0) return null;
    let id = userId;
    if (!id) {
      // A person invited before (no password yet) keeps their row; anyone else gets a new one.
      const [user] = await tx
        .insert(staffUsers)
        .values({ email: invitation.email, displayName, passwordHash })
        .onConflictDoUpdate({ target: staffUsers.email, set: { displayName, passwordHash } })
        .returning({ id: staffUsers.id });
      id = user!.id;
      await recordAudit(tx, { actorId: id, partnershipId: null, action: "password_changed", subjectType: "staff_user", subjectId: id });
    }
    await tx
      .insert(staffMemberships)
      .values({ userId: id, partnershipId: invitation.partnershipId, role: invitation.role })
      .onConflictDoNothing();
    await recordAudit(tx, {
      actorId: id,
      partnershipId: invitation.partnershipId,
      action: "invitation_accepted",
      subjectType: "invitation",
      subjectId: invitation.id,
      details: { role: invitation.role },
    });
    return id;
  });
  if (!accepted) notFound();
  userId = accepted;

  // Signed in at once, with a new token (any cookie that came in is revoked).
  const incoming = readStaffToken(context, request);
  if (incoming) await revokeStaffSession(context.db, incoming);
  const [user] = await context.db.select({ totpSecret: staffUsers.totpSecret }).from(staffUsers).where(eq(staffUsers.id, userId));
  const hasTotp = !!user?.totpSecret;
  const session = await createStaffSession(context.db, userId, { secondFactorDone: !hasTotp });
  if (!hasTotp) await recordAudit(context.db, { actorId: userId, partnershipId: null, action: "sign_in", details: { secondFactor: false } });
  // An admin without a second factor is sent on to set one up by requireStaff.
  throw redirect(hasTotp ? CODE_PATH : "/staff", {
    headers: { ...STAFF_NO_STORE, "Set-Cookie": staffCookieHeader(context, request, session) },
  });
}
