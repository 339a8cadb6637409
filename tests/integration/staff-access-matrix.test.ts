import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { feedback, helpServices, partnerships, settingLinks, surveys, triageFlags } from "#db/schema/index.ts";
import { routeTable } from "../support/route-table";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { STAFF_ROLES, type StaffRole } from "~/modules/staff/roles";
import { hashToken } from "~/modules/staff/session.server";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

/**
 * Every staff route under /staff/p/:partnership × every kind of person:
 * nobody signed in, each role in Northshire, a platform admin with no
 * membership, and a partnership admin of another partnership. The route list
 * comes from app/routes.ts, so a new route without a line here fails.
 */

// One database and one set of people for the whole matrix, not emptied between cases.
const t = setUpTestDatabase({ demo: true });
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

const ADMIN: StaffRole[] = ["partnership_admin"];
const BUILDERS: StaffRole[] = ["partnership_admin", "analyst"];

interface Expectation {
  /** Roles in the partnership that open the page; everyone else gets a 404. */
  allowed: readonly StaffRole[];
  /** A form the action answers without changing anything (a validation error), for people who are allowed. */
  form?: Record<string, string>;
  /** Roles whose posts the action takes, when fewer than those who may open the page (everyone else's post is a 404). */
  postAllowed?: readonly StaffRole[];
  /** What an allowed person's GET answers with this table's (query-less) address, when not 200 (e.g. 400: an export with nothing chosen). */
  getStatus?: number;
}

/** The expectation for each staff route path (as written in app/routes.ts). */
const EXPECTED: Record<string, Expectation> = {
  "staff/p/:partnership": { allowed: STAFF_ROLES },
  "staff/p/:partnership/team": { allowed: ADMIN, form: { intent: "invite", email: "", role: "" } },
  "staff/p/:partnership/help-contacts": { allowed: ADMIN, form: { intent: "exit", exitUrl: "" } },
  "staff/p/:partnership/services": { allowed: ADMIN },
  "staff/p/:partnership/services/new": { allowed: ADMIN, form: { name: "" } },
  "staff/p/:partnership/services/:serviceId": { allowed: ADMIN, form: { intent: "save", name: "" } },
  "staff/p/:partnership/audit": { allowed: ["partnership_admin", "safeguarding_lead"] },
  "staff/p/:partnership/surveys": { allowed: BUILDERS, form: { title: "" } },
  "staff/p/:partnership/surveys/:surveyId": { allowed: BUILDERS, form: { intent: "nothing-known" } },
  "staff/p/:partnership/surveys/:surveyId/questions/:questionId": { allowed: BUILDERS, form: {} },
  "staff/p/:partnership/surveys/:surveyId/preview": { allowed: BUILDERS },
  "staff/p/:partnership/surveys/:surveyId/export": { allowed: BUILDERS },
  "staff/p/:partnership/surveys/:surveyId/import": { allowed: BUILDERS, form: { definition: "" } },
  // School and setting links: the people who run surveys (admins and analysts).
  "staff/p/:partnership/links": { allowed: BUILDERS, form: { intent: "create", name: "" } },
  "staff/p/:partnership/links/:linkId/poster": { allowed: BUILDERS },
  "staff/p/:partnership/kiosks": { allowed: ADMIN, form: { intent: "venue", name: "" } },
  // Theme coding: analysts (and admins). The harmless forms name no text, code, sample or quote.
  "staff/p/:partnership/coding": { allowed: BUILDERS, form: { intent: "accept", item: "", code: "" } },
  "staff/p/:partnership/coding/samples": { allowed: BUILDERS, form: { intent: "create", name: "", size: "" } },
  "staff/p/:partnership/codebook": { allowed: BUILDERS, form: { intent: "add", code: "", label: "" } },
  "staff/p/:partnership/themes/emerging": { allowed: BUILDERS, form: { intent: "make", code: "", label: "" } },
  "staff/p/:partnership/quotes": { allowed: BUILDERS, form: { intent: "approve", quote: "" } },
  // The REFI-QDA project (.qdpx) of redacted answers and accepted codes: the people who code (a download, no action).
  "staff/p/:partnership/coding/export.qdpx": { allowed: BUILDERS },
  // Importing answers from a CSV file: the people who run surveys. No file: the upload step's error.
  "staff/p/:partnership/surveys/:surveyId/import-answers": { allowed: BUILDERS, form: { intent: "upload" } },
  // What people said (redacted only): every role that reads answers; any of them may flag one for safeguarding.
  "staff/p/:partnership/responses": { allowed: ["partnership_admin", "analyst", "safeguarding_lead"], form: { intent: "flag", textItem: "" } },
  // The triage queue and a flagged item: the safeguarding lead, and admins may look; only the lead shows the original words or decides.
  "staff/p/:partnership/triage": { allowed: ["safeguarding_lead", "partnership_admin"] },
  "staff/p/:partnership/triage/:flagId": {
    allowed: ["safeguarding_lead", "partnership_admin"],
    form: { intent: "decide", outcome: "" },
    postAllowed: ["safeguarding_lead"],
  },
  // Themed summaries: admins, analysts and implementation members read them (members only their groups'); only admins and analysts write "What this tells us".
  "staff/p/:partnership/summaries": {
    allowed: ["partnership_admin", "analyst", "implementation_member"],
    form: { intent: "note", query: "", note: "" },
    postAllowed: BUILDERS,
  },
  // A summary's download: nothing chosen in this table's address, so a 400 ("choose a group first") for those allowed.
  "staff/p/:partnership/summaries/export/:format": { allowed: ["partnership_admin", "analyst", "implementation_member"], getStatus: 400 },
  // The team dashboard (counts only, suppressed where small): admins, analysts and safeguarding leads; no action.
  "staff/p/:partnership/dashboard": { allowed: ["partnership_admin", "analyst", "safeguarding_lead"] },
  // Strategy set-up: analysts read it; only partnership admins change it (an analyst's post is a 404).
  "staff/p/:partnership/strategy": { allowed: BUILDERS, form: { intent: "addPriority", title: "" }, postAllowed: ADMIN },
  // "You said, we did": admins and analysts for any group, implementation members for their own groups (checked per entry).
  "staff/p/:partnership/actions": { allowed: ["partnership_admin", "analyst", "implementation_member"], form: { intent: "create" } },
};

