import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, auditLog, feedback, kioskCodes, kioskVenues, kioskDevices, partnerships, responses, triageFlags } from "#db/schema/index.ts";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import {
  createKioskCode,
  createVenue,
  findVenueByDevice,
  kioskCodeHash,
  redeemKioskCode,
  revokeVenueDevices,
} from "~/modules/kiosk/kiosk.server";
import {
  exitKiosk,
  loadAnswerPage,
  loadSetUpPage,
  loadStartPage,
  receiveKioskRecord,
  sendAnswerPage,
  setUpTablet,
} from "~/modules/kiosk/pages.server";
import { storeCompletedResponse, storeKioskFeedback } from "~/modules/kiosk/store.server";
import { BASE, TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { action as kiosksAction, loader as kiosksLoader } from "~/routes/staff-p-kiosks";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { findOpenSurvey, forgetOpenSurveys, type PublishedSurvey } from "~/modules/survey/surveys.server";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();

let postsAllowed = true;
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => postsAllowed,
});

async function northshireId(): Promise<string> {
  const [row] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
  return row!.id;
}

async function parentsSurvey(): Promise<PublishedSurvey> {
  return (await findOpenSurvey(t.db, "demo-parents"))!;
}

const GOOD_ANSWERS = {
  "centre-visits": ["weekly"],
  "support-feel": ["ok"],
  needs: ["food", "money"],
  "knew-where": ["yes"],
  "word-meaning": ["When parents do not have time for their children"],
  "better-help": [],
};

