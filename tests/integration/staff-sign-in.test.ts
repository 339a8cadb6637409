import type { AppLoadContext } from "@remix-run/node";
import { generateTOTP } from "@epic-web/totp";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, partnerships, signInThrottle, staffInvitations, staffMemberships, staffSessions, staffUsers } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { DEMO_STAFF, DEMO_TOTP_SECRET, seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { requireStaff } from "~/modules/staff/access.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { acceptInvitation, createInvitation, loadInvitationPage } from "~/modules/staff/invitations.server";
import { setMailTransport, type MailMessage } from "~/modules/staff/mail.server";
import { hashPassword } from "~/modules/staff/password.server";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  createStaffSession,
  hashToken,
  touchStaffSession,
} from "~/modules/staff/session.server";
import { loadStaffHome, loadStaffShell } from "~/modules/staff/shell.server";
import {
  confirmTwoFactor,
  loadCodePage,
  loadSignInPage,
  loadTwoFactorSetup,
  pingSession,
  signIn,
  signOut,
  submitCode,
} from "~/modules/staff/sign-in.server";
import { addressThrottleKey, throttleSecret } from "~/modules/staff/throttle.server";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const SECRETS = ["a-test-secret-that-is-long-enough-0001"];
const ADDRESS = "203.0.113.5";
const OTHER_ADDRESS = "198.51.100.7";
const PASSWORD = "a perfectly long passphrase";

/** The load context as main.ts makes it, for a client at `address`. */
const contextFor = (address: string) => (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: SECRETS,
  production: false,
  allowPublicPost: () => true,
  clientAddressKey: addressThrottleKey(throttleSecret(SECRETS), address),
});
const context = contextFor(ADDRESS);

async function makeUser(email: string, opts: Parameters<typeof createStaffUser>[1] extends infer O ? Partial<O> : never = {}) {
  return createStaffUser(t.db, { email, passwordHash: await hashPassword(PASSWORD), ...opts });
}

function signInWith(client: TestClient, email: string, password: string, to?: string) {
  const path = to ? `/staff/sign-in?to=${encodeURIComponent(to)}` : "/staff/sign-in";
  return client.run(signIn, client.request(path, { email, password }));
}

async function codeNow(secret: string, offsetSteps = 0) {
  const { otp } = await generateTOTP({ secret, period: 30, digits: 6, algorithm: "SHA-1" });
  if (offsetSteps === 0) return otp;
  throw new Error("offset not supported");
}

/** A signed-in client's CSRF token, as its pages would carry it. */
async function csrfOf(client: TestClient, allowPendingSecondFactor = false) {
  const request = client.request("/staff");
  const access = await requireStaff(context(), request, { allowPendingSecondFactor, allowTotpSetup: true });
  return csrfTokenFor(context(), access);
}

const tokenOf = (client: TestClient) => client.cookie.split("=")[1] ?? "";

async function auditActions() {
  return (await t.db.select().from(auditLog).orderBy(auditLog.at)).map((r) => ({ action: r.action, actorId: r.actorId, subjectId: r.subjectId, details: r.details }));
}

