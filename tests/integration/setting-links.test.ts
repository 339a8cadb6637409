import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, partnerships, responses, settingLinks, surveys } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { DEMO_LINKS } from "~/modules/links/demo-links.server";
import { closeLink, createLink, listLinks, newLinkCode } from "~/modules/links/links.server";
import { CODE_ALPHABET, CODE_LENGTH } from "~/modules/links/paths";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { answerQuestion, beginResponse, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import * as linkPage from "~/routes/link";
import * as staffLinks from "~/routes/staff-p-links";
import * as poster from "~/routes/staff-p-links-poster";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

const YOUNG = "demo-young-people";
const CLASS_CODE = DEMO_LINKS.find((l) => l.surveySlug === YOUNG)!.code;
const EVENT_CODE = DEMO_LINKS.find((l) => l.surveySlug !== YOUNG)!.code;

type RouteFn = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;

let northshireId = "";
let youngSurveyId = "";

async function linkByCode(code: string) {
  const [row] = await t.db.select().from(settingLinks).where(eq(settingLinks.code, code));
  return row!;
}

/** Opens /l/<code> as a browser would: the link page's loader. */
function openLink(client: TestClient, code: string) {
  return client.run((ctx, request) => (linkPage.loader as RouteFn)({ context: ctx, request, params: { code } }), client.request(`/l/${code}`));
}

/** The start page at `path` (with its query), then "Start now" with what the page's form carries (plus `extra`). */
async function startFrom(client: TestClient, path: string, extra: Record<string, string> = {}) {
  const page = await client.run((c, r) => loadStartPage(c, r, YOUNG), client.request(path));
  expect(page.status).toBe(200);
  const shown = page.data as { responseId: string; link: string | null };
  const form: Record<string, string> = { response: shown.responseId, ...(shown.link ? { link: shown.link } : {}), ...extra };
  const started = await client.run((c, r) => beginResponse(c, r, YOUNG), client.request(path, form));
  expect(started.status).toBe(302);
  const [row] = await t.db.select().from(responses).where(eq(responses.id, shown.responseId));
  return { page: shown, response: row! };
}

/** Answers the two required questions and sends. */
async function finish(client: TestClient, responseId: string) {
  for (const [question, answer] of [
    ["trusted-adult", "yes"],
    ["asked-for-help", "no"],
  ] as const) {
    const saved = await client.run((c, r) => answerQuestion(c, r, YOUNG, question), client.request(`/s/${YOUNG}/q/${question}`, { response: responseId, answer }));
    expect(saved.status, question).toBe(302);
  }
  const sent = await client.run((c, r) => sendResponse(c, r, YOUNG), client.request(`/s/${YOUNG}/check`, { response: responseId }));
  expect(sent).toMatchObject({ status: 302, location: `/s/${YOUNG}/done` });
}

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}