describe(`kiosk on ${testDriver}`, () => {
  beforeEach(async () => {
    postsAllowed = true;
    forgetOpenSurveys(t.db);
    forgetPartnerships();
    await seedDemo(t.db);
  });

  describe("codes", () => {
    it("turns a tablet into a kiosk once: a second use is refused", async () => {
      const venueId = await createVenue(t.db, { partnershipId: await northshireId(), name: "Eastfield Centre", surveyId: null });
      const { code, codeHash } = await createKioskCode(t.db, { venueId, createdBy: null });
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      // Only the hash is stored.
      const [stored] = await t.db.select().from(kioskCodes).where(eq(kioskCodes.codeHash, codeHash));
      expect(stored!.codeHash).toBe(kioskCodeHash(code));
      expect(JSON.stringify(stored)).not.toContain(code);

      const first = await redeemKioskCode(t.db, code.toLowerCase().replace(/-/g, " "));
      expect(first).toMatchObject({ ok: true, venueId });
      if (!first.ok) throw new Error("unreachable");
      expect(await findVenueByDevice(t.db, first.token)).toMatchObject({ id: venueId, name: "Eastfield Centre", surveySlug: null });
      // The token itself is not stored either.
      const devices = await t.db.select().from(kioskDevices).where(eq(kioskDevices.venueId, venueId));
      expect(devices).toHaveLength(1);
      expect(devices[0]!.tokenHash).not.toBe(first.token);

      expect(await redeemKioskCode(t.db, code)).toEqual({ ok: false });
      expect(await t.db.select().from(kioskDevices).where(eq(kioskDevices.venueId, venueId))).toHaveLength(1);
    });

    it("refuses an expired code and an unknown one", async () => {
      const venueId = await createVenue(t.db, { partnershipId: await northshireId(), name: "Westgate Centre", surveyId: null });
      const made = new Date(Date.now() - 25 * 60 * 60 * 1000);
      const { code } = await createKioskCode(t.db, { venueId, createdBy: null, now: made });
      expect(await redeemKioskCode(t.db, code)).toEqual({ ok: false });
      expect(await redeemKioskCode(t.db, "ABCD-EFGH-JKMN")).toEqual({ ok: false });
      expect(await redeemKioskCode(t.db, "")).toEqual({ ok: false });
    });

    it("lets only one of two tablets typing the same code at the same moment have it", async () => {
      const venueId = await createVenue(t.db, { partnershipId: await northshireId(), name: "Northgate Centre", surveyId: null });
      const { code } = await createKioskCode(t.db, { venueId, createdBy: null });
      const results = await Promise.all([redeemKioskCode(t.db, code), redeemKioskCode(t.db, code), redeemKioskCode(t.db, code)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await t.db.select().from(kioskDevices).where(eq(kioskDevices.venueId, venueId))).toHaveLength(1);
    });

    it("lets the seeded demo code be used again and again; seeding twice keeps one venue and one code", async () => {
      await seedDemo(t.db);
      const a = await redeemKioskCode(t.db, DEMO_KIOSK.code);
      const b = await redeemKioskCode(t.db, "demo kiosk 2026");
      expect(a).toMatchObject({ ok: true, venueId: DEMO_KIOSK.venueId });
      expect(b).toMatchObject({ ok: true, venueId: DEMO_KIOSK.venueId });
      expect(await t.db.select().from(kioskCodes)).toHaveLength(1);
      if (!a.ok) throw new Error("unreachable");
      expect(await findVenueByDevice(t.db, a.token)).toMatchObject({ name: "Northshire Family Hub (demo)", surveySlug: "demo-parents" });
    });

    it("stops revoked tablets", async () => {
      const redeemed = await redeemKioskCode(t.db, DEMO_KIOSK.code);
      if (!redeemed.ok) throw new Error("demo code refused");
      expect(await revokeVenueDevices(t.db, DEMO_KIOSK.venueId)).toBe(1);
      expect(await findVenueByDevice(t.db, redeemed.token)).toBeNull();
      expect(await revokeVenueDevices(t.db, DEMO_KIOSK.venueId)).toBe(0);
    });
  });

  describe("storing a whole response", () => {
    it("stores the answers with channel kiosk and the venue, sent, and a resend stores nothing more", async () => {
      const survey = await parentsSurvey();
      const responseId = crypto.randomUUID();
      const input = { responseId, survey, answers: GOOD_ANSWERS, channel: "kiosk" as const, venueId: DEMO_KIOSK.venueId };
      expect(await storeCompletedResponse(t.db, input)).toEqual({ outcome: "stored", mayDisclose: false });
      expect(await storeCompletedResponse(t.db, input)).toEqual({ outcome: "already_stored", mayDisclose: false });

      const rows = await t.db.select().from(responses);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: responseId, channel: "kiosk", venueId: DEMO_KIOSK.venueId, status: "submitted", surveyVersionId: survey.versionId });
      expect(rows[0]!.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const stored = Object.fromEntries((await t.db.select().from(answers)).map((a) => [a.questionId, a.value]));
      expect(stored).toEqual({
        "centre-visits": { choice: "weekly" },
        "support-feel": { choice: "ok" },
        needs: { choices: ["food", "money"] },
        "knew-where": { choice: "yes" },
        "word-meaning": { text: "When parents do not have time for their children" },
      });
    });

    it("stores one response when the same one is sent twice at the same moment", async () => {
      const survey = await parentsSurvey();
      const responseId = crypto.randomUUID();
      const input = { responseId, survey, answers: GOOD_ANSWERS, channel: "kiosk" as const, venueId: DEMO_KIOSK.venueId };
      const results = await Promise.all([storeCompletedResponse(t.db, input), storeCompletedResponse(t.db, input), storeCompletedResponse(t.db, input)]);
      expect(results.map((r) => r.outcome).sort()).toEqual(["already_stored", "already_stored", "stored"]);
      expect(await t.db.select().from(responses)).toHaveLength(1);
      expect(await t.db.select().from(answers)).toHaveLength(5);
    });

    it("refuses invalid answers with clear errors, and stores nothing", async () => {
      const survey = await parentsSurvey();
      const result = await storeCompletedResponse(t.db, {
        responseId: crypto.randomUUID(),
        survey,
        answers: { ...GOOD_ANSWERS, "centre-visits": ["daily"], needs: ["food", "none"], "better-help": ["x".repeat(2001)] },
        channel: "kiosk",
        venueId: DEMO_KIOSK.venueId,
      });
      expect(result).toMatchObject({
        outcome: "invalid",
        errors: {
          "centre-visits": { key: "errors.unknownOption" },
          needs: { key: "errors.exclusiveOption" },
          "better-help": { key: "errors.tooLong", values: { max: 2000, count: 2001 } },
        },
      });
      expect(await t.db.select().from(responses)).toHaveLength(0);
      expect(await t.db.select().from(answers)).toHaveLength(0);
    });

    it("follows skip logic and required questions", async () => {
      const survey = await parentsSurvey();
      const definition = {
        ...survey.definition,
        questions: [
          { ...survey.definition.questions[0]!, required: true },
          { ...survey.definition.questions[3]!, id: "asked" },
          { ...survey.definition.questions[5]!, id: "what-happened", required: true, showIf: { questionId: "asked", anyOf: ["yes"] } },
        ],
      };
      const skipped = { ...survey, definition };
      const missing = await storeCompletedResponse(t.db, { responseId: crypto.randomUUID(), survey: skipped, answers: {}, channel: "kiosk", venueId: null });
      expect(missing).toMatchObject({ outcome: "invalid", errors: { "centre-visits": { key: "errors.chooseOne" } } });
      expect(Object.keys((missing as { errors: object }).errors)).toEqual(["centre-visits"]);

      const shown = await storeCompletedResponse(t.db, { responseId: crypto.randomUUID(), survey: skipped, answers: { "centre-visits": ["weekly"], asked: ["yes"] }, channel: "kiosk", venueId: null });
      expect(shown).toMatchObject({ outcome: "invalid", errors: { "what-happened": { key: "errors.writeAnswer" } } });

      // "No": the follow-up is hidden, its answer dropped, its "required" does not apply.
      const id = crypto.randomUUID();
      const hidden = await storeCompletedResponse(t.db, { responseId: id, survey: skipped, answers: { "centre-visits": ["weekly"], asked: ["no"], "what-happened": ["left over"] }, channel: "kiosk", venueId: null });
      expect(hidden).toEqual({ outcome: "stored", mayDisclose: false });
      expect((await t.db.select().from(answers)).map((a) => a.questionId).sort()).toEqual(["asked", "centre-visits"]);
    });

    it("flags a possible disclosure for triage once, as the web journey does", async () => {
      const survey = await parentsSurvey();
      const responseId = crypto.randomUUID();
      const input = {
        responseId,
        survey,
        answers: { "better-help": ["My partner hits me in front of the kids"] },
        channel: "kiosk" as const,
        venueId: DEMO_KIOSK.venueId,
      };
      expect(await storeCompletedResponse(t.db, input)).toEqual({ outcome: "stored", mayDisclose: true });
      expect(await storeCompletedResponse(t.db, input)).toEqual({ outcome: "already_stored", mayDisclose: true });
      const flags = await t.db.select().from(triageFlags);
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ responseId, questionId: "better-help", partnershipId: survey.partnership.id, source: "detector" });
    });

    it("stores kiosk feedback with its channel and venue, once, flagged when it may disclose harm", async () => {
      const id = crypto.randomUUID();
      const input = { id, partnershipId: await northshireId(), venueId: DEMO_KIOSK.venueId, text: "my dad hits me", from: null, ageBand: null, area: null };
      expect(await storeKioskFeedback(t.db, input)).toEqual({ outcome: "stored", mayDisclose: true });
      expect(await storeKioskFeedback(t.db, input)).toEqual({ outcome: "already_stored", mayDisclose: true });
      const rows = await t.db.select().from(feedback);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id, channel: "kiosk", venueId: DEMO_KIOSK.venueId });
      expect(await t.db.select().from(triageFlags)).toHaveLength(1);
    });
  });

  describe("pages", () => {
    async function kioskClient(): Promise<TestClient> {
      const client = new TestClient(context);
      const done = await client.run(setUpTablet, client.request("/kiosk", { code: "demo-kiosk-2026" }));
      expect(done).toMatchObject({ status: 302, location: "/kiosk/start" });
      const cookie = done.headers!.get("Set-Cookie")!;
      expect(cookie).toMatch(/^heard_kiosk=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
      return client;
    }

    function postJson(client: TestClient | null, body: unknown): Request {
      const headers = new Headers({ "Content-Type": "application/json" });
      if (client?.cookie) headers.set("Cookie", client.cookie);
      return new Request(`${BASE}/kiosk/send`, { method: "POST", headers, body: JSON.stringify(body) });
    }

    it("sets a tablet up with a code, in a __Host- cookie in production, and refuses a wrong code", async () => {
      const stranger = new TestClient(context);
      expect(await stranger.run(loadStartPage, stranger.request("/kiosk/start"))).toMatchObject({ status: 302, location: "/kiosk" });
      const wrong = await stranger.run(setUpTablet, stranger.request("/kiosk", { code: "ABCD-EFGH-JKMN" }));
      expect(wrong).toMatchObject({ status: 400, data: { error: { key: "kiosk:errors.codeNotRight" } } });
      expect(await stranger.run(setUpTablet, stranger.request("/kiosk", { code: " " }))).toMatchObject({ status: 400, data: { error: { key: "kiosk:errors.enterCode" } } });
      postsAllowed = false;
      expect(await stranger.run(setUpTablet, stranger.request("/kiosk", { code: DEMO_KIOSK.code }))).toMatchObject({ status: 429 });
      postsAllowed = true;

      const production = () => ({ ...context(), production: true });
      const secure = new TestClient(production);
      const request = new Request("https://heard.example/kiosk", { method: "POST", body: new URLSearchParams({ code: DEMO_KIOSK.code }) });
      const done = await secure.run(setUpTablet, request);
      expect(done.headers!.get("Set-Cookie")).toMatch(/^__Host-heard_kiosk=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=\d+$/);

      const kiosk = await kioskClient();
      expect(await kiosk.run(loadSetUpPage, kiosk.request("/kiosk"))).toMatchObject({ status: 302, location: "/kiosk/start" });
      const start = await kiosk.run(loadStartPage, kiosk.request("/kiosk/start"));
      expect(start).toMatchObject({ status: 200, data: { venue: { name: "Northshire Family Hub (demo)" }, shows: "survey" } });
      expect(start.headers!.get("Cache-Control")).toBe("no-store");
    });

    it("stores a whole survey sent as one plain form, with the venue, and shows thanks", async () => {
      const kiosk = await kioskClient();
      const page = await kiosk.run(loadAnswerPage, kiosk.request("/kiosk/answer"));
      expect(page.headers!.get("Cache-Control")).toBe("no-store");
      const { responseId, survey } = page.data as { responseId: string; survey: { versionId: string } };
      const again = await kiosk.run(loadAnswerPage, kiosk.request("/kiosk/answer"));
      expect((again.data as { responseId: string }).responseId).not.toBe(responseId);

      const form = { response: responseId, version: survey.versionId, "q-centre-visits": "weekly", "q-needs": ["food", "housing"] };
      expect(await kiosk.run(sendAnswerPage, kiosk.request("/kiosk/answer", form))).toMatchObject({ status: 302, location: "/kiosk/thanks" });
      expect(await kiosk.run(sendAnswerPage, kiosk.request("/kiosk/answer", form))).toMatchObject({ status: 302, location: "/kiosk/thanks" });
      const rows = await t.db.select().from(responses);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: responseId, channel: "kiosk", venueId: DEMO_KIOSK.venueId, status: "submitted" });

      const bad = await kiosk.run(sendAnswerPage, kiosk.request("/kiosk/answer", { response: crypto.randomUUID(), "q-centre-visits": "sometimes" }));
      expect(bad).toMatchObject({ status: 400, data: { errors: { "centre-visits": { key: "errors.unknownOption" } } } });

      const help = await kiosk.run(sendAnswerPage, kiosk.request("/kiosk/answer", { response: crypto.randomUUID(), "q-better-help": "My partner hits me in front of the kids" }));
      expect(help).toMatchObject({ status: 200, data: { sent: true, help: true } });
      expect(await t.db.select().from(triageFlags)).toHaveLength(1);
    });

    it("takes JSON records only from a kiosk tablet, and a resend stores nothing more", async () => {
      const id = crypto.randomUUID();
      const record = { id, fields: [["q-centre-visits", "monthly"], ["q-needs", "food"], ["q-needs", "money"]] };
      for (const request of [postJson(null, record), postJson(Object.assign(new TestClient(context), { cookie: `heard_kiosk=${"a".repeat(43)}` }), record)]) {
        const refused = await receiveKioskRecord(context(), request);
        expect(refused.status).toBe(403);
        expect(await refused.json()).toEqual({ error: "not-a-kiosk" });
      }
      expect(await t.db.select().from(responses)).toHaveLength(0);

      const kiosk = await kioskClient();
      const first = await receiveKioskRecord(context(), postJson(kiosk, record));
      expect(first.status).toBe(200);
      expect(first.headers.get("Cache-Control")).toBe("no-store");
      expect(await first.json()).toEqual({ id, outcome: "stored", help: false });
      const resent = await receiveKioskRecord(context(), postJson(kiosk, record));
      expect(await resent.json()).toEqual({ id, outcome: "already_stored", help: false });
      const rows = await t.db.select().from(responses);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id, channel: "kiosk", venueId: DEMO_KIOSK.venueId });
      expect((await t.db.select().from(answers)).find((a) => a.questionId === "needs")?.value).toEqual({ choices: ["food", "money"] });

      const invalid = await receiveKioskRecord(context(), postJson(kiosk, { id: crypto.randomUUID(), fields: [["q-centre-visits", "nope"]] }));
      expect(invalid.status).toBe(422);
      expect(await receiveKioskRecord(context(), postJson(kiosk, { id: "not-an-id", fields: [] })).then((r) => r.status)).toBe(400);
      const asForm = new Request(`${BASE}/kiosk/send`, { method: "POST", headers: { Cookie: kiosk.cookie, "Content-Type": "text/plain" }, body: JSON.stringify(record) });
      expect((await receiveKioskRecord(context(), asForm)).status).toBe(415);
      postsAllowed = false;
      expect((await receiveKioskRecord(context(), postJson(kiosk, record))).status).toBe(429);
      postsAllowed = true;

      // A revoked tablet can send no more.
      await revokeVenueDevices(t.db, DEMO_KIOSK.venueId);
      expect((await receiveKioskRecord(context(), postJson(kiosk, { ...record, id: crypto.randomUUID() }))).status).toBe(403);
      expect(await t.db.select().from(responses)).toHaveLength(1);
    });

    it("shows the feedback form at a venue without a survey, and stores feedback with channel kiosk and the venue", async () => {
      const venueId = await createVenue(t.db, { partnershipId: await northshireId(), name: "Library drop-in", surveyId: null });
      const { code } = await createKioskCode(t.db, { venueId, createdBy: null });
      const tablet = new TestClient(context);
      await tablet.run(setUpTablet, tablet.request("/kiosk", { code }));
      const page = await tablet.run(loadAnswerPage, tablet.request("/kiosk/answer"));
      expect(page.data).toMatchObject({ shows: "feedback", survey: null, audience: "everyone" });
      const id = (page.data as { responseId: string }).responseId;
      const empty = await tablet.run(sendAnswerPage, tablet.request("/kiosk/answer", { response: id, text: " " }));
      expect(empty).toMatchObject({ status: 400, data: { errors: { text: { key: "feedback:errors.writeText" } } } });
      const sent = await tablet.run(sendAnswerPage, tablet.request("/kiosk/answer", { response: id, text: "More chairs please", from: "parent_carer", age: "26-or-over" }));
      expect(sent).toMatchObject({ status: 302, location: "/kiosk/thanks" });
      const rows = await t.db.select().from(feedback);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id, channel: "kiosk", venueId, text: "More chairs please", from: "parent_carer" });
      expect(await t.db.select().from(responses)).toHaveLength(0);
    });

    it("exits to the kiosk's start without clearing the tablet; a browser that is not a kiosk exits the usual way", async () => {
      const kiosk = await kioskClient();
      const exit = await exitKiosk(context(), kiosk.request("/kiosk/exit"));
      expect(exit.status).toBe(303);
      expect(exit.headers.get("Location")).toBe("/kiosk/start");
      expect(exit.headers.get("Clear-Site-Data")).toBeNull();
      expect(exit.headers.get("Set-Cookie")).toBeNull();
      const stranger = await exitKiosk(context(), new TestClient(context).request("/kiosk/exit?p=northshire"));
      expect(stranger.headers.get("Location")).toBe("/exit?p=northshire");
    });
  });

  describe("staff management", () => {
    it("lets a partnership admin add a venue, make a code shown once, and stop tablets, all audited with ids only", async () => {
      const admin = await createStaffUser(t.db, { email: "admin@northshire.test", roles: ["partnership_admin"], partnershipSlug: "northshire" });
      const client = await signedInClient(context, t.db, admin.id);
      const csrf = csrfTokenFor(context(), { session: { tokenHash: hashToken(client.cookie.split("=")[1]!) } as never });
      const params = { partnership: "northshire" };
      const path = "/staff/p/northshire/kiosks";
      const post = (form: Record<string, string>) =>
        client.run((ctx, request) => kiosksAction({ context: ctx, request, params }), client.request(path, { csrf, ...form }));

      const page = await client.run((ctx, request) => kiosksLoader({ context: ctx, request, params }), client.request(path));
      expect(page.status).toBe(200);
      const loaded = page.data as { venues: { name: string; shows: string | null }[]; surveys: { id: string; title: string }[] };
      expect(loaded.venues).toEqual([expect.objectContaining({ name: "Northshire Family Hub (demo)", shows: "Getting help as a family" })]);

      expect(await post({ intent: "venue", name: "", shows: "nonsense", idleSeconds: "5" })).toMatchObject({
        status: 400,
        data: { errors: { name: "kioskadmin:errors.nameMissing", shows: "kioskadmin:errors.showsMissing", idleSeconds: "kioskadmin:errors.idleRange" } },
      });
      expect(await post({ intent: "venue", name: "Eastfield Centre", shows: "feedback", idleSeconds: "90" })).toMatchObject({ status: 302 });
      const [venue] = await t.db.select().from(kioskVenues).where(eq(kioskVenues.name, "Eastfield Centre"));
      expect(venue).toMatchObject({ surveyId: null, idleSeconds: 90 });

      const made = await post({ intent: "code", venue: venue!.id });
      const code = (made.data as { code: string }).code;
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const redeemed = await redeemKioskCode(t.db, code);
      expect(redeemed).toMatchObject({ ok: true, venueId: venue!.id });
      expect(await post({ intent: "revoke", venue: venue!.id })).toMatchObject({ status: 200, data: { intent: "revoke", revoked: 1 } });
      if (redeemed.ok) expect(await findVenueByDevice(t.db, redeemed.token)).toBeNull();

      // Another partnership's venue is not found.
      expect(await post({ intent: "code", venue: crypto.randomUUID() })).toMatchObject({ status: 400, data: { intent: "unknown" } });

      const audit = await t.db.select().from(auditLog);
      expect(audit.map((a) => a.action).sort()).toEqual(["kiosk_code_created", "kiosk_devices_revoked", "kiosk_venue_created"]);
      for (const entry of audit) expect(entry).toMatchObject({ actorId: admin.id, subjectType: "kiosk_venue", subjectId: venue!.id });
      const written = JSON.stringify(audit);
      expect(written).not.toContain(code);
      expect(written).not.toContain(kioskCodeHash(code));
    });
  });
});
