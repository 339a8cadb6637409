import type { AppLoadContext } from "@remix-run/node";
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, helpServices, partnerships, staffInvitations, staffMemberships } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships, publicPartnership } from "~/modules/partnerships/partnerships.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import type { StaffRole } from "~/modules/staff/roles";
import { loadTeam, setMemberRoles } from "~/modules/team/team.server";
import * as audit from "~/routes/staff-p-audit";
import * as helpContacts from "~/routes/staff-p-help-contacts";
import * as overview from "~/routes/staff-p-overview";
import * as serviceEdit from "~/routes/staff-p-service-edit";
import * as serviceNew from "~/routes/staff-p-service-new";
import * as services from "~/routes/staff-p-services";
import * as team from "~/routes/staff-p-team";
import type { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

type RouteFn = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;

/** The CSRF token of this client's session, as its pages would carry it. */
function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}

function get(client: TestClient, fn: RouteFn, path: string, params: Record<string, string> = {}) {
  return client.run((ctx, request) => fn({ context: ctx, request, params: { partnership: "northshire", ...params } }), client.request(path));
}

function post(client: TestClient, fn: RouteFn, path: string, form: Record<string, string | string[]>, params: Record<string, string> = {}) {
  return client.run(
    (ctx, request) => fn({ context: ctx, request, params: { partnership: "northshire", ...params } }),
    client.request(path, { csrf: csrfOf(client), ...form }),
  );
}

let northshireId = "";

async function staff(email: string, roles: StaffRole[]) {
  const user = await createStaffUser(t.db, { email, roles, partnershipSlug: "northshire" });
  return { ...user, client: await signedInClient(context, t.db, user.id) };
}

const auditRows = () => t.db.select().from(auditLog).orderBy(auditLog.at);

