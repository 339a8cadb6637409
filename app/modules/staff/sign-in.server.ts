import { createHmac } from "node:crypto";
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { and, eq, isNull } from "drizzle-orm";
import { Authenticator } from "remix-auth";
import { FormStrategy } from "remix-auth-form";
import { staffUsers } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { readForm } from "~/modules/http/form.server";
import { qrSvg } from "~/modules/qr/qr.server";
import { STAFF_NO_STORE, requireStaff, type StaffAccess } from "./access.server";
import { assertCsrf, csrfTokenFor } from "./csrf.server";
import { verifyPassword } from "./password.server";
import {
  IDLE_TIMEOUT_MS,
  createStaffSession,
  readStaffToken,
  revokeAllStaffSessions,
  revokeStaffSession,
  staffCookieHeader,
  touchStaffSession,
} from "./session.server";
import {
  accountThrottleKey,
  clearSignInFailures,
  recordSignInFailure,
  throttleSecret,
  throttleState,
} from "./throttle.server";
import { checkTotpCode, newTotpSecretFor, totpAuthUri } from "./totp.server";

export const SIGN_IN_PATH = "/staff/sign-in";
export const CODE_PATH = "/staff/sign-in/code";
const HOME = "/staff";
/** Nobody's password is this long: refuse before hashing megabytes. */
const MAX_TYPED = 1024;

/** Where to go after signing in: a staff path on this site, never elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return HOME;
  let url: URL;
  try {
    url = new URL(value, "http://heard.invalid");
  } catch {
    return HOME;
  }
  // After the URL parser has resolved "..", "%2e%2e" and the like.
  if (url.origin !== "http://heard.invalid" || !/^\/staff(?:\/|$)/.test(url.pathname) || url.pathname.startsWith(SIGN_IN_PATH)) return HOME;
  return url.pathname + url.search;
}

function withTo(path: string, to: string): string {
  return to === HOME ? path : `${path}?to=${encodeURIComponent(to)}`;
}

export type SignInErrorKey =
  | "staff:signIn.errors.emailMissing"
  | "staff:signIn.errors.emailFormat"
  | "staff:signIn.errors.passwordMissing"
  | "staff:signIn.errors.wrong"
  | "staff:signIn.errors.locked";

export interface SignInErrors {
  email?: SignInErrorKey;
  password?: SignInErrorKey;
}

type SignInOutcome =
  | { ok: false; errors: SignInErrors; email: string }
  | { ok: true; userId: string; hasTotp: boolean };

// ---- Sign-in page --------------------------------------------------------------------

export async function loadSignInPage(context: AppLoadContext, request: Request) {
  const url = new URL(request.url);
  const to = safeReturnPath(url.searchParams.get("to"));
  // Already signed in: straight on.
  const token = readStaffToken(context, request);
  if (token) {
    const session = await touchStaffSession(context.db, token);
    if (session?.secondFactorDone) throw redirect(to, { headers: STAFF_NO_STORE });
  }
  const notice = url.searchParams.has("signedOut") ? "signedOut" : url.searchParams.has("timedOut") ? "timedOut" : null;
  return data({ to, notice }, { headers: STAFF_NO_STORE });
}

/**
 * Email and password through remix-auth's FormStrategy. The same answer
 * for an unknown email and a wrong password (and the same work: argon2
 * runs either way); failures count against the account and the address.
 */
export async function signIn(context: AppLoadContext, request: Request) {
  const incoming = readStaffToken(context, request);
  const authenticator = new Authenticator<SignInOutcome>();
  authenticator.use(new FormStrategy(({ form }) => checkPassword(context, form)), "password");
  // Single sign-on later: authenticator.use(new OAuth2Strategy(...), "entra"), ending in the same startSession().
  let outcome: SignInOutcome;
  try {
    outcome = await authenticator.authenticate("password", request);
  } catch {
    // Not a form at all (a forged JSON post): the usual errors, never a 500.
    outcome = { ok: false, errors: { email: "staff:signIn.errors.emailMissing" }, email: "" };
  }
  const to = safeReturnPath(new URL(request.url).searchParams.get("to"));
  if (!outcome.ok) return data({ errors: outcome.errors, email: outcome.email }, { status: 400, headers: STAFF_NO_STORE });

  // A cookie that came in is never carried on: it is revoked and a new token made.
  if (incoming) await revokeStaffSession(context.db, incoming);
  const token = await createStaffSession(context.db, outcome.userId, { secondFactorDone: !outcome.hasTotp });
  if (!outcome.hasTotp) {
    await recordAudit(context.db, { actorId: outcome.userId, partnershipId: null, action: "sign_in", details: { secondFactor: false } });
  }
  throw redirect(outcome.hasTotp ? withTo(CODE_PATH, to) : to, {
    headers: { ...STAFF_NO_STORE, "Set-Cookie": staffCookieHeader(context, request, token) },
  });
}