describe(`school and setting links on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
    const [northshire] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
    northshireId = northshire!.id;
    const [young] = await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, YOUNG));
    youngSurveyId = young!.id;
  });

  it("seeds the demo links once, however often the seed runs", async () => {
    await seedDemo(t.db);
    const rows = await t.db.select().from(settingLinks);
    expect(rows.map((r) => r.code).sort()).toEqual(DEMO_LINKS.map((l) => l.code).sort());
    expect((await linkByCode(CLASS_CODE)).surveyId).toBe(youngSurveyId);
  });

  it("makes random codes from the unambiguous alphabet", () => {
    const codes = Array.from({ length: 2000 }, () => newLinkCode());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    // Every letter of the alphabet turns up (each is chosen evenly), and none of 0, o, 1, i, l.
    expect(new Set(codes.join("")).size).toBe(CODE_ALPHABET.length);
    expect(codes.join("")).not.toMatch(/[01oil]/);
  });

  it("a response started through a link records its setting and the school_link channel, and nothing else", async () => {
    const client = new TestClient(context);
    const opened = await openLink(client, CLASS_CODE);
    expect(opened).toMatchObject({ status: 302, location: `/s/${YOUNG}?l=${CLASS_CODE}` });
    expect(opened.headers?.get("Cache-Control")).toBe("no-store");
    // The address says nothing about the setting or the survey beyond its slug.
    expect(opened.location).not.toMatch(/primary|year|school|academy/i);

    const { page, response } = await startFrom(client, opened.location!);
    expect(page.link).toBe(CLASS_CODE);
    const link = await linkByCode(CLASS_CODE);
    expect(response).toMatchObject({ settingId: link.id, channel: "school_link", status: "in_progress", venueId: null });
    await finish(client, response.id);
    const [sent] = await t.db.select().from(responses).where(eq(responses.id, response.id));
    expect(sent).toMatchObject({ status: "submitted", settingId: link.id, channel: "school_link" });

    // A code typed in capitals works too.
    const shouty = await openLink(new TestClient(context), CLASS_CODE.toUpperCase());
    expect(shouty).toMatchObject({ status: 302, location: `/s/${YOUNG}?l=${CLASS_CODE}` });
  });

  it("a start without a link is an ordinary web response", async () => {
    const { page, response } = await startFrom(new TestClient(context), `/s/${YOUNG}`);
    expect(page.link).toBeNull();
    expect(response).toMatchObject({ channel: "web", settingId: null });
  });

  it("ignores a code for another survey, a closed link, and a forged code, in the address or in the form", async () => {
    // The event link belongs to the parents' survey.
    const other = await startFrom(new TestClient(context), `/s/${YOUNG}?l=${EVENT_CODE}`);
    expect(other.page.link).toBeNull();
    expect(other.response).toMatchObject({ channel: "web", settingId: null });
    const posted = await startFrom(new TestClient(context), `/s/${YOUNG}`, { link: EVENT_CODE });
    expect(posted.response).toMatchObject({ channel: "web", settingId: null });
    for (const forged of ["<script>", "zzzzzzzzzz", "' or 1=1 --", "a".repeat(200)]) {
      const result = await startFrom(new TestClient(context), `/s/${YOUNG}?l=${encodeURIComponent(forged)}`, { link: forged });
      expect(result.page.link, forged).toBeNull();
      expect(result.response, forged).toMatchObject({ channel: "web", settingId: null });
    }

    // A start page shown while the link was open, sent after it closed: the setting is not recorded.
    const client = new TestClient(context);
    const shown = await client.run((c, r) => loadStartPage(c, r, YOUNG), client.request(`/s/${YOUNG}?l=${CLASS_CODE}`));
    expect((shown.data as { link: string }).link).toBe(CLASS_CODE);
    const link = await linkByCode(CLASS_CODE);
    expect(await closeLink(t.db, { userId: (await admin()).id, partnershipId: northshireId }, link.id)).toBe("closed");
    const responseId = (shown.data as { responseId: string }).responseId;
    await client.run((c, r) => beginResponse(c, r, YOUNG), client.request(`/s/${YOUNG}?l=${CLASS_CODE}`, { response: responseId, link: CLASS_CODE }));
    const [late] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(late).toMatchObject({ channel: "web", settingId: null });
    // And the start page no longer carries it.
    const after = await startFrom(new TestClient(context), `/s/${YOUNG}?l=${CLASS_CODE}`);
    expect(after.page.link).toBeNull();
  });

  it("a closed link and an unknown code get a friendly page, not an error", async () => {
    const link = await linkByCode(CLASS_CODE);
    await closeLink(t.db, { userId: (await admin()).id, partnershipId: northshireId }, link.id);
    const closed = await openLink(new TestClient(context), CLASS_CODE);
    expect(closed.status).toBe(410);
    expect(closed.data).toEqual({ state: "closed", partnership: { slug: "northshire", name: expect.stringContaining("Northshire") } });
    expect(closed.headers?.get("Cache-Control")).toBe("no-store");

    for (const unknown of ["zzzzzzzzzz", "abc", "%3Cscript%3E", "0000000000"]) {
      const result = await openLink(new TestClient(context), unknown);
      expect(result.status, unknown).toBe(404);
      expect(result.data, unknown).toEqual({ state: "unknown" });
    }

    // A closed survey closes its links too.
    await t.db.update(surveys).set({ status: "closed" }).where(eq(surveys.slug, "demo-parents"));
    expect((await openLink(new TestClient(context), EVENT_CODE)).status).toBe(410);
  });

  it("counts sent responses per link, not those still being given", async () => {
    const classLink = await linkByCode(CLASS_CODE);
    for (let i = 0; i < 2; i++) {
      const client = new TestClient(context);
      const { response } = await startFrom(client, `/s/${YOUNG}?l=${CLASS_CODE}`);
      await finish(client, response.id);
    }
    // Started through the link but not sent; and one sent without a link.
    await startFrom(new TestClient(context), `/s/${YOUNG}?l=${CLASS_CODE}`);
    const plain = new TestClient(context);
    await finish(plain, (await startFrom(plain, `/s/${YOUNG}`)).response.id);

    const counts = Object.fromEntries((await listLinks(t.db, northshireId)).map((l) => [l.code, l.responses]));
    expect(counts).toEqual({ [CLASS_CODE]: 2, [EVENT_CODE]: 0 });
    const rows = await t.db.select().from(responses).where(eq(responses.settingId, classLink.id));
    expect(rows).toHaveLength(3);
  });

  it("making and closing links is audited with ids only; bad input is refused", async () => {
    const person = await admin();
    const actor = { userId: person.id, partnershipId: northshireId };
    const name = "St Example's School <b>Year 5</b>";
    const made = await createLink(t.db, actor, { name, kind: "school", survey: youngSurveyId });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    expect(made.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
    const stored = await linkByCode(made.code);
    expect(stored).toMatchObject({ id: made.id, name, kind: "school", surveyId: youngSurveyId, partnershipId: northshireId, closedAt: null });

    expect(await closeLink(t.db, actor, made.id)).toBe("closed");
    expect(await closeLink(t.db, actor, made.id)).toBe("already_closed");
    expect(await closeLink(t.db, actor, "not-a-uuid")).toBe("not_found");

    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, made.id)).orderBy(auditLog.at);
    expect(entries.map((e) => e.action)).toEqual(["setting_link_created", "setting_link_closed"]);
    expect(entries[0]).toMatchObject({ actorId: person.id, partnershipId: northshireId, subjectType: "setting_link", details: { kind: "school", surveyId: youngSurveyId } });
    expect(JSON.stringify(entries)).not.toContain("Example");

    // Refused: no name, a kind that is not one, a survey of another partnership or not open.
    const bad = await createLink(t.db, actor, { name: " ", kind: "pub", survey: "" });
    expect(bad).toMatchObject({ ok: false, errors: { name: "linkadmin:errors.nameRequired", kind: "linkadmin:errors.kindRequired", survey: "linkadmin:errors.surveyRequired" } });
    const long = await createLink(t.db, actor, { name: "x".repeat(121), kind: "class", survey: youngSurveyId });
    expect(long).toMatchObject({ ok: false, errors: { name: "linkadmin:errors.nameTooLong" } });
    const [southvale] = await t.db
      .insert(partnerships)
      .values({ slug: "southvale", name: "Southvale", helpContacts: (await t.db.select().from(partnerships))[0]!.helpContacts })
      .returning({ id: partnerships.id });
    const [foreign] = await t.db.insert(surveys).values({ partnershipId: southvale!.id, slug: "southvale-survey", audience: "children", status: "published" }).returning({ id: surveys.id });
    const [draft] = await t.db.insert(surveys).values({ partnershipId: northshireId, slug: "a-draft", audience: "children" }).returning({ id: surveys.id });
    for (const survey of [foreign!.id, draft!.id, "not-a-uuid"]) {
      expect(await createLink(t.db, actor, { name: "Somewhere", kind: "event", survey }), survey).toMatchObject({ ok: false, errors: { survey: "linkadmin:errors.surveyNotOpen" } });
    }
    expect(await t.db.select().from(settingLinks).where(eq(settingLinks.name, "Somewhere"))).toEqual([]);
  });

  it("staff pages: an analyst makes a link, sees it with its full address and count, asks before closing, and prints its poster", async () => {
    const analyst = await createStaffUser(t.db, { email: "analyst@northshire.test", roles: ["analyst"], partnershipSlug: "northshire" });
    const client = await signedInClient(context, t.db, analyst.id);
    const params = { partnership: "northshire" };
    const path = "/staff/p/northshire/links";
    const run = (fn: RouteFn, url: string, form?: Record<string, string>, extra: Record<string, string> = {}) =>
      client.run((ctx, request) => fn({ context: ctx, request, params: { ...params, ...extra } }), client.request(url, form));

    const invalid = await run(staffLinks.action as RouteFn, path, { csrf: csrfOf(client), intent: "create", name: "", kind: "class", survey: youngSurveyId });
    expect(invalid.status).toBe(400);
    expect(invalid.data).toMatchObject({ errors: { name: "linkadmin:errors.nameRequired" }, values: { kind: "class", survey: youngSurveyId } });

    const made = await run(staffLinks.action as RouteFn, path, { csrf: csrfOf(client), intent: "create", name: "Year 4 (test)", kind: "class", survey: youngSurveyId });
    expect(made).toMatchObject({ status: 302, location: `${path}?done=created` });
    const [row] = await t.db.select().from(settingLinks).where(and(eq(settingLinks.name, "Year 4 (test)"), eq(settingLinks.partnershipId, northshireId)));

    const list = await run(staffLinks.loader as RouteFn, `${path}?close=${row!.id}`);
    expect(list.status).toBe(200);
    const data = list.data as { links: { id: string; url: string; responses: number; surveyTitle: string }[]; closing: { id: string } | null; surveys: { id: string }[] };
    expect(data.links.find((l) => l.id === row!.id)).toMatchObject({ url: `http://heard.test/l/${row!.code}`, responses: 0, surveyTitle: "Home, school and getting help" });
    expect(data.closing).toMatchObject({ id: row!.id });
    expect(data.surveys.map((s) => s.id)).toContain(youngSurveyId);

    const page = await run(poster.loader as RouteFn, `${path}/${row!.id}/poster`, undefined, { linkId: row!.id });
    expect(page.status).toBe(200);
    const shown = page.data as { url: string; qr: string; forAdults: boolean };
    expect(shown.url).toBe(`http://heard.test/l/${row!.code}`);
    expect(shown.forAdults).toBe(false);
    expect(shown.qr).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(shown.qr).not.toMatch(/style|script|href|on[a-z]+=/i);
    // Another partnership's link, or one that is not there: a 404.
    expect((await run(poster.loader as RouteFn, `${path}/x/poster`, undefined, { linkId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);

    const closed = await run(staffLinks.action as RouteFn, path, { csrf: csrfOf(client), intent: "close", linkId: row!.id });
    expect(closed).toMatchObject({ status: 302, location: `${path}?done=closed` });
    expect((await linkByCode(row!.code)).closedAt).not.toBeNull();
    const unknown = await run(staffLinks.action as RouteFn, path, { csrf: csrfOf(client), intent: "close", linkId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(404);
    const actions = await t.db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.subjectId, row!.id));
    expect(actions).toEqual([
      { action: "setting_link_created", actorId: analyst.id },
      { action: "setting_link_closed", actorId: analyst.id },
    ]);
  });
});

async function admin() {
  const [existing] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "northshire"));
  return createStaffUser(t.db, { email: `admin-${Math.random().toString(36).slice(2)}@northshire.test`, roles: ["partnership_admin"], partnershipSlug: existing!.slug });
}