describe(`staff workspace on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    const [row] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
    northshireId = row!.id;
  });

  describe("overview", () => {
    it("links only to the pages the person's roles open", async () => {
      const lead = await staff("lead@northshire.test", ["safeguarding_lead"]);
      const page = await get(lead.client, overview.loader as RouteFn, "/staff/p/northshire");
      expect(page.status).toBe(200);
      expect(page.data).toMatchObject({ partnership: { name: expect.stringContaining("Northshire") }, pages: ["dashboard", "responses", "triage", "audit"] });
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const adminPage = await get(admin.client, overview.loader as RouteFn, "/staff/p/northshire");
      expect((adminPage.data as { pages: string[] }).pages).toEqual([
        "dashboard",
        "surveys",
        "links",
        "responses",
        "triage",
        "coding",
        "codebook",
        "codingSamples",
        "emergingThemes",
        "quotes",
        "summaries",
        "actions",
        "strategy",
        "kiosks",
        "team",
        "helpContacts",
        "services",
        "audit",
      ]);
      expect(adminPage.headers?.get("Cache-Control")).toBe("no-store");
    });
  });

  describe("team", () => {
    it("invites by email with a role: a 256-bit token stored only as its SHA-256, for 7 days, audited without the email", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const before = Date.now();
      const sent = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", {
        intent: "invite",
        email: "  New.Analyst@Northshire.test ",
        role: "analyst",
      });
      expect(sent.status).toBe(302);
      expect(sent.location).toBe("/staff/p/northshire/team?done=invited");
      const [invitation] = await t.db.select().from(staffInvitations);
      expect(invitation).toMatchObject({ email: "new.analyst@northshire.test", role: "analyst", partnershipId: northshireId, invitedBy: admin.id });
      expect(invitation!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      const days = (invitation!.expiresAt.getTime() - before) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThan(7.01);
      const entries = await auditRows();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: "invitation_sent", actorId: admin.id, partnershipId: northshireId, subjectId: invitation!.id, details: { role: "analyst" } });
      expect(JSON.stringify(entries[0])).not.toContain("northshire.test");

      const page = await get(admin.client, team.loader as RouteFn, "/staff/p/northshire/team?done=invited");
      expect(page.data).toMatchObject({ done: "invited", invitations: [{ email: "new.analyst@northshire.test", role: "analyst" }] });
    });

    it("the token returned is the one whose hash is stored, and is 256 bits", async () => {
      const { storeInvitation } = await import("~/modules/staff/invitations.server");
      const { token, id } = await storeInvitation(t.db, { email: "x@northshire.test", partnershipId: northshireId, role: "analyst", invitedBy: null });
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      const [row] = await t.db.select().from(staffInvitations).where(eq(staffInvitations.id, id));
      expect(row!.tokenHash).toBe(hashToken(token));
      expect(JSON.stringify(row)).not.toContain(token);
    });

    it("keeps what was typed and explains a bad email, a missing role, or someone who already has the role", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const bad = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", { intent: "invite", email: "not an email", role: "" });
      expect(bad.status).toBe(400);
      expect(bad.data).toMatchObject({
        values: { email: "not an email", role: "" },
        errors: { email: "admin:team.errors.emailFormat", role: "admin:team.errors.roleRequired" },
      });
      const forged = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", { intent: "invite", email: "a@b.test", role: "platform_admin" });
      expect(forged.data).toMatchObject({ errors: { role: "admin:team.errors.roleRequired" } });
      const again = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", { intent: "invite", email: "ADMIN@northshire.test", role: "partnership_admin" });
      expect(again.data).toMatchObject({ errors: { email: "admin:team.errors.alreadyHasRole" } });
      expect(await t.db.select().from(staffInvitations)).toHaveLength(0);
      expect(await auditRows()).toHaveLength(0);
    });

    it("changes and removes roles, auditing each, and never leaves the partnership without an admin", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const analyst = await staff("analyst@northshire.test", ["analyst"]);
      const path = "/staff/p/northshire/team";

      const changed = await post(admin.client, team.action as RouteFn, path, { intent: "roles", userId: analyst.id, roles: ["safeguarding_lead", "implementation_member"] });
      expect(changed.status).toBe(302);
      let teamNow = await loadTeam(t.db, northshireId);
      expect(teamNow.members.find((m) => m.userId === analyst.id)!.roles).toEqual(["safeguarding_lead", "implementation_member"]);
      expect((await auditRows()).map((r) => [r.action, r.details.role, r.subjectId])).toEqual(
        expect.arrayContaining([
          ["role_granted", "safeguarding_lead", analyst.id],
          ["role_granted", "implementation_member", analyst.id],
          ["role_removed", "analyst", analyst.id],
        ]),
      );

      // The only admin cannot take away their own admin role, nor remove themself.
      const lastAdmin = await post(admin.client, team.action as RouteFn, path, { intent: "roles", userId: admin.id, roles: ["analyst"] });
      expect(lastAdmin.status).toBe(400);
      expect(lastAdmin.data).toMatchObject({ rolesError: { userId: admin.id, error: "lastAdmin" } });
      const removeSelf = await post(admin.client, team.action as RouteFn, path, { intent: "remove", userId: admin.id });
      expect(removeSelf.data).toMatchObject({ rolesError: { error: "lastAdmin" } });
      teamNow = await loadTeam(t.db, northshireId);
      expect(teamNow.members.find((m) => m.userId === admin.id)!.roles).toEqual(["partnership_admin"]);

      // With a second admin, the first may step down.
      await post(admin.client, team.action as RouteFn, path, { intent: "roles", userId: analyst.id, roles: ["partnership_admin"] });
      const stepDown = await post(admin.client, team.action as RouteFn, path, { intent: "remove", userId: admin.id });
      expect(stepDown.status).toBe(302);
      teamNow = await loadTeam(t.db, northshireId);
      expect(teamNow.members.map((m) => m.userId)).toEqual([analyst.id]);
      // ...after which they can no longer reach the page.
      expect((await get(admin.client, team.loader as RouteFn, path)).status).toBe(404);
    });

    it("two admins removing each other at once leave one admin", async () => {
      const a = await staff("a@northshire.test", ["partnership_admin"]);
      const b = await staff("b@northshire.test", ["partnership_admin"]);
      const results = await Promise.all([
        setMemberRoles(t.db, { actorId: a.id, partnershipId: northshireId, userId: b.id, roles: [] }),
        setMemberRoles(t.db, { actorId: b.id, partnershipId: northshireId, userId: a.id, roles: [] }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const admins = await t.db.select().from(staffMemberships).where(and(eq(staffMemberships.partnershipId, northshireId), eq(staffMemberships.role, "partnership_admin")));
      expect(admins).toHaveLength(1);
    });

    it("cannot change someone who is not in this partnership", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const outsider = await createStaffUser(t.db, { email: "outsider@elsewhere.test" });
      const result = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", { intent: "roles", userId: outsider.id, roles: ["partnership_admin"] });
      expect(result.status).toBe(404);
      const garbage = await post(admin.client, team.action as RouteFn, "/staff/p/northshire/team", { intent: "roles", userId: "not-a-uuid", roles: ["analyst"] });
      expect(garbage.status).toBe(404);
      expect(await t.db.select().from(staffMemberships).where(eq(staffMemberships.userId, outsider.id))).toHaveLength(0);
    });
  });

  describe("help contacts and exit site", () => {
    const path = "/staff/p/northshire/help-contacts";
    const contact = (prefix: string, over: Record<string, string> = {}) => ({
      [`${prefix}.name`]: `${prefix} name`,
      [`${prefix}.phone`]: "01632 960 001",
      [`${prefix}.website`]: "https://www.northshire.example/help",
      [`${prefix}.openingHours`]: "Monday to Friday, 9am to 5pm",
      [`${prefix}.forWhom`]: "Anyone worried about a child",
      ...over,
    });

    it("saves the contacts, marks them reviewed today, audits without text, and public pages see them at once", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      await publicPartnership(t.db, "northshire"); // warm the cache the public pages use
      const saved = await post(admin.client, helpContacts.action as RouteFn, path, {
        intent: "contacts",
        ...contact("frontDoor", { "frontDoor.name": "Northshire Front Door", "frontDoor.website": "" }),
        ...contact("earlyHelp", { "earlyHelp.phone": "" }),
        reviewed: "yes",
      });
      expect(saved.status).toBe(302);
      const publicView = await publicPartnership(t.db, "northshire");
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
      expect(publicView!.helpContacts).toEqual({
        frontDoor: { name: "Northshire Front Door", phone: "01632 960 001", openingHours: "Monday to Friday, 9am to 5pm", forWhom: "Anyone worried about a child" },
        earlyHelp: { name: "earlyHelp name", website: "https://www.northshire.example/help", openingHours: "Monday to Friday, 9am to 5pm", forWhom: "Anyone worried about a child" },
        lastReviewedOn: today,
      });
      const [entry] = await auditRows();
      expect(entry).toMatchObject({ action: "help_contacts_changed", subjectId: northshireId, details: { reviewed: true } });
      expect(JSON.stringify(entry)).not.toMatch(/Front Door|01632|northshire\.example/);
    });

    it("shows GOV.UK errors next to the fields and keeps what was typed", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const [before] = await t.db.select().from(partnerships).where(eq(partnerships.id, northshireId));
      const failed = await post(admin.client, helpContacts.action as RouteFn, path, {
        intent: "contacts",
        ...contact("frontDoor", { "frontDoor.name": "", "frontDoor.website": "http://insecure.example" }),
        ...contact("earlyHelp", { "earlyHelp.phone": "", "earlyHelp.website": "", "earlyHelp.openingHours": "x".repeat(201) }),
      });
      expect(failed.status).toBe(400);
      expect(failed.data).toMatchObject({
        contacts: {
          values: { "frontDoor.website": "http://insecure.example", "earlyHelp.openingHours": "x".repeat(201) },
          errors: {
            "frontDoor.name": "admin:helpContacts.errors.nameRequired",
            "frontDoor.website": "admin:helpContacts.errors.websiteFormat",
            "earlyHelp.phone": "admin:helpContacts.errors.phoneOrWebsite",
            "earlyHelp.openingHours": "admin:helpContacts.errors.openingHoursTooLong",
          },
        },
      });
      const [after] = await t.db.select().from(partnerships).where(eq(partnerships.id, northshireId));
      expect(after!.helpContacts).toEqual(before!.helpContacts);
      expect(await auditRows()).toHaveLength(0);
    });

    it("changes the exit site to an https address only", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      for (const bad of ["", "http://www.bbc.co.uk/news", "javascript:alert(1)", "https://user:pw@example.com/", "https://localhost/", "//example.com", "https://10.0.0.1/"]) {
        const failed = await post(admin.client, helpContacts.action as RouteFn, path, { intent: "exit", exitUrl: bad });
        expect(failed.status, bad).toBe(400);
        expect(failed.data).toMatchObject({ exit: { values: { exitUrl: bad } } });
      }
      const saved = await post(admin.client, helpContacts.action as RouteFn, path, { intent: "exit", exitUrl: "https://www.bbc.co.uk/news" });
      expect(saved.status).toBe(302);
      expect((await publicPartnership(t.db, "northshire"))!.exitUrl).toBe("https://www.bbc.co.uk/news");
      const entries = await auditRows();
      expect(entries.map((e) => e.action)).toEqual(["exit_site_changed"]);
      expect(entries[0]!.details).toEqual({});
    });
  });

  describe("early-help directory", () => {
    const valid = {
      name: "Kingsbridge Baby Bank",
      summary: "Free clothes, cots and prams for babies.",
      needs: ["money", "parenting"],
      audiences: ["parents"],
      areas: ["Kingsbridge"],
      phone: "01632 960 777",
      text: "",
      website: "",
      walkIn: "",
      openingHours: "Saturdays, 10am to 1pm",
      languages: "en, PL",
      cost: "Free",
    };

    it("adds, changes and deletes a service, auditing each", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const created = await post(admin.client, serviceNew.action as RouteFn, "/staff/p/northshire/services/new", valid);
      expect(created.status).toBe(302);
      const [row] = await t.db.select().from(helpServices).where(sql`${helpServices.name}->>'en' = 'Kingsbridge Baby Bank'`);
      expect(row).toMatchObject({
        partnershipId: northshireId,
        needs: ["money", "parenting"],
        audiences: ["parents"],
        areas: ["Kingsbridge"],
        contact: { phone: "01632 960 777" },
        languages: ["en", "pl"],
        cost: { en: "Free" },
        national: false,
      });
      expect(row!.slug).toMatch(/^kingsbridge-baby-bank-[0-9a-f]{6}$/);

      const list = await get(admin.client, services.loader as RouteFn, "/staff/p/northshire/services");
      expect((list.data as { services: { id: string }[] }).services.map((s) => s.id)).toContain(row!.id);

      const edit = await get(admin.client, serviceEdit.loader as RouteFn, `/staff/p/northshire/services/${row!.id}`, { serviceId: row!.id });
      expect(edit.data).toMatchObject({ values: { name: "Kingsbridge Baby Bank", languages: "en, pl" } });

      const changed = await post(admin.client, serviceEdit.action as RouteFn, `/staff/p/northshire/services/${row!.id}`, { ...valid, areas: [], website: "https://babybank.example", cost: "Free, donations welcome" }, { serviceId: row!.id });
      expect(changed.status).toBe(302);
      const [after] = await t.db.select().from(helpServices).where(eq(helpServices.id, row!.id));
      expect(after).toMatchObject({ areas: [], contact: { phone: "01632 960 777", website: "https://babybank.example" }, cost: { en: "Free, donations welcome" } });

      const deleted = await post(admin.client, serviceEdit.action as RouteFn, `/staff/p/northshire/services/${row!.id}`, { intent: "delete" }, { serviceId: row!.id });
      expect(deleted.status).toBe(302);
      expect(await t.db.select().from(helpServices).where(eq(helpServices.id, row!.id))).toHaveLength(0);
      expect((await auditRows()).map((e) => [e.action, e.subjectType, e.subjectId])).toEqual([
        ["service_created", "help_service", row!.id],
        ["service_changed", "help_service", row!.id],
        ["service_deleted", "help_service", row!.id],
      ]);
    });

    it("needs at least one way to reach the service, and valid choices, keeping what was typed", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const failed = await post(admin.client, serviceNew.action as RouteFn, "/staff/p/northshire/services/new", {
        ...valid,
        phone: "",
        needs: ["not-a-need"],
        audiences: [],
        areas: ["Atlantis"],
        website: "http://plain.example",
        languages: "english!",
        name: "",
      });
      expect(failed.status).toBe(400);
      expect(failed.data).toMatchObject({
        values: { summary: valid.summary, areas: ["Atlantis"], website: "http://plain.example" },
        errors: {
          name: "admin:services.errors.nameRequired",
          needs: "admin:services.errors.needsRequired",
          audiences: "admin:services.errors.audiencesRequired",
          areas: "admin:services.errors.areaUnknown",
          website: "admin:services.errors.websiteFormat",
          languages: "admin:services.errors.languagesFormat",
        },
      });
      const noContact = await post(admin.client, serviceNew.action as RouteFn, "/staff/p/northshire/services/new", { ...valid, phone: "" });
      expect(noContact.data).toMatchObject({ errors: { phone: "admin:services.errors.contactRequired" } });
      expect(await auditRows()).toHaveLength(0);
    });

    it("another partnership's service, or a made-up id, is not found", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const [other] = await t.db
        .insert(partnerships)
        .values({ slug: "southvale", name: "Southvale", helpContacts: (await publicPartnership(t.db, "northshire"))!.helpContacts })
        .returning({ id: partnerships.id });
      const [theirs] = await t.db
        .insert(helpServices)
        .values({ partnershipId: other!.id, slug: "sv", name: { en: "SV" }, summary: { en: "s" }, needs: ["food"], audiences: ["parents"], contact: { phone: "0800 1111" }, openingHours: { en: "x" }, cost: { en: "Free" }, lastReviewedOn: "2026-01-01" })
        .returning({ id: helpServices.id });
      for (const id of [theirs!.id, "not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
        expect((await get(admin.client, serviceEdit.loader as RouteFn, `/staff/p/northshire/services/${id}`, { serviceId: id })).status).toBe(404);
        expect((await post(admin.client, serviceEdit.action as RouteFn, `/staff/p/northshire/services/${id}`, { intent: "delete" }, { serviceId: id })).status).toBe(404);
      }
      expect(await t.db.select().from(helpServices).where(eq(helpServices.id, theirs!.id))).toHaveLength(1);
    });
  });

  describe("audit log", () => {
    async function addEntries(actorId: string | null, count: number, action: string, at: (i: number) => Date) {
      await t.db.insert(auditLog).values(Array.from({ length: count }, (_, i) => ({ actorId, partnershipId: northshireId, action, at: at(i), subjectType: "survey", subjectId: `s${i}` })));
    }

    it("shows newest first, 50 a page, with the actor's name", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const base = Date.UTC(2026, 5, 1, 12);
      await addEntries(admin.id, 120, "survey_published", (i) => new Date(base + i * 60_000));
      const first = await get(admin.client, audit.loader as RouteFn, "/staff/p/northshire/audit");
      const log = (first.data as { log: { entries: { subjectId: string; actorName: string }[]; total: number; pageCount: number } }).log;
      expect(log.total).toBe(120);
      expect(log.pageCount).toBe(3);
      expect(log.entries).toHaveLength(50);
      expect(log.entries[0]).toMatchObject({ subjectId: "s119", actorName: "admin" });
      const third = await get(admin.client, audit.loader as RouteFn, "/staff/p/northshire/audit?page=3");
      const page3 = (third.data as { log: { entries: { subjectId: string }[]; page: number } }).log;
      expect(page3.page).toBe(3);
      expect(page3.entries.map((e) => e.subjectId)).toEqual(Array.from({ length: 20 }, (_, i) => `s${19 - i}`));
      // A page past the end shows the last page; nonsense shows the first.
      expect(((await get(admin.client, audit.loader as RouteFn, "/staff/p/northshire/audit?page=99")).data as { log: { page: number } }).log.page).toBe(3);
      expect(((await get(admin.client, audit.loader as RouteFn, "/staff/p/northshire/audit?page=-1")).data as { log: { page: number } }).log.page).toBe(1);
    });

    it("filters by action and by UK date range, both days included", async () => {
      const lead = await staff("lead@northshire.test", ["safeguarding_lead"]);
      // 23:30 UTC on 30 June is 00:30 on 1 July in the UK (summer time).
      await t.db.insert(auditLog).values([
        { actorId: lead.id, partnershipId: northshireId, action: "export", at: new Date("2026-06-30T22:30:00Z") },
        { actorId: lead.id, partnershipId: northshireId, action: "export", at: new Date("2026-06-30T23:30:00Z") },
        { actorId: lead.id, partnershipId: northshireId, action: "triage_decision", at: new Date("2026-07-01T12:00:00Z") },
        { actorId: lead.id, partnershipId: northshireId, action: "export", at: new Date("2026-07-02T22:59:00Z") },
        { actorId: lead.id, partnershipId: northshireId, action: "export", at: new Date("2026-07-02T23:00:00Z") },
        { actorId: null, partnershipId: null, action: "export", at: new Date("2026-07-01T12:00:00Z") },
      ]);
      const read = async (query: string) =>
        (await get(lead.client, audit.loader as RouteFn, `/staff/p/northshire/audit?${query}`)).data as {
          log: { entries: { at: string; action: string }[] };
          errors: Record<string, string>;
          values: Record<string, string>;
        };
      const july = await read("from=2026-07-01&to=2026-07-02");
      expect(july.log.entries.map((e) => e.at)).toEqual(["2026-07-02T22:59:00.000Z", "2026-07-01T12:00:00.000Z", "2026-06-30T23:30:00.000Z"]);
      const exports = await read("action=export&from=2026-07-01&to=2026-07-02");
      expect(exports.log.entries).toHaveLength(2);
      const wrong = await read("action=drop_table&from=2026-02-30&to=2026-13-01");
      expect(wrong.errors).toEqual({ action: "admin:audit.errors.actionUnknown", from: "admin:audit.errors.fromFormat", to: "admin:audit.errors.toFormat" });
      expect(wrong.values).toEqual({ action: "drop_table", from: "2026-02-30", to: "2026-13-01" });
      expect(wrong.log.entries).toHaveLength(5); // nothing applied, only this partnership's
      const backwards = await read("from=2026-07-02&to=2026-07-01");
      expect(backwards.errors).toEqual({ to: "admin:audit.errors.toBeforeFrom" });
    });

    it("shows its members' sign-ins and failed sign-ins (recorded with no partnership), and nobody else's", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      const analyst = await staff("analyst@northshire.test", ["analyst"]);
      const outsider = await createStaffUser(t.db, { email: "someone@elsewhere.test" });
      await t.db.insert(auditLog).values([
        { actorId: analyst.id, partnershipId: null, action: "sign_in", at: new Date("2026-07-01T09:00:00Z") },
        { actorId: null, partnershipId: null, action: "sign_in_failed", subjectType: "staff_user", subjectId: analyst.id, at: new Date("2026-07-01T09:01:00Z") },
        { actorId: outsider.id, partnershipId: null, action: "sign_in", at: new Date("2026-07-01T09:02:00Z") },
        { actorId: null, partnershipId: null, action: "sign_in_failed", subjectType: "staff_user", subjectId: outsider.id, at: new Date("2026-07-01T09:03:00Z") },
        // Only account events come along: anything else with no partnership stays out.
        { actorId: analyst.id, partnershipId: null, action: "partnership_created", at: new Date("2026-07-01T09:04:00Z") },
      ]);
      const read = async (query = "") =>
        ((await get(admin.client, audit.loader as RouteFn, `/staff/p/northshire/audit${query}`)).data as {
          log: { entries: { action: string; actorName: string | null; subjectId: string | null }[] };
        }).log.entries;
      expect((await read()).map((e) => [e.action, e.actorName, e.subjectId])).toEqual([
        ["sign_in_failed", null, analyst.id],
        ["sign_in", "analyst", null],
      ]);
      expect((await read("?action=sign_in")).map((e) => e.actorName)).toEqual(["analyst"]);
    });

    it("has no update or delete path: the database refuses both, and no module offers one", async () => {
      const admin = await staff("admin@northshire.test", ["partnership_admin"]);
      await t.db.insert(auditLog).values({ actorId: admin.id, partnershipId: northshireId, action: "export" });
      await expect(t.db.update(auditLog).set({ action: "nothing_happened" })).rejects.toThrow();
      await expect(t.db.delete(auditLog)).rejects.toThrow();
      await expect(t.db.execute(sql`update audit_log set details = '{}'::jsonb`)).rejects.toThrow();
      await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
      expect(await auditRows()).toHaveLength(1);

      const modules = [await import("~/modules/audit/audit.server"), await import("~/modules/audit/audit-log.server")];
      const exported = modules.flatMap((m) => Object.keys(m));
      expect(exported).toEqual(expect.arrayContaining(["recordAudit", "readAuditLog"]));
      expect(exported.filter((name) => /update|delete|remove|purge|clear|edit|truncate/i.test(name))).toEqual([]);

      // No source file in the app writes to the audit log other than by insert.
      const { readdirSync, readFileSync, statSync } = await import("node:fs");
      const path = await import("node:path");
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const full = path.join(dir, name);
          return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(name) ? [full] : [];
        });
      const offenders = walk(path.resolve(import.meta.dirname, "../../app")).filter((file) =>
        /\b(update|delete)\(\s*auditLog\b|(update|delete\s+from)\s+"?audit_log\b/i.test(readFileSync(file, "utf8")),
      );
      expect(offenders).toEqual([]);
    });
  });
});