async function checkPassword(context: AppLoadContext, form: FormData): Promise<SignInOutcome> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  const errors: SignInErrors = {};
  if (!email) errors.email = "staff:signIn.errors.emailMissing";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320) errors.email = "staff:signIn.errors.emailFormat";
  if (!password) errors.password = "staff:signIn.errors.passwordMissing";
  if (errors.email || errors.password) return { ok: false, errors, email };

  const [user] = await context.db
    .select({ id: staffUsers.id, passwordHash: staffUsers.passwordHash, totpSecret: staffUsers.totpSecret })
    .from(staffUsers)
    .where(and(eq(staffUsers.email, email), isNull(staffUsers.disabledAt)));
  const keys = throttleKeys(context, { userId: user?.id, email });
  if ((await throttleState(context.db, keys)).locked) {
    return { ok: false, errors: { email: "staff:signIn.errors.locked" }, email };
  }
  const matches = password.length <= MAX_TYPED && (await verifyPassword(user?.passwordHash, password));
  if (!user || !matches) {
    await recordSignInFailure(context.db, keys);
    await recordAudit(context.db, {
      actorId: null,
      partnershipId: null,
      action: "sign_in_failed",
      ...(user ? { subjectType: "staff_user", subjectId: user.id } : {}),
      details: { step: "password" },
    });
    return { ok: false, errors: { email: "staff:signIn.errors.wrong" }, email };
  }
  await clearSignInFailures(context.db, keys[0]!);
  return { ok: true, userId: user.id, hasTotp: user.totpSecret !== null };
}

/** The account's key and, when the server gave one, the address's. */
export function throttleKeys(context: AppLoadContext, who: { userId?: string | null; email: string }): string[] {
  const keys = [accountThrottleKey(throttleSecret(context.cookieSecrets), who)];
  if (context.clientAddressKey) keys.push(context.clientAddressKey);
  return keys;
}

// ---- Second factor at sign-in --------------------------------------------------------

export type CodeErrorKey =
  | "staff:code.errors.missing"
  | "staff:code.errors.format"
  | "staff:code.errors.wrong"
  | "staff:code.errors.locked";

async function pendingAccess(context: AppLoadContext, request: Request, to: string): Promise<StaffAccess> {
  const access = await requireStaff(context, request, { allowPendingSecondFactor: true, allowTotpSetup: true });
  if (access.session.secondFactorDone) throw redirect(to, { headers: STAFF_NO_STORE });
  return access;
}

export async function loadCodePage(context: AppLoadContext, request: Request) {
  const to = safeReturnPath(new URL(request.url).searchParams.get("to"));
  const access = await pendingAccess(context, request, to);
  return data({ to, csrf: csrfTokenFor(context, access) }, { headers: STAFF_NO_STORE });
}

/** The code from the person's app: right, unused and not throttled, it ends the sign-in with a fresh session token. */
export async function submitCode(context: AppLoadContext, request: Request) {
  const to = safeReturnPath(new URL(request.url).searchParams.get("to"));
  const access = await pendingAccess(context, request, to);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const csrf = csrfTokenFor(context, access);
  const code = String(form.get("code") ?? "").trim();
  const fail = (error: CodeErrorKey) => data({ errors: { code: error }, code, csrf }, { status: 400, headers: STAFF_NO_STORE });
  if (!code) return fail("staff:code.errors.missing");

  const [user] = await context.db
    .select({ id: staffUsers.id, email: staffUsers.email, totpSecret: staffUsers.totpSecret })
    .from(staffUsers)
    .where(eq(staffUsers.id, access.user.id));
  if (!user?.totpSecret) throw redirect(SIGN_IN_PATH, { headers: STAFF_NO_STORE });
  const keys = throttleKeys(context, { userId: user.id, email: user.email });
  if ((await throttleState(context.db, keys)).locked) return fail("staff:code.errors.locked");

  const check = await checkTotpCode(context.db, user.id, user.totpSecret, code);
  if (!check.ok) {
    if (check.reason === "format") return fail("staff:code.errors.format");
    await recordSignInFailure(context.db, keys);
    await recordAudit(context.db, {
      actorId: null,
      partnershipId: null,
      action: "sign_in_failed",
      subjectType: "staff_user",
      subjectId: user.id,
      details: { step: "code", reason: check.reason },
    });
    return fail("staff:code.errors.wrong");
  }
  await clearSignInFailures(context.db, keys[0]!);
  await recordAudit(context.db, {
    actorId: user.id,
    partnershipId: null,
    action: "sign_in",
    details: { secondFactor: true, totpStep: check.step },
  });
  // The half-signed-in token goes; a new one carries the finished sign-in.
  await revokeStaffSession(context.db, access.token);
  const token = await createStaffSession(context.db, user.id, { secondFactorDone: true });
  throw redirect(to, { headers: { ...STAFF_NO_STORE, "Set-Cookie": staffCookieHeader(context, request, token) } });
}