describe(`staff sign-in on ${testDriver}`, () => {
  beforeEach(async () => {
    await seedDemo(t.db);
  });
  afterEach(() => setMailTransport(null));

  it("signs in with the right password, with a new session and no-store", async () => {
    const user = await makeUser("sam@council.example");
    const client = new TestClient(context);
    const page = await client.run(loadSignInPage, client.request("/staff/sign-in"));
    expect(page.status).toBe(200);
    expect(page.headers?.get("Cache-Control")).toBe("no-store");

    const result = await signInWith(client, "  Sam@Council.example ", PASSWORD, "/staff/p/northshire");
    expect(result).toMatchObject({ status: 302, location: "/staff/p/northshire" });
    expect(result.headers?.get("Cache-Control")).toBe("no-store");
    const setCookie = result.headers?.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^heard_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const session = await touchStaffSession(t.db, tokenOf(client));
    expect(session).toMatchObject({ userId: user.id, secondFactorDone: true });
    expect(await auditActions()).toEqual([{ action: "sign_in", actorId: user.id, subjectId: null, details: { secondFactor: false } }]);

    const home = await client.run(loadStaffHome, client.request("/staff"));
    expect(home.status).toBe(200);
    expect(home.headers?.get("Cache-Control")).toBe("no-store");
  });

  it("never goes anywhere but a staff page after signing in", async () => {
    await makeUser("sam@council.example");
    for (const to of ["https://evil.example/", "//evil.example/staff", "/staff/../exit", "/staff/%2e%2e/exit", "/\\evil.example", "/staffing"]) {
      const client = new TestClient(context);
      const result = await signInWith(client, "sam@council.example", PASSWORD, to);
      expect(result.location, to).toBe("/staff");
    }
  });

  it("gives the same answer for an unknown email and a wrong password, and audits without the email", async () => {
    const user = await makeUser("sam@council.example");
    const client = new TestClient(context);
    const wrong = await signInWith(client, "sam@council.example", "not the password at all");
    const unknown = await signInWith(client, "nobody@council.example", PASSWORD);
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect((wrong.data as { errors: unknown }).errors).toEqual({ email: "staff:signIn.errors.wrong" });
    expect((unknown.data as { errors: unknown }).errors).toEqual((wrong.data as { errors: unknown }).errors);
    expect(client.cookie).toBe("");

    const audit = await auditActions();
    expect(audit).toEqual([
      { action: "sign_in_failed", actorId: null, subjectId: user.id, details: { step: "password" } },
      { action: "sign_in_failed", actorId: null, subjectId: null, details: { step: "password" } },
    ]);
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain("nobody");
  });

  it("asks for missing fields with GOV.UK messages and keeps the email", async () => {
    const client = new TestClient(context);
    const result = await signInWith(client, "", "");
    expect(result.data).toMatchObject({
      errors: { email: "staff:signIn.errors.emailMissing", password: "staff:signIn.errors.passwordMissing" },
    });
    const format = await signInWith(client, "sam at council", "x");
    expect(format.data).toMatchObject({ errors: { email: "staff:signIn.errors.emailFormat" }, email: "sam at council" });
    // Not a form at all: the same errors, not a 500.
    const json = await client.run(
      signIn,
      new Request("http://heard.test/staff/sign-in", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
    );
    expect(json.status).toBe(400);
  });

  it("locks an account after 5 failures in 15 minutes, from any address", async () => {
    await makeUser("sam@council.example");
    for (let i = 0; i < 5; i++) {
      // Each failure from a different address: the account's own count still adds up.
      const client = new TestClient(contextFor(`192.0.2.${i + 1}`));
      expect((await signInWith(client, "sam@council.example", `wrong password ${i}!`)).status).toBe(400);
    }
    const client = new TestClient(contextFor("192.0.2.99"));
    const locked = await signInWith(client, "sam@council.example", PASSWORD);
    expect(locked.data).toMatchObject({ errors: { email: "staff:signIn.errors.locked" } });
    expect(client.cookie).toBe("");

    // After the lock ends, the right password works again.
    await t.db.update(signInThrottle).set({ lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 16 * 60 * 1000) });
    expect((await signInWith(client, "sam@council.example", PASSWORD)).status).toBe(302);
  });

  it("locks an address after 5 failures, whatever the accounts, and stores no address", async () => {
    await makeUser("sam@council.example");
    const fromHere = new TestClient(context);
    for (let i = 0; i < 5; i++) await signInWith(fromHere, `guess${i}@council.example`, "wrong password here");
    const locked = await signInWith(fromHere, "sam@council.example", PASSWORD);
    expect(locked.data).toMatchObject({ errors: { email: "staff:signIn.errors.locked" } });

    // The same person from another address is not held up.
    const elsewhere = new TestClient(contextFor(OTHER_ADDRESS));
    expect((await signInWith(elsewhere, "sam@council.example", PASSWORD)).status).toBe(302);

    const rows = await t.db.select().from(signInThrottle);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^(account|address):[A-Za-z0-9_-]+$/);
      expect(row.key).not.toContain(ADDRESS);
      expect(row.key).not.toContain("guess");
    }
    expect(rows.filter((r) => r.key.startsWith("address:"))).toHaveLength(1);
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain(ADDRESS);
  });

  it("starts a new session at sign-in and revokes the cookie that came in", async () => {
    const user = await makeUser("sam@council.example");
    const planted = await createStaffSession(t.db, user.id, { secondFactorDone: true });
    const client = new TestClient(context);
    client.cookie = `heard_staff=${planted}`;
    const result = await signInWith(client, "sam@council.example", PASSWORD);
    expect(result.status).toBe(302);
    expect(tokenOf(client)).not.toBe(planted);
    expect(await touchStaffSession(t.db, planted)).toBeNull();
    expect(await touchStaffSession(t.db, tokenOf(client))).not.toBeNull();
  });

  it("ends a session after 30 idle minutes and 12 hours whatever the activity", async () => {
    const user = await makeUser("sam@council.example");
    const start = new Date("2030-01-01T09:00:00Z");
    const at = (ms: number) => new Date(start.getTime() + ms);

    const idle = await createStaffSession(t.db, user.id, { secondFactorDone: true, now: start });
    expect(await touchStaffSession(t.db, idle, at(IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
    // Used a moment ago: the idle clock starts again from there.
    expect(await touchStaffSession(t.db, idle, at(2 * IDLE_TIMEOUT_MS - 2000))).not.toBeNull();
    expect(await touchStaffSession(t.db, idle, at(3 * IDLE_TIMEOUT_MS))).toBeNull();

    const busy = await createStaffSession(t.db, user.id, { secondFactorDone: true, now: start });
    let now = 0;
    for (; now + 20 * 60 * 1000 < ABSOLUTE_TIMEOUT_MS; now += 20 * 60 * 1000) {
      expect(await touchStaffSession(t.db, busy, at(now))).not.toBeNull();
    }
    expect(await touchStaffSession(t.db, busy, at(ABSOLUTE_TIMEOUT_MS))).toBeNull();
  });

  it("signs out one session, or every session, with the CSRF token only", async () => {
    const user = await makeUser("sam@council.example");
    const laptop = await signedInClient(context, t.db, user.id);
    const phone = await signedInClient(context, t.db, user.id);
    const other = await signedInClient(context, t.db, user.id);

    // No token, or another session's token: refused, nothing changes.
    const forged = await laptop.run(signOut, laptop.request("/staff/sign-out", {}));
    expect(forged.status).toBe(403);
    const foreign = await laptop.run(signOut, laptop.request("/staff/sign-out", { csrf: await csrfOf(phone) }));
    expect(foreign.status).toBe(403);
    expect(await touchStaffSession(t.db, tokenOf(laptop))).not.toBeNull();

    const laptopToken = tokenOf(laptop);
    const out = await laptop.run(signOut, laptop.request("/staff/sign-out", { csrf: await csrfOf(laptop) }));
    expect(out).toMatchObject({ status: 302, location: "/staff/sign-in?signedOut=1" });
    expect(out.headers?.get("Set-Cookie")).toContain("Max-Age=0");
    expect(await touchStaffSession(t.db, laptopToken)).toBeNull();
    expect(await touchStaffSession(t.db, tokenOf(phone))).not.toBeNull();
    // The old cookie cannot reach a staff page any more.
    const replay = new TestClient(context);
    replay.cookie = `heard_staff=${laptopToken}`;
    expect(await replay.run(loadStaffHome, replay.request("/staff"))).toMatchObject({ status: 302, location: "/staff/sign-in?to=%2Fstaff" });

    const everywhere = await phone.run(signOut, phone.request("/staff/sign-out", { csrf: await csrfOf(phone), scope: "everywhere" }));
    expect(everywhere.status).toBe(302);
    expect(await touchStaffSession(t.db, tokenOf(other))).toBeNull();
    const live = (await t.db.select().from(staffSessions).where(eq(staffSessions.userId, user.id))).filter((s) => !s.revokedAt);
    expect(live).toEqual([]);
    expect((await auditActions()).map((a) => a.action)).toEqual(["sign_out", "sign_out_everywhere"]);
  });

  it("keeps a session alive through /staff/session with the CSRF token only", async () => {
    const user = await makeUser("sam@council.example");
    const client = await signedInClient(context, t.db, user.id);
    expect((await client.run(pingSession, client.request("/staff/session", { csrf: "nope" }))).status).toBe(403);
    const ok = await client.run(pingSession, client.request("/staff/session", { csrf: await csrfOf(client) }));
    expect(ok).toMatchObject({ status: 200, data: { idleMs: IDLE_TIMEOUT_MS } });
  });

  it("asks a user with an authenticator for a code, then rotates the session", async () => {
    const user = await makeUser("ada@council.example", { totpSecret: DEMO_TOTP_SECRET });
    const client = new TestClient(context);
    const first = await signInWith(client, "ada@council.example", PASSWORD, "/staff/p/northshire");
    expect(first).toMatchObject({ status: 302, location: "/staff/sign-in/code?to=%2Fstaff%2Fp%2Fnorthshire" });
    const pending = tokenOf(client);

    // Half signed in: no staff page yet.
    expect(await client.run(loadStaffHome, client.request("/staff"))).toMatchObject({ status: 302, location: "/staff/sign-in/code" });
    const page = await client.run(loadCodePage, client.request("/staff/sign-in/code"));
    const csrf = (page.data as { csrf: string }).csrf;

    const wrong = await client.run(submitCode, client.request("/staff/sign-in/code", { csrf, code: "000000" === (await codeNow(DEMO_TOTP_SECRET)) ? "111111" : "000000" }));
    expect(wrong.data).toMatchObject({ errors: { code: "staff:code.errors.wrong" } });
    expect((await client.run(submitCode, client.request("/staff/sign-in/code", { csrf, code: "12 34" }))).data).toMatchObject({
      errors: { code: "staff:code.errors.format" },
    });
    expect((await client.run(submitCode, client.request("/staff/sign-in/code", { code: await codeNow(DEMO_TOTP_SECRET) }))).status).toBe(403);

    const code = await codeNow(DEMO_TOTP_SECRET);
    const done = await client.run(submitCode, client.request("/staff/sign-in/code?to=%2Fstaff%2Fp%2Fnorthshire", { csrf, code: `${code.slice(0, 3)} ${code.slice(3)}` }));
    expect(done).toMatchObject({ status: 302, location: "/staff/p/northshire" });
    expect(tokenOf(client)).not.toBe(pending);
    expect(await touchStaffSession(t.db, pending)).toBeNull();
    expect(await touchStaffSession(t.db, tokenOf(client))).toMatchObject({ secondFactorDone: true });
    const signInAudit = (await auditActions()).filter((a) => a.action === "sign_in");
    expect(signInAudit).toEqual([{ action: "sign_in", actorId: user.id, subjectId: null, details: { secondFactor: true, totpStep: expect.any(Number) } }]);

    // The same code again (another sign-in, in any app process, after any restart): refused.
    const again = new TestClient(context);
    await signInWith(again, "ada@council.example", PASSWORD);
    const csrf2 = await csrfOf(again, true);
    const replayed = await again.run(submitCode, again.request("/staff/sign-in/code", { csrf: csrf2, code }));
    expect(replayed.data).toMatchObject({ errors: { code: "staff:code.errors.wrong" } });
    expect((await auditActions()).at(-1)).toMatchObject({ action: "sign_in_failed", subjectId: user.id, details: { step: "code", reason: "replayed" } });
  });

  it("accepts one code once when two sign-ins send it at the same moment", async () => {
    const user = await makeUser("ada@council.example", { totpSecret: DEMO_TOTP_SECRET });
    const clients = [new TestClient(context), new TestClient(context)];
    for (const client of clients) await signInWith(client, "ada@council.example", PASSWORD);
    const tokens = await Promise.all(clients.map((client) => csrfOf(client, true)));
    const stepNow = Math.floor(Date.now() / 30_000);
    const code = await codeNow(DEMO_TOTP_SECRET);
    const results = await Promise.all(
      clients.map((client, i) => client.run(submitCode, client.request("/staff/sign-in/code", { csrf: tokens[i]!, code }))),
    );
    expect(results.filter((r) => r.status === 302)).toHaveLength(1);
    expect(results.filter((r) => (r.data as { errors?: { code?: string } } | undefined)?.errors?.code === "staff:code.errors.wrong")).toHaveLength(1);
    const [row] = await t.db.select({ step: staffUsers.totpLastStep }).from(staffUsers).where(eq(staffUsers.id, user.id));
    expect(row!.step! - stepNow).toBeGreaterThanOrEqual(0);
    expect(row!.step! - stepNow).toBeLessThanOrEqual(1);
  });

  it("makes safeguarding leads set up an authenticator too, but not analysts", async () => {
    await makeUser("safe@council.example", { roles: ["safeguarding_lead"], partnershipSlug: "northshire", totpSecret: null });
    await makeUser("reader@council.example", { roles: ["analyst"], partnershipSlug: "northshire", totpSecret: null });
    const lead = new TestClient(context);
    await signInWith(lead, "safe@council.example", PASSWORD);
    expect(await lead.run(loadStaffHome, lead.request("/staff"))).toMatchObject({ status: 302, location: "/staff/account/two-factor" });
    const analyst = new TestClient(context);
    await signInWith(analyst, "reader@council.example", PASSWORD);
    expect((await analyst.run(loadStaffHome, analyst.request("/staff"))).status).toBe(200);
  });

  it("makes admins set up an authenticator before anything else", async () => {
    const admin = await makeUser("lead@council.example", { roles: ["partnership_admin"], partnershipSlug: "northshire", totpSecret: null });
    const client = new TestClient(context);
    expect((await signInWith(client, "lead@council.example", PASSWORD)).location).toBe("/staff");
    expect(await client.run(loadStaffHome, client.request("/staff"))).toMatchObject({ status: 302, location: "/staff/account/two-factor" });
    expect(await client.run(loadStaffShell, client.request("/staff"))).toMatchObject({ status: 302, location: "/staff/account/two-factor" });

    const setup = await client.run(loadTwoFactorSetup, client.request("/staff/account/two-factor"));
    const { secret, uri, csrf } = setup.data as { secret: string; uri: string; csrf: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Heard:lead%40council.example\?/);
    // The same key on reload (nothing is stored until a code confirms it).
    const reload = await client.run(loadTwoFactorSetup, client.request("/staff/account/two-factor"));
    expect((reload.data as { secret: string }).secret).toBe(secret);
    expect((await t.db.select().from(staffUsers).where(eq(staffUsers.id, admin.id)))[0]?.totpSecret).toBeNull();

    expect((await client.run(confirmTwoFactor, client.request("/staff/account/two-factor", { csrf, code: "123" }))).status).toBe(400);
    expect((await client.run(confirmTwoFactor, client.request("/staff/account/two-factor", { code: await codeNow(secret) }))).status).toBe(403);
    const confirmed = await client.run(confirmTwoFactor, client.request("/staff/account/two-factor", { csrf, code: await codeNow(secret) }));
    expect(confirmed).toMatchObject({ status: 302, location: "/staff?twoFactor=1" });
    expect((await t.db.select().from(staffUsers).where(eq(staffUsers.id, admin.id)))[0]?.totpSecret).toBe(secret);
    expect((await client.run(loadStaffHome, client.request("/staff"))).status).toBe(200);
    expect((await auditActions()).map((a) => a.action)).toEqual(["sign_in", "second_factor_enabled"]);

    // Next time, the code is asked for.
    const next = new TestClient(context);
    expect((await signInWith(next, "lead@council.example", PASSWORD)).location).toBe("/staff/sign-in/code");
  });

  it("does not ask an analyst for an authenticator", async () => {
    await makeUser("ana@council.example", { roles: ["analyst"], partnershipSlug: "northshire" });
    const client = new TestClient(context);
    await signInWith(client, "ana@council.example", PASSWORD);
    const home = await client.run(loadStaffHome, client.request("/staff"));
    expect(home.data).toMatchObject({ hasTotp: false, partnerships: [{ slug: "northshire", roles: ["analyst"] }] });
    const shell = await client.run(loadStaffShell, client.request("/staff"));
    expect(shell.data).toMatchObject({ user: { email: "ana@council.example" }, partnerships: [{ slug: "northshire" }] });
  });

  it("invites by email, and the invited person joins, chooses a password and is signed in", async () => {
    const admin = await makeUser("lead@council.example", { roles: ["partnership_admin"], partnershipSlug: "northshire", totpSecret: DEMO_TOTP_SECRET });
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "northshire"));
    const mail: MailMessage[] = [];
    setMailTransport(async (m) => void mail.push(m));

    const token = await createInvitation(t.db, { email: "New.Analyst@Council.example", partnershipId: northshire!.id, role: "analyst", invitedBy: admin.id });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toBe("new.analyst@council.example");
    expect(mail[0]!.text).toContain(`/staff/invitations/${token}`);
    const [stored] = await t.db.select().from(staffInvitations);
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const client = new TestClient(context);
    const page = await client.run((c) => loadInvitationPage(c, token), client.request(`/staff/invitations/${token}`));
    expect(page.data).toEqual({ partnershipName: northshire!.name, role: "analyst", email: "new.analyst@council.example", existingUser: false });

    const accept = (form: Record<string, string>) => client.run((c, r) => acceptInvitation(c, r, token), client.request(`/staff/invitations/${token}`, form));
    const weak = await accept({ displayName: "", password: "password1234", confirmPassword: "password1234" });
    expect(weak.data).toMatchObject({ errors: { displayName: "staff:invitation.errors.nameMissing", password: "staff:password.errors.common" } });
    const short = await accept({ displayName: "Nia", password: "short one", confirmPassword: "short one" });
    expect(short.data).toMatchObject({ errors: { password: "staff:password.errors.tooShort" }, displayName: "Nia" });
    const mismatch = await accept({ displayName: "Nia", password: PASSWORD, confirmPassword: `${PASSWORD}!` });
    expect(mismatch.data).toMatchObject({ errors: { confirmPassword: "staff:invitation.errors.confirmMismatch" } });

    const ok = await accept({ displayName: "Nia Analyst", password: PASSWORD, confirmPassword: PASSWORD });
    expect(ok).toMatchObject({ status: 302, location: "/staff" });
    const [user] = await t.db.select().from(staffUsers).where(eq(staffUsers.email, "new.analyst@council.example"));
    expect(user).toMatchObject({ displayName: "Nia Analyst" });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await t.db.select().from(staffMemberships).where(eq(staffMemberships.userId, user!.id))).toMatchObject([{ role: "analyst", partnershipId: northshire!.id }]);
    expect((await client.run(loadStaffHome, client.request("/staff"))).data).toMatchObject({ displayName: "Nia Analyst" });
    const actions = await auditActions();
    expect(actions.map((a) => a.action)).toEqual(["invitation_sent", "password_changed", "invitation_accepted", "sign_in"]);
    expect(actions[2]).toMatchObject({ actorId: user!.id, subjectId: stored!.id, details: { role: "analyst" } });
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain("Nia");

    // Used once: the link no longer works.
    expect((await client.run((c) => loadInvitationPage(c, token), client.request(`/staff/invitations/${token}`))).status).toBe(404);
    expect((await accept({ displayName: "Someone", password: PASSWORD, confirmPassword: PASSWORD })).status).toBe(404);
    expect((await client.run((c) => loadInvitationPage(c, "x".repeat(43)), client.request("/staff/invitations/x"))).status).toBe(404);
  });

  it("asks someone who already has an account for their password, never for a new one", async () => {
    const existing = await makeUser("sam@council.example");
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "northshire"));
    setMailTransport(async () => {});
    const token = await createInvitation(t.db, { email: "sam@council.example", partnershipId: northshire!.id, role: "safeguarding_lead", invitedBy: null });
    const client = new TestClient(context);
    expect((await client.run((c) => loadInvitationPage(c, token), client.request("/x"))).data).toMatchObject({ existingUser: true });
    const takeover = await client.run((c, r) => acceptInvitation(c, r, token), client.request("/x", { displayName: "Mallory", password: "a brand new password", confirmPassword: "a brand new password" }));
    expect(takeover.data).toMatchObject({ errors: { password: "staff:invitation.errors.wrongPassword" } });
    const ok = await client.run((c, r) => acceptInvitation(c, r, token), client.request("/x", { password: PASSWORD }));
    expect(ok.status).toBe(302);
    const [user] = await t.db.select().from(staffUsers).where(eq(staffUsers.id, existing.id));
    expect(user!.displayName).toBe("sam");
    expect(await t.db.select().from(staffMemberships).where(eq(staffMemberships.userId, existing.id))).toMatchObject([{ role: "safeguarding_lead" }]);
  });

  it("seeds the demo staff once, with passwords that work and the admins' authenticator", async () => {
    const created = await seedDemoStaff(t.db);
    expect(created.map((m) => m.email)).toEqual(DEMO_STAFF.map((m) => m.email));
    expect(await seedDemoStaff(t.db)).toEqual([]);
    expect(await t.db.select().from(staffUsers)).toHaveLength(DEMO_STAFF.length);

    const analyst = DEMO_STAFF.find((m) => m.roles.includes("analyst"))!;
    const client = new TestClient(context);
    expect((await signInWith(client, analyst.email, analyst.password)).location).toBe("/staff");
    const admin = DEMO_STAFF.find((m) => m.platformAdmin)!;
    expect((await signInWith(new TestClient(context), admin.email, admin.password)).location).toBe("/staff/sign-in/code");
  });
});