/** Staff routes outside /staff/p/:partnership that this table covers: /staff/platform/... and the password page. */
const OTHER_EXPECTED: Record<string, { allowed: "platform_admin" | "any_staff"; form: Record<string, string> }> = {
  "staff/platform/partnerships": { allowed: "platform_admin", form: { name: "", slug: "", adminEmail: "" } },
  "staff/account/password": { allowed: "any_staff", form: { currentPassword: "", newPassword: "", confirmPassword: "" } },
};

const STAFF_PARTNERSHIP_ROUTES = routeTable().filter((r) => r.path.startsWith("staff/p/:partnership"));
const STAFF_OTHER_ROUTES = routeTable().filter(
  (r) => r.path.startsWith("staff/platform") || r.path === "staff/account/password",
);

type Actor = "nobody" | StaffRole | "platform_admin" | "foreign_admin";
const ACTORS: Actor[] = ["nobody", ...STAFF_ROLES, "platform_admin", "foreign_admin"];

type RouteModule = {
  loader?: (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
  action?: (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
};

const clients = new Map<Actor, TestClient>();
let serviceId = "";
let surveyId = "";
let linkId = "";
let flagId = "";

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}

function urlFor(routePath: string, params: Record<string, string>): string {
  return "/" + routePath.replace(/:([a-zA-Z]+)/g, (_, name: string) => params[name]!);
}

describe(`staff access matrix on ${testDriver}`, () => {
  beforeAll(async () => {
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "northshire"));
    await t.db.insert(partnerships).values({ slug: "southvale", name: "Southvale Safeguarding Children Partnership", helpContacts: northshire!.helpContacts });
    const [service] = await t.db.select({ id: helpServices.id }).from(helpServices).where(eq(helpServices.partnershipId, northshire!.id)).limit(1);
    serviceId = service!.id;
    const [survey] = await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, "demo-young-people"));
    surveyId = survey!.id;
    const [link] = await t.db.select({ id: settingLinks.id }).from(settingLinks).where(eq(settingLinks.partnershipId, northshire!.id)).limit(1);
    linkId = link!.id;
    // A flag for the triage pages: feedback the detector flagged.
    const feedbackId = crypto.randomUUID();
    await t.db.insert(feedback).values({ id: feedbackId, partnershipId: northshire!.id, text: "test", receivedOn: "2026-11-23" });
    const [flag] = await t.db.insert(triageFlags).values({ partnershipId: northshire!.id, feedbackId, source: "detector", flaggedOn: "2026-11-23" }).returning();
    flagId = flag!.id;
    clients.set("nobody", new TestClient(context));
    for (const role of STAFF_ROLES) {
      const user = await createStaffUser(t.db, { email: `${role}@northshire.test`, roles: [role], partnershipSlug: "northshire" });
      clients.set(role, await signedInClient(context, t.db, user.id));
    }
    const platform = await createStaffUser(t.db, { email: "platform@heard.test", platformAdmin: true });
    clients.set("platform_admin", await signedInClient(context, t.db, platform.id));
    const foreign = await createStaffUser(t.db, { email: "admin@southvale.test", roles: ["partnership_admin"], partnershipSlug: "southvale" });
    clients.set("foreign_admin", await signedInClient(context, t.db, foreign.id));
  });

  it("has an expectation for every staff partnership route in app/routes.ts, and no stale ones", () => {
    expect(STAFF_PARTNERSHIP_ROUTES.length).toBeGreaterThanOrEqual(7);
    expect(STAFF_PARTNERSHIP_ROUTES.map((r) => r.path).filter((p) => !(p in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((p) => !STAFF_PARTNERSHIP_ROUTES.some((r) => r.path === p))).toEqual([]);
  });

  describe.each(STAFF_PARTNERSHIP_ROUTES)("$path", ({ path: routePath, file }) => {
    const expectation = EXPECTED[routePath];
    const load = async () => (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file))) as RouteModule;
    const params = () => ({ partnership: "northshire", serviceId, surveyId, questionId: "home-feel", linkId, flagId, format: "csv" });

    it.each(ACTORS)("GET as %s", async (actor) => {
      if (!expectation) return expect.fail(`no expectation for ${routePath}`);
      const mod = await load();
      expect(mod.loader, "every staff page has a loader that checks access").toBeTypeOf("function");
      const client = clients.get(actor)!;
      const url = urlFor(routePath, params());
      const result = await client.run((ctx, request) => mod.loader!({ context: ctx, request, params: params() }), client.request(url));
      expect(result.headers?.get("Cache-Control") ?? "no-store").toBe("no-store");
      if (actor === "nobody") {
        expect(result.status).toBe(302);
        expect(result.location).toBe(`/staff/sign-in?to=${encodeURIComponent(url)}`);
      } else if ((expectation.allowed as readonly string[]).includes(actor)) {
        expect(result.status).toBe(expectation.getStatus ?? 200);
        expect(result.headers?.get("Cache-Control")).toBe("no-store");
      } else {
        expect(result.status).toBe(404);
      }
    });

    it.each(ACTORS)("POST as %s", async (actor) => {
      if (!expectation) return expect.fail(`no expectation for ${routePath}`);
      const mod = await load();
      if (!mod.action) {
        expect(expectation.form, "a form is listed for a route without an action").toBeUndefined();
        return;
      }
      expect(expectation.form, "every action needs a harmless form in the table").toBeDefined();
      const client = clients.get(actor)!;
      const url = urlFor(routePath, params());
      const send = (form: Record<string, string>) =>
        client.run((ctx, request) => mod.action!({ context: ctx, request, params: params() }), client.request(url, form));
      const allowed = ((expectation.postAllowed ?? expectation.allowed) as readonly string[]).includes(actor);

      const withToken = await send({ ...expectation.form, ...(actor === "nobody" ? {} : { csrf: csrfOf(client) }) });
      const withoutToken = await send({ ...expectation.form });
      const wrongToken = await send({ ...expectation.form, csrf: "x".repeat(43) });
      if (actor === "nobody") {
        for (const result of [withToken, withoutToken, wrongToken]) {
          expect(result.status).toBe(302);
          expect(result.location).toMatch(/^\/staff\/sign-in/);
        }
      } else if (allowed) {
        expect(withToken.status).not.toBe(404);
        expect(withToken.status).not.toBe(403);
        expect(withToken.location ?? "").not.toMatch(/sign-in/);
        expect(withToken.status).toBeLessThan(500);
        expect(withoutToken.status).toBe(403);
        expect(wrongToken.status).toBe(403);
      } else {
        for (const result of [withToken, withoutToken, wrongToken]) expect(result.status).toBe(404);
      }
    });
  });

  // Staff routes outside a partnership: the platform's pages (platform admins
  // only) and the person's own account pages (anyone signed in).
  describe.each(STAFF_OTHER_ROUTES)("$path", ({ path: routePath, file }) => {
    const expectation = OTHER_EXPECTED[routePath];
    const load = async () => (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file))) as RouteModule;
    const allowedFor = (actor: Actor) => actor !== "nobody" && (expectation?.allowed === "any_staff" || actor === "platform_admin");

    it.each(ACTORS)("GET as %s", async (actor) => {
      if (!expectation) return expect.fail(`no expectation for ${routePath}`);
      const mod = await load();
      const client = clients.get(actor)!;
      const url = urlFor(routePath, {});
      const result = await client.run((ctx, request) => mod.loader!({ context: ctx, request, params: {} }), client.request(url));
      expect(result.headers?.get("Cache-Control") ?? "no-store").toBe("no-store");
      if (actor === "nobody") {
        expect(result.status).toBe(302);
        expect(result.location).toBe(`/staff/sign-in?to=${encodeURIComponent(url)}`);
      } else if (allowedFor(actor)) {
        expect(result.status).toBe(200);
      } else {
        expect(result.status).toBe(404);
      }
    });

    it.each(ACTORS)("POST as %s", async (actor) => {
      if (!expectation) return expect.fail(`no expectation for ${routePath}`);
      const mod = await load();
      expect(mod.action).toBeTypeOf("function");
      const client = clients.get(actor)!;
      const url = urlFor(routePath, {});
      const send = (form: Record<string, string>) =>
        client.run((ctx, request) => mod.action!({ context: ctx, request, params: {} }), client.request(url, form));
      const withToken = await send({ ...expectation.form, ...(actor === "nobody" ? {} : { csrf: csrfOf(client) }) });
      const withoutToken = await send({ ...expectation.form });
      const wrongToken = await send({ ...expectation.form, csrf: "x".repeat(43) });
      if (actor === "nobody") {
        for (const result of [withToken, withoutToken, wrongToken]) {
          expect(result.status).toBe(302);
          expect(result.location).toMatch(/^\/staff\/sign-in/);
        }
      } else if (allowedFor(actor)) {
        // The harmless form is a validation error: refused with 400, nothing changed.
        expect(withToken.status).toBe(400);
        expect(withoutToken.status).toBe(403);
        expect(wrongToken.status).toBe(403);
      } else {
        for (const result of [withToken, withoutToken, wrongToken]) expect(result.status).toBe(404);
      }
    });
  });

  it("has an expectation for every platform and account route in the [platform] block, and no stale ones", () => {
    expect(STAFF_OTHER_ROUTES.map((r) => r.path).sort()).toEqual(Object.keys(OTHER_EXPECTED).sort());
  });

  it("a Northshire admin cannot reach another partnership's pages either", async () => {
    const client = clients.get("partnership_admin")!;
    for (const { path: routePath, file } of STAFF_PARTNERSHIP_ROUTES) {
      const mod = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file))) as RouteModule;
      const params = { partnership: "southvale", serviceId, surveyId, questionId: "home-feel", linkId, flagId, format: "csv" };
      const result = await client.run((ctx, request) => mod.loader!({ context: ctx, request, params }), client.request(urlFor(routePath, params)));
      expect(result.status, routePath).toBe(404);
    }
  });
});
