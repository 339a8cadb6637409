import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, partnerships, staffInvitations, staffMemberships, staffSessions, staffUsers } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { changePassword, loadPasswordPage } from "~/modules/platform/password-change.server";
import { loadPartnershipsPage, submitPartnership } from "~/modules/platform/partnerships-admin.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { acceptInvitation } from "~/modules/staff/invitations.server";
import { setMailTransport, type MailMessage } from "~/modules/staff/mail.server";
import { hashPassword, verifyPassword } from "~/modules/staff/password.server";
import { createStaffSession, hashToken, touchStaffSession } from "~/modules/staff/session.server";
import { signIn } from "~/modules/staff/sign-in.server";
import { addressThrottleKey, throttleSecret } from "~/modules/staff/throttle.server";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const SECRETS = ["a-test-secret-that-is-long-enough-0001"];
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: SECRETS,
  production: false,
  allowPublicPost: () => true,
  clientAddressKey: addressThrottleKey(throttleSecret(SECRETS), "203.0.113.9"),
});

const PARTNERSHIPS = "/staff/platform/partnerships";
const PASSWORD_PAGE = "/staff/account/password";

function csrfOf(client: TestClient): string {
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(client.cookie.split("=")[1]!) } as never });
}

let mail: MailMessage[] = [];
beforeEach(async () => {
  forgetPartnerships();
  await seedDemo(t.db);
  mail = [];
  setMailTransport(async (message) => {
    mail.push(message);
  });
});
afterEach(() => setMailTransport(null));

describe(`platform admins create partnerships on ${testDriver}`, () => {
  async function platformAdmin() {
    const admin = await createStaffUser(t.db, { email: "platform@heard.test", platformAdmin: true });
    return { admin, client: await signedInClient(context, t.db, admin.id) };
  }
  const create = (client: TestClient, form: Record<string, string>, csrf = csrfOf(client)) =>
    client.run(submitPartnership, client.request(PARTNERSHIPS, { ...form, csrf }));

  it("creates one with unreviewed default help contacts, invites its first admin, and audits both", async () => {
    const { admin, client } = await platformAdmin();
    const result = await create(client, { name: "  Southvale Safeguarding Children Partnership ", slug: "South-Vale", adminEmail: "Lead@Southvale.example" });
    expect(result).toMatchObject({ status: 302, location: `${PARTNERSHIPS}?created=south-vale` });

    const [made] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "south-vale"));
    expect(made).toMatchObject({ name: "Southvale Safeguarding Children Partnership" });
    expect(made!.helpContacts).toMatchObject({ notYetReviewed: true, frontDoor: { name: expect.stringContaining("not yet reviewed") } });

    const invitations = await t.db.select().from(staffInvitations).where(eq(staffInvitations.partnershipId, made!.id));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ email: "lead@southvale.example", role: "partnership_admin", invitedBy: admin.id, acceptedAt: null });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toBe("lead@southvale.example");
    const link = mail[0]!.text.match(/\/staff\/invitations\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.partnershipId, made!.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["invitation_sent", "partnership_created"]);
    const createdEntry = audit.find((a) => a.action === "partnership_created")!;
    expect(createdEntry).toMatchObject({ actorId: admin.id, subjectType: "partnership", subjectId: made!.id });
    // Ids and codes only: neither the name nor the email is copied into the log.
    expect(JSON.stringify(audit)).not.toMatch(/Southvale|southvale\.example/i);

    // The list shows it, with its contacts not yet reviewed; Northshire's are.
    const page = await client.run(loadPartnershipsPage, client.request(`${PARTNERSHIPS}?created=south-vale`));
    const data = page.data as { created: string; partnerships: { slug: string; contactsReviewed: boolean; members: number }[] };
    expect(data.created).toBe("Southvale Safeguarding Children Partnership");
    expect(data.partnerships.find((p) => p.slug === "south-vale")).toMatchObject({ contactsReviewed: false, members: 0 });
    expect(data.partnerships.find((p) => p.slug === "northshire")).toMatchObject({ contactsReviewed: true });

    // The invitation works: its holder becomes the new partnership's admin.
    const invitee = new TestClient(context);
    const accepted = await invitee.run(
      (c, r) => acceptInvitation(c, r, link![1]!),
      invitee.request(`/staff/invitations/${link![1]}`, { displayName: "Sam Lead", password: "a long and unusual passphrase", confirmPassword: "a long and unusual passphrase" }),
    );
    expect(accepted.status).toBe(302);
    const [user] = await t.db.select().from(staffUsers).where(eq(staffUsers.email, "lead@southvale.example"));
    const memberships = await t.db.select().from(staffMemberships).where(eq(staffMemberships.userId, user!.id));
    expect(memberships).toEqual([expect.objectContaining({ partnershipId: made!.id, role: "partnership_admin" })]);
  });

  it("refuses a slug already in use, or badly formed, with a clear error and what was typed kept", async () => {
    const { client } = await platformAdmin();
    const before = await t.db.select().from(partnerships);
    const clash = await create(client, { name: "Another Northshire", slug: "northshire", adminEmail: "a@b.example" });
    expect(clash).toMatchObject({
      status: 400,
      data: { errors: { slug: "platform:partnerships.errors.slugTaken" }, values: { name: "Another Northshire", slug: "northshire", adminEmail: "a@b.example" } },
    });
    const bad = await create(client, { name: "", slug: "North Shire!", adminEmail: "not an email" });
    expect(bad).toMatchObject({
      status: 400,
      data: {
        errors: {
          name: "platform:partnerships.errors.nameRequired",
          slug: "platform:partnerships.errors.slugFormat",
          adminEmail: "platform:partnerships.errors.emailFormat",
        },
      },
    });
    expect(await t.db.select().from(partnerships)).toHaveLength(before.length);
    expect(await t.db.select().from(staffInvitations)).toHaveLength(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "partnership_created"))).toHaveLength(0);
    expect(mail).toHaveLength(0);
  });

  it("is refused (404) to staff who are not platform admins, whatever their role, and nothing is created", async () => {
    const lead = await createStaffUser(t.db, { email: "admin@northshire.test", roles: ["partnership_admin"], partnershipSlug: "northshire" });
    const client = await signedInClient(context, t.db, lead.id);
    expect((await client.run(loadPartnershipsPage, client.request(PARTNERSHIPS))).status).toBe(404);
    const post = await create(client, { name: "Sneaky", slug: "sneaky", adminEmail: "x@y.example" });
    expect(post.status).toBe(404);
    expect(await t.db.select().from(partnerships).where(eq(partnerships.slug, "sneaky"))).toHaveLength(0);
    // And the link on /staff is only for platform admins (the page reads isPlatformAdmin).
  });
});

