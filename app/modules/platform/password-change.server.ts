import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { and, eq, isNull } from "drizzle-orm";
import { staffSessions, staffUsers } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { readForm } from "~/modules/http/form.server";
import { requireStaff, STAFF_NO_STORE } from "~/modules/staff/access.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from "~/modules/staff/password.server";
import { createStaffSession, hashToken, staffCookieHeader } from "~/modules/staff/session.server";
import { throttleKeys } from "~/modules/staff/sign-in.server";
import { clearSignInFailures, recordSignInFailure, throttleState } from "~/modules/staff/throttle.server";

// Changing your own password: the current one first (throttled like sign-in),
// then a new one under the same rules as accepting an invitation. Every other
// session of the person ends; this one goes on under a new token.

export const PASSWORD_PATH = "/staff/account/password";
/** Longer than any allowed password: nothing longer is hashed (argon2 on megabytes would be a cheap attack). */
const MAX_TYPED = 1024;

export type PasswordChangeErrorKey =
  | "platform:password.errors.currentMissing"
  | "platform:password.errors.currentWrong"
  | "platform:password.errors.sameAsCurrent"
  | "platform:password.errors.confirmMismatch"
  | "staff:signIn.errors.locked"
  | `staff:password.errors.${PasswordProblem}`;

export interface PasswordChangeErrors {
  currentPassword?: PasswordChangeErrorKey;
  newPassword?: PasswordChangeErrorKey;
  confirmPassword?: PasswordChangeErrorKey;
}

export async function loadPasswordPage(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request);
  return data(
    { csrf: csrfTokenFor(context, access), email: access.user.email, done: new URL(request.url).searchParams.has("changed") },
    { headers: STAFF_NO_STORE },
  );
}

export async function changePassword(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const { user } = access;
  const current = String(form.get("currentPassword") ?? "");
  const next = String(form.get("newPassword") ?? "");
  const confirm = String(form.get("confirmPassword") ?? "");
  const errors: PasswordChangeErrors = {};
  // Passwords are never sent back to the page.
  const fail = (status = 400) => data({ errors }, { status, headers: STAFF_NO_STORE });

  const keys = throttleKeys(context, { userId: user.id, email: user.email });
  if ((await throttleState(context.db, keys)).locked) {
    errors.currentPassword = "staff:signIn.errors.locked";
    return fail(429);
  }
  if (current === "") {
    errors.currentPassword = "platform:password.errors.currentMissing";
  } else {
    const [row] = await context.db.select({ passwordHash: staffUsers.passwordHash }).from(staffUsers).where(eq(staffUsers.id, user.id));
    const matches = current.length <= MAX_TYPED && (await verifyPassword(row?.passwordHash, current));
    if (!matches) {
      await recordSignInFailure(context.db, keys);
      await recordAudit(context.db, {
        actorId: user.id,
        partnershipId: null,
        action: "sign_in_failed",
        subjectType: "staff_user",
        subjectId: user.id,
        details: { step: "password_change" },
      });
      errors.currentPassword = "platform:password.errors.currentWrong";
    }
  }
  const problem = passwordProblem(next, { email: user.email });
  if (problem) errors.newPassword = `staff:password.errors.${problem}`;
  else if (next === current) errors.newPassword = "platform:password.errors.sameAsCurrent";
  else if (confirm !== next) errors.confirmPassword = "platform:password.errors.confirmMismatch";
  if (Object.keys(errors).length > 0) return fail();
  await clearSignInFailures(context.db, keys[0]!);

  const passwordHash = await hashPassword(next);
  const now = new Date();
  await context.db.transaction(async (tx) => {
    await tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, user.id));
    // Every session of this person ends, this one too: it goes on under a new token below.
    const revoked = await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(and(eq(staffSessions.userId, user.id), isNull(staffSessions.revokedAt)))
      .returning({ tokenHash: staffSessions.tokenHash });
    const others = revoked.filter((s) => s.tokenHash !== access.session.tokenHash).length;
    await recordAudit(tx, {
      actorId: user.id,
      partnershipId: null,
      action: "password_changed",
      subjectType: "staff_user",
      subjectId: user.id,
      details: { otherSessionsEnded: others },
    });
  });

  // This browser stays signed in with a fresh token, keeping the old session's absolute end.
  const token = await createStaffSession(context.db, user.id, { secondFactorDone: access.session.secondFactorDone, now });
  await context.db
    .update(staffSessions)
    .set({ expiresAt: access.session.expiresAt })
    .where(eq(staffSessions.tokenHash, hashToken(token)));
  throw redirect(`${PASSWORD_PATH}?changed=1`, {
    headers: { ...STAFF_NO_STORE, "Set-Cookie": staffCookieHeader(context, request, token) },
  });
}