// ---- Setting up the second factor ----------------------------------------------------

/**
 * The secret offered while setting up: derived from this session, so the
 * page and its form agree without storing anything until a code confirms it.
 */
function setupSecret(context: AppLoadContext, access: StaffAccess): string {
  const seed = createHmac("sha256", context.cookieSecrets[0]!).update(`totp-setup:${access.session.tokenHash}`).digest();
  return newTotpSecretFor(seed);
}

async function setupAccess(context: AppLoadContext, request: Request): Promise<StaffAccess> {
  const access = await requireStaff(context, request, { allowTotpSetup: true });
  if (access.user.hasTotp) throw redirect(HOME, { headers: STAFF_NO_STORE });
  return access;
}

export async function loadTwoFactorSetup(context: AppLoadContext, request: Request) {
  const access = await setupAccess(context, request);
  const secret = setupSecret(context, access);
  const uri = totpAuthUri(secret, access.user.email);
  return data({ secret, uri, qr: await qrSvg(uri), csrf: csrfTokenFor(context, access) }, { headers: STAFF_NO_STORE });
}

export async function confirmTwoFactor(context: AppLoadContext, request: Request) {
  const access = await setupAccess(context, request);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const secret = setupSecret(context, access);
  const code = String(form.get("code") ?? "").trim();
  const uri = totpAuthUri(secret, access.user.email);
  const fail = async (error: CodeErrorKey) =>
    data(
      { errors: { code: error }, code, secret, uri, qr: await qrSvg(uri), csrf: csrfTokenFor(context, access) },
      { status: 400, headers: STAFF_NO_STORE },
    );
  if (!code) return fail("staff:code.errors.missing");
  const check = await checkTotpCode(context.db, access.user.id, secret, code);
  if (!check.ok) return fail(check.reason === "format" ? "staff:code.errors.format" : "staff:code.errors.wrong");
  await context.db.update(staffUsers).set({ totpSecret: secret }).where(eq(staffUsers.id, access.user.id));
  await recordAudit(context.db, {
    actorId: access.user.id,
    partnershipId: null,
    action: "second_factor_enabled",
    subjectType: "staff_user",
    subjectId: access.user.id,
    details: { totpStep: check.step },
  });
  throw redirect(`${HOME}?twoFactor=1`, { headers: STAFF_NO_STORE });
}

// ---- Signing out, and keeping a session alive ----------------------------------------

/** POST only, with the CSRF token. `scope=everywhere` ends every session of this person. */
export async function signOut(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request, { allowPendingSecondFactor: true, allowTotpSetup: true });
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const everywhere = form.get("scope") === "everywhere";
  // The idle warning's time ran out in the browser: the page signs itself out.
  const timedOut = !everywhere && form.get("reason") === "timed_out";
  if (everywhere) await revokeAllStaffSessions(context.db, access.user.id);
  else await revokeStaffSession(context.db, access.token);
  await recordAudit(context.db, {
    actorId: access.user.id,
    partnershipId: null,
    action: everywhere ? "sign_out_everywhere" : timedOut ? "sign_out_idle" : "sign_out",
  });
  throw redirect(`${SIGN_IN_PATH}?${timedOut ? "timedOut" : "signedOut"}=1`, {
    headers: { ...STAFF_NO_STORE, "Set-Cookie": staffCookieHeader(context, request, null) },
  });
}

/** "Stay signed in": requireStaff has already marked the session used. */
export async function pingSession(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request);
  assertCsrf(context, access, await readForm(request));
  // A resource route's answer: a Response of its own (the fetcher reads it, and so could anything outside Remix).
  return Response.json({ idleMs: IDLE_TIMEOUT_MS }, { headers: STAFF_NO_STORE });
}