describe(`changing your password on ${testDriver}`, () => {
  const OLD = "the old long passphrase here";
  const NEW = "a brand new and long passphrase";

  async function member() {
    const user = await createStaffUser(t.db, {
      email: "analyst@northshire.test",
      roles: ["analyst"],
      partnershipSlug: "northshire",
      passwordHash: await hashPassword(OLD),
    });
    const client = await signedInClient(context, t.db, user.id);
    return { user, client };
  }
  const change = (client: TestClient, form: Record<string, string>) =>
    client.run(changePassword, client.request(PASSWORD_PAGE, { csrf: csrfOf(client), ...form }));
  const storedHash = async (id: string) => (await t.db.select().from(staffUsers).where(eq(staffUsers.id, id)))[0]!.passwordHash;

  it("changes it, ends every other session, keeps this browser signed in under a new token, and audits it", async () => {
    const { user, client } = await member();
    const otherTokens = [
      await createStaffSession(t.db, user.id, { secondFactorDone: true }),
      await createStaffSession(t.db, user.id, { secondFactorDone: true }),
    ];
    const someoneElse = await createStaffUser(t.db, { email: "lead@northshire.test", roles: ["safeguarding_lead"], partnershipSlug: "northshire" });
    const theirToken = await createStaffSession(t.db, someoneElse.id, { secondFactorDone: true });
    const oldToken = client.cookie.split("=")[1]!;
    const [oldSession] = await t.db.select().from(staffSessions).where(eq(staffSessions.tokenHash, hashToken(oldToken)));

    const result = await change(client, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({ status: 302, location: `${PASSWORD_PAGE}?changed=1` });
    expect(result.headers?.get("Cache-Control")).toBe("no-store");
    const newToken = client.cookie.split("=")[1]!;
    expect(newToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken).not.toBe(oldToken);

    // The old token and every other session are over; the new one works, with the old absolute end.
    for (const token of [oldToken, ...otherTokens]) expect(await touchStaffSession(t.db, token)).toBeNull();
    expect(await touchStaffSession(t.db, theirToken)).not.toBeNull();
    const [fresh] = await t.db.select().from(staffSessions).where(eq(staffSessions.tokenHash, hashToken(newToken)));
    expect(fresh!.expiresAt.getTime()).toBe(oldSession!.expiresAt.getTime());
    const page = await client.run(loadPasswordPage, client.request(`${PASSWORD_PAGE}?changed=1`));
    expect(page).toMatchObject({ status: 200, data: { done: true } });

    // The old password no longer works; the new one does, at sign-in too.
    expect(await verifyPassword(await storedHash(user.id), OLD)).toBe(false);
    expect(await verifyPassword(await storedHash(user.id), NEW)).toBe(true);
    const signInClient = new TestClient(context);
    const withOld = await signInClient.run(signIn, signInClient.request("/staff/sign-in", { email: user.email, password: OLD }));
    expect(withOld.status).toBe(400);
    const withNew = await signInClient.run(signIn, signInClient.request("/staff/sign-in", { email: user.email, password: NEW }));
    expect(withNew.status).toBe(302);

    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "password_changed"), eq(auditLog.actorId, user.id)));
    expect(entry).toMatchObject({ subjectType: "staff_user", subjectId: user.id, details: { otherSessionsEnded: 2 } });
    expect(JSON.stringify(entry)).not.toContain(NEW);
  });

  it("refuses a wrong current password (counted like a failed sign-in, then locked) and a common new one", async () => {
    const { user, client } = await member();
    const wrong = await change(client, { currentPassword: "not my password at all", newPassword: NEW, confirmPassword: NEW });
    expect(wrong).toMatchObject({ status: 400, data: { errors: { currentPassword: "platform:password.errors.currentWrong" } } });
    // Nothing typed comes back to the page.
    expect(JSON.stringify(wrong.data)).not.toContain(NEW);

    const common = await change(client, { currentPassword: OLD, newPassword: "password1234", confirmPassword: "password1234" });
    expect(common).toMatchObject({ status: 400, data: { errors: { newPassword: "staff:password.errors.common" } } });
    const mismatch = await change(client, { currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` });
    expect(mismatch).toMatchObject({ status: 400, data: { errors: { confirmPassword: "platform:password.errors.confirmMismatch" } } });
    const same = await change(client, { currentPassword: OLD, newPassword: OLD, confirmPassword: OLD });
    expect(same).toMatchObject({ status: 400, data: { errors: { newPassword: "platform:password.errors.sameAsCurrent" } } });
    expect(await verifyPassword(await storedHash(user.id), OLD)).toBe(true);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "password_changed"))).toHaveLength(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "sign_in_failed"))).toHaveLength(1);

    // Four more wrong tries lock it, like sign-in: then even the right password is refused for now.
    for (let i = 0; i < 4; i++) await change(client, { currentPassword: `wrong guess ${i}`, newPassword: NEW, confirmPassword: NEW });
    const locked = await change(client, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    expect(locked).toMatchObject({ status: 429, data: { errors: { currentPassword: "staff:signIn.errors.locked" } } });
    expect(await verifyPassword(await storedHash(user.id), OLD)).toBe(true);
    // Still signed in: a wrong password does not end the session.
    expect(await touchStaffSession(t.db, client.cookie.split("=")[1]!)).not.toBeNull();
  });

  it("refuses a form without its CSRF token before reading anything", async () => {
    const { user, client } = await member();
    const result = await client.run(changePassword, client.request(PASSWORD_PAGE, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW }));
    expect(result.status).toBe(403);
    expect(await verifyPassword(await storedHash(user.id), OLD)).toBe(true);
  });
});
