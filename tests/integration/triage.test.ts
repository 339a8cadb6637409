import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answers, auditLog, feedback, partnerships, responses, textItems, triageFlags } from "#db/schema/index.ts";
import { recordTextItems, schoolNameOf } from "~/modules/analysis/text-items.server";
import type * as RedactModule from "~/modules/redaction/redact";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import { storeFeedback } from "~/modules/feedback/feedback.server";
import { storeCompletedResponse } from "~/modules/kiosk/store.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { answerQuestion, beginResponse, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { findOpenSurvey, forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { listTriageFlags } from "~/modules/triage/triage.server";
import routes from "~/routes";
import { action as responsesAction, loader as responsesLoader } from "~/routes/staff-p-responses";
import { loader as queueLoader } from "~/routes/staff-p-triage";
import { action as flagAction, loader as flagLoader } from "~/routes/staff-p-triage-flag";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// Redaction can be made to fail, to show that a send (or feedback) whose
// redacted copy cannot be made is not stored at all.
const failRedaction = { on: false };
vi.mock("~/modules/redaction/redact", async (importOriginal) => {
  const original = await importOriginal<typeof RedactModule>();
  return {
    ...original,
    redact: (...args: Parameters<typeof original.redact>) => {
      if (failRedaction.on) throw new Error("redaction failed (test)");
      return original.redact(...args);
    },
  };
});

const t = setUpTestDatabase();
const SLUG = "demo-young-people";
const NAME = "Jayden";
const PHONE = "07700 900461";
const DISCLOSURE = `My dad hits me when he drinks. I'm ${NAME}, ring me on ${PHONE}.`;

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

async function start(client: TestClient): Promise<string> {
  const page = await client.run((c, r) => loadStartPage(c, r, SLUG), client.request(`/s/${SLUG}`));
  const responseId = (page.data as { responseId: string }).responseId;
  await client.run((c, r) => beginResponse(c, r, SLUG), client.request(`/s/${SLUG}`, { response: responseId }));
  return responseId;
}

function answer(client: TestClient, responseId: string, questionId: string, value: string | string[]) {
  return client.run((c, r) => answerQuestion(c, r, SLUG, questionId), client.request(`/s/${SLUG}/q/${questionId}`, { response: responseId, answer: value }));
}

function send(client: TestClient, responseId: string) {
  return client.run((c, r) => sendResponse(c, r, SLUG), client.request(`/s/${SLUG}/check`, { response: responseId }));
}

/** A respondent answers the free-text questions (one of them a disclosure with a name and a phone number) and, unless told not to, sends. */
async function respond({ sendIt = true } = {}): Promise<{ responseId: string; client: TestClient }> {
  const client = new TestClient(context);
  const responseId = await start(client);
  // The two questions everyone must answer, then the free text.
  await answer(client, responseId, "trusted-adult", "yes");
  await answer(client, responseId, "asked-for-help", "no");
  await answer(client, responseId, "one-change", DISCLOSURE);
  await answer(client, responseId, "anything-else", "Mrs Patel at Oakfield Primary is kind.");
  if (sendIt) expect((await send(client, responseId)).location).toBe(`/s/${SLUG}/done`);
  return { responseId, client };
}

async function northshireId(): Promise<string> {
  const [row] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
  return row!.id;
}

async function staff(role: "analyst" | "safeguarding_lead" | "partnership_admin" | "implementation_member") {
  const user = await createStaffUser(t.db, { email: `${role}@northshire.test`, roles: [role], partnershipSlug: "northshire" });
  const client = await signedInClient(context, t.db, user.id);
  const csrf = csrfTokenFor(context(), { session: { tokenHash: hashToken(client.cookie.split("=")[1]!) } as never });
  return { user, client, csrf };
}

const RESPONSES = "/staff/p/northshire/responses";
const params = (flagId = "") => ({ partnership: "northshire", flagId });

describe(`redaction on arrival on ${testDriver}`, () => {
  beforeEach(async () => {
    failRedaction.on = false;
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("sending a response records a redacted copy of each free-text answer, in the same transaction, once", async () => {
    const { responseId, client } = await respond({ sendIt: false });
    // Saved but not sent: nothing for staff to read yet.
    expect(await t.db.select().from(textItems)).toEqual([]);
    expect((await send(client, responseId)).location).toBe(`/s/${SLUG}/done`);

    const items = await t.db.select().from(textItems).where(eq(textItems.responseId, responseId));
    const byQuestion = Object.fromEntries(items.map((i) => [i.questionId, i]));
    expect(Object.keys(byQuestion).sort()).toEqual(["anything-else", "one-change"]);
    expect(byQuestion["one-change"]).toMatchObject({
      partnershipId: await northshireId(),
      questionCode: "one-change",
      redacted: "My dad hits me when he drinks. I'm [name], ring me on [phone].",
      sentiment: "negative",
      imported: false,
      feedbackId: null,
    });
    expect(byQuestion["anything-else"]).toMatchObject({ redacted: "Mrs [name] at [school] is kind.", sentiment: "positive" });
    const [response] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(byQuestion["one-change"]!.receivedOn).toBe(response!.submittedOn);

    // Sending again changes nothing.
    await send(client, responseId);
    expect(await t.db.select().from(textItems)).toHaveLength(2);
  });

  it("a send that fails (the redacted copy cannot be made) stores neither the send nor any copy", async () => {
    const { responseId, client } = await respond({ sendIt: false });
    failRedaction.on = true;
    const failed = await send(client, responseId);
    expect(failed).toMatchObject({ status: 500, data: expect.any(Error) });
    expect(failed.location).toBeNull();
    const [response] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(response!.status).toBe("in_progress");
    expect(await t.db.select().from(textItems)).toEqual([]);
    failRedaction.on = false;
    expect((await send(client, responseId)).location).toBe(`/s/${SLUG}/done`);
    expect(await t.db.select().from(textItems)).toHaveLength(2);
  });

  it("feedback (web or kiosk) gets its redacted copy with it, or neither is stored", async () => {
    const partnershipId = await northshireId();
    const id = crypto.randomUUID();
    const input = { id, partnershipId, flag: false, text: `Call ${NAME} on ${PHONE} please`, from: null, ageBand: null, area: null };
    failRedaction.on = true;
    await expect(storeFeedback(t.db, input)).rejects.toThrow(/redaction failed/);
    expect(await t.db.select().from(feedback)).toEqual([]);
    failRedaction.on = false;
    expect(await storeFeedback(t.db, input)).toBe("stored");
    expect(await storeFeedback(t.db, input)).toBe("already_stored");
    const items = await t.db.select().from(textItems);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ feedbackId: id, responseId: null, redacted: "Call [name] on [phone] please", partnershipId });

    const kioskId = crypto.randomUUID();
    await storeFeedback(t.db, { ...input, id: kioskId, channel: "kiosk", venueId: DEMO_KIOSK.venueId });
    expect(await t.db.select().from(textItems).where(eq(textItems.feedbackId, kioskId))).toHaveLength(1);
  });

  it("a kiosk's whole response gets its copies in its own transaction", async () => {
    const survey = (await findOpenSurvey(t.db, "demo-parents"))!;
    const responseId = crypto.randomUUID();
    const result = await storeCompletedResponse(t.db, {
      responseId,
      survey,
      channel: "kiosk",
      venueId: DEMO_KIOSK.venueId,
      answers: { "centre-visits": ["weekly"], "support-feel": ["ok"], needs: ["food"], "knew-where": ["yes"], "word-meaning": [`Ask Sarah on ${PHONE}`] },
    });
    expect(result).toMatchObject({ outcome: "stored" });
    const items = await t.db.select().from(textItems).where(eq(textItems.responseId, responseId));
    expect(items.map((i) => [i.questionId, i.redacted])).toEqual([["word-meaning", "Ask [name] on [phone]"]]);
  });

  it("recordTextItems is idempotent and uses the partnership's areas and school links", async () => {
    const partnershipId = await northshireId();
    const id = crypto.randomUUID();
    await t.db.insert(feedback).values({ id, partnershipId, text: "x", receivedOn: "2026-11-23" });
    const item = { partnershipId, feedbackId: id, text: "We live in Eastmoor and I go to Northshire Primary Academy.", receivedOn: "2026-11-23" };
    expect(await recordTextItems(t.db, [item])).toBe(1);
    expect(await recordTextItems(t.db, [item])).toBe(0);
    const [row] = await t.db.select().from(textItems).where(eq(textItems.feedbackId, id));
    expect(row!.redacted).toBe("We live in [place] and I go to [school].");
    expect(schoolNameOf("Northshire Primary Academy (demo), Year 6")).toBe("Northshire Primary Academy");
  });
});

describe(`staff views of what people said on ${testDriver}`, () => {
  beforeEach(async () => {
    failRedaction.on = false;
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("the responses page shows only redacted text: the loader's data holds no name or phone number that was written", async () => {
    await respond();
    for (const role of ["analyst", "partnership_admin", "safeguarding_lead"] as const) {
      const { client } = await staff(role);
      const page = await client.run((c, r) => responsesLoader({ context: c, request: r, params: params() }), client.request(RESPONSES));
      expect(page.status, role).toBe(200);
      expect(page.headers?.get("Cache-Control")).toBe("no-store");
      const json = JSON.stringify(page.data);
      expect(json).toContain("[name]");
      expect(json).toContain("[phone]");
      expect(json).toContain("My dad hits me when he drinks.");
      for (const raw of [NAME, PHONE, PHONE.replace(" ", ""), "Patel", "Oakfield"]) expect(json, `${role}: ${raw}`).not.toContain(raw);
      const texts = (page.data as { texts: { items: { questionTitle: string; receivedOn: string; flagged: boolean }[] } }).texts.items;
      expect(texts).toHaveLength(2);
      expect(texts[0]!.questionTitle).not.toBe("");
      expect(texts[0]!.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const { client } = await staff("implementation_member");
    expect((await client.run((c, r) => responsesLoader({ context: c, request: r, params: params() }), client.request(RESPONSES))).status).toBe(404);
  });

  it("filters by survey and pages", async () => {
    await respond();
    const { client } = await staff("analyst");
    const other = (await findOpenSurvey(t.db, "demo-parents"))!;
    const filtered = await client.run(
      (c, r) => responsesLoader({ context: c, request: r, params: params() }),
      client.request(`${RESPONSES}?survey=${other.surveyId}`),
    );
    expect((filtered.data as { texts: { total: number } }).texts.total).toBe(0);
    const mine = (await findOpenSurvey(t.db, SLUG))!;
    const own = await client.run((c, r) => responsesLoader({ context: c, request: r, params: params() }), client.request(`${RESPONSES}?survey=${mine.surveyId}&page=9`));
    expect((own.data as { texts: { total: number; page: number } }).texts).toMatchObject({ total: 2, page: 1 });

    // By feeling: the disclosure reads negative, "Mrs … is kind" positive; an unknown feeling is ignored.
    const byFeeling = async (sentiment: string) => {
      const page = await client.run((c, r) => responsesLoader({ context: c, request: r, params: params() }), client.request(`${RESPONSES}?sentiment=${sentiment}`));
      return (page.data as { sentiment: string; texts: { total: number; items: { redacted: string; sentiment: string }[] } });
    };
    const negative = await byFeeling("negative");
    expect(negative.texts.items.map((i) => i.redacted)).toEqual(["My dad hits me when he drinks. I'm [name], ring me on [phone]."]);
    expect(negative.texts.items[0]!.sentiment).toBe("negative");
    expect((await byFeeling("positive")).texts.items.map((i) => i.redacted)).toEqual(["Mrs [name] at [school] is kind."]);
    expect(await byFeeling("angry")).toMatchObject({ sentiment: "", texts: { total: 2 } });
  });

  it("any reader can flag a text for safeguarding (audited, no text); flagging again adds nothing", async () => {
    await respond();
    // The detector flagged the disclosure; the other answer is flagged by staff.
    const { client, csrf, user } = await staff("analyst");
    const page = await client.run((c, r) => responsesLoader({ context: c, request: r, params: params() }), client.request(RESPONSES));
    const items = (page.data as { texts: { items: { id: string; flagged: boolean; redacted: string }[] } }).texts.items;
    const unflagged = items.find((i) => !i.flagged)!;
    expect(unflagged.redacted).toBe("Mrs [name] at [school] is kind.");

    const post = (form: Record<string, string>) =>
      client.run((c, r) => responsesAction({ context: c, request: r, params: params() }), client.request(RESPONSES, form));
    expect((await post({ intent: "flag", textItem: unflagged.id })).status).toBe(403);
    expect(await post({ csrf, intent: "flag", textItem: "not-an-id" })).toMatchObject({ status: 400 });
    expect(await post({ csrf, intent: "flag", textItem: unflagged.id, page: "1" })).toMatchObject({ status: 302, location: `${RESPONSES}?flagged=new` });
    expect(await post({ csrf, intent: "flag", textItem: unflagged.id })).toMatchObject({ status: 302, location: `${RESPONSES}?flagged=already` });

    const flags = await t.db.select().from(triageFlags).where(eq(triageFlags.source, "staff"));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ questionId: "anything-else", status: "new" });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "triage_flagged"));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: user.id, subjectType: "triage_flag", subjectId: flags[0]!.id, details: { source: "staff" } });
    expect(JSON.stringify(audits)).not.toMatch(/Patel|kind/);
  });

  it("the triage queue: the lead and admins see it, overdue items first; analysts get a 404", async () => {
    await respond();
    const partnershipId = await northshireId();
    const [flag] = await t.db.select().from(triageFlags);
    // Flagged on a Friday: on time on Monday, overdue on Tuesday. Another flagged on Monday.
    await t.db.update(triageFlags).set({ flaggedOn: "2026-11-20" }).where(eq(triageFlags.id, flag!.id));
    const feedbackId = crypto.randomUUID();
    await storeFeedback(t.db, { id: feedbackId, partnershipId, flag: true, text: "my mum leaves us alone for days", from: null, ageBand: null, area: null });
    await t.db.update(triageFlags).set({ flaggedOn: "2026-11-23" }).where(eq(triageFlags.feedbackId, feedbackId));

    const monday = await listTriageFlags(t.db, partnershipId, {}, "2026-11-23");
    expect(monday.map((i) => [i.kind, i.overdue])).toEqual([
      ["answer", false],
      ["feedback", false],
    ]);
    const wednesday = await listTriageFlags(t.db, partnershipId, {}, "2026-11-25");
    expect(wednesday.map((i) => [i.kind, i.overdue, i.dueBy])).toEqual([
      ["answer", true, "2026-11-23"],
      ["feedback", true, "2026-11-24"],
    ]);
    const tuesday = await listTriageFlags(t.db, partnershipId, {}, "2026-11-24");
    expect(tuesday.map((i) => [i.kind, i.overdue])).toEqual([
      ["answer", true],
      ["feedback", false],
    ]);

    for (const role of ["safeguarding_lead", "partnership_admin"] as const) {
      const { client } = await staff(role);
      const queue = await client.run((c, r) => queueLoader({ context: c, request: r, params: params() }), client.request("/staff/p/northshire/triage?status=new"));
      expect(queue.status).toBe(200);
      expect((queue.data as { items: unknown[] }).items).toHaveLength(2);
      expect(JSON.stringify(queue.data)).not.toMatch(/hits me|leaves us alone|Jayden/);
      const reviewed = await client.run((c, r) => queueLoader({ context: c, request: r, params: params() }), client.request("/staff/p/northshire/triage?status=reviewed"));
      expect((reviewed.data as { items: unknown[] }).items).toHaveLength(0);
    }
    const { client } = await staff("analyst");
    expect((await client.run((c, r) => queueLoader({ context: c, request: r, params: params() }), client.request("/staff/p/northshire/triage"))).status).toBe(404);
  });

  it("the review page: redacted by default; the original words only for the lead, audited without text; refused (404) to analysts and admins", async () => {
    await respond();
    const [flag] = await t.db.select().from(triageFlags);
    const url = `/staff/p/northshire/triage/${flag!.id}`;
    const lead = await staff("safeguarding_lead");
    const admin = await staff("partnership_admin");
    const analyst = await staff("analyst");

    const page = await lead.client.run((c, r) => flagLoader({ context: c, request: r, params: params(flag!.id) }), lead.client.request(url));
    expect(page.status).toBe(200);
    expect(page.headers?.get("Cache-Control")).toBe("no-store");
    expect(page.data).toMatchObject({ canDecide: true, review: { redacted: "My dad hits me when he drinks. I'm [name], ring me on [phone].", rawDeleted: false, sent: true } });
    expect(JSON.stringify(page.data)).not.toContain(NAME);
    const adminPage = await admin.client.run((c, r) => flagLoader({ context: c, request: r, params: params(flag!.id) }), admin.client.request(url));
    expect(adminPage.data).toMatchObject({ canDecide: false });
    expect((await analyst.client.run((c, r) => flagLoader({ context: c, request: r, params: params(flag!.id) }), analyst.client.request(url))).status).toBe(404);
    const bogus = "00000000-0000-4000-8000-000000000000";
    expect((await lead.client.run((c, r) => flagLoader({ context: c, request: r, params: params(bogus) }), lead.client.request(url))).status).toBe(404);
    expect((await lead.client.run((c, r) => flagLoader({ context: c, request: r, params: params("nonsense") }), lead.client.request(url))).status).toBe(404);

    const show = (who: typeof lead) =>
      who.client.run((c, r) => flagAction({ context: c, request: r, params: params(flag!.id) }), who.client.request(url, { csrf: who.csrf, intent: "show" }));
    for (const refused of [analyst, admin]) {
      const result = await show(refused);
      expect(result.status).toBe(404);
      expect(JSON.stringify(result.data ?? null)).not.toContain(NAME);
    }
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "raw_text_viewed"))).toEqual([]);
    // Without the CSRF token: refused before anything is read.
    const noToken = await lead.client.run((c, r) => flagAction({ context: c, request: r, params: params(flag!.id) }), lead.client.request(url, { intent: "show" }));
    expect(noToken.status).toBe(403);

    const shown = await show(lead);
    expect(shown.status).toBe(200);
    expect(shown.headers?.get("Cache-Control")).toBe("no-store");
    expect(shown.data).toEqual({ intent: "show", ok: true, original: DISCLOSURE });
    const viewed = await t.db.select().from(auditLog).where(eq(auditLog.action, "raw_text_viewed"));
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ actorId: lead.user.id, subjectType: "triage_flag", subjectId: flag!.id, details: {} });
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toMatch(/Jayden|07700|hits me/);
  });

  it("records the lead's decision (status, outcome, reviewer, time), audited with the outcome code only", async () => {
    await respond();
    const [flag] = await t.db.select().from(triageFlags);
    const url = `/staff/p/northshire/triage/${flag!.id}`;
    const lead = await staff("safeguarding_lead");
    const admin = await staff("partnership_admin");
    const decide = (who: typeof lead, form: Record<string, string>) =>
      who.client.run((c, r) => flagAction({ context: c, request: r, params: params(flag!.id) }), who.client.request(url, { csrf: who.csrf, intent: "decide", ...form }));

    expect(await decide(lead, {})).toMatchObject({ status: 400, data: { intent: "decide", ok: false, error: "triage:errors.outcome" } });
    expect(await decide(lead, { outcome: "something_else" })).toMatchObject({ status: 400 });
    expect((await decide(admin, { outcome: "no_concern" })).status).toBe(404);
    expect((await t.db.select().from(triageFlags).where(eq(triageFlags.id, flag!.id)))[0]).toMatchObject({ status: "new", outcome: null });

    expect(await decide(lead, { outcome: "referred" })).toMatchObject({ status: 302, location: `${url}?decided=1` });
    const [after] = await t.db.select().from(triageFlags).where(eq(triageFlags.id, flag!.id));
    expect(after).toMatchObject({ status: "reviewed", outcome: "referred", reviewedBy: lead.user.id });
    expect(after!.reviewedAt).toBeInstanceOf(Date);
    const decisions = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "triage_decision"), eq(auditLog.subjectId, flag!.id)));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ actorId: lead.user.id, subjectType: "triage_flag", details: { outcome: "referred", changed: false } });
    expect(JSON.stringify(decisions)).not.toMatch(/Jayden|hits/);

    const queue = await lead.client.run((c, r) => queueLoader({ context: c, request: r, params: params() }), lead.client.request("/staff/p/northshire/triage?status=reviewed"));
    expect((queue.data as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ id: flag!.id, status: "reviewed", outcome: "referred", reviewerName: "safeguarding_lead", overdue: false }),
    ]);
  });

  it("says so when the original words have been deleted (retention), and shows nothing", async () => {
    const { responseId } = await respond();
    const [flag] = await t.db.select().from(triageFlags);
    await t.db.update(textItems).set({ rawDeletedOn: "2026-11-23" }).where(eq(textItems.responseId, responseId));
    await t.db.update(answers).set({ value: { text: "" } }).where(eq(answers.responseId, responseId));
    const lead = await staff("safeguarding_lead");
    const url = `/staff/p/northshire/triage/${flag!.id}`;
    const page = await lead.client.run((c, r) => flagLoader({ context: c, request: r, params: params(flag!.id) }), lead.client.request(url));
    expect(page.data).toMatchObject({ review: { rawDeleted: true, redacted: "My dad hits me when he drinks. I'm [name], ring me on [phone]." } });
    const shown = await lead.client.run(
      (c, r) => flagAction({ context: c, request: r, params: params(flag!.id) }),
      lead.client.request(url, { csrf: lead.csrf, intent: "show" }),
    );
    expect(shown.data).toEqual({ intent: "show", ok: false, deleted: true });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "raw_text_viewed"))).toEqual([]);
  });

  it("no staff page's loader shows the raw words: every /staff/p/:partnership route, for every role", async () => {
    await respond();
    const [flag] = await t.db.select().from(triageFlags);
    interface ConfigRoute {
      path?: string;
      file: string;
      children?: ConfigRoute[];
    }
    const flatten = (list: ConfigRoute[], parent = ""): { path: string; file: string }[] =>
      list.flatMap((r) => {
        const full = [parent, r.path ?? ""].filter(Boolean).join("/");
        return [...(r.path !== undefined ? [{ path: full, file: r.file }] : []), ...flatten(r.children ?? [], full)];
      });
    const staffRoutes = flatten(routes as ConfigRoute[]).filter((r) => r.path.startsWith("staff/p/:partnership"));
    const survey = (await findOpenSurvey(t.db, SLUG))!;
    const values: Record<string, string> = { partnership: "northshire", flagId: flag!.id, surveyId: survey.surveyId, questionId: "one-change" };
    let checked = 0;
    for (const role of ["analyst", "partnership_admin", "safeguarding_lead", "implementation_member"] as const) {
      const { client } = await staff(role);
      for (const { path: routePath, file } of staffRoutes) {
        const mod = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file))) as {
          loader?: (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
        };
        if (!mod.loader) continue;
        const url = "/" + routePath.replace(/:([a-zA-Z]+)/g, (_, name: string) => values[name] ?? "x");
        const result = await client.run((c, r) => mod.loader!({ context: c, request: r, params: values }), client.request(url));
        const body = result.data === undefined ? "" : JSON.stringify(result.data);
        for (const raw of [NAME, PHONE, "Patel", "Oakfield"]) expect(body, `${role} ${routePath}`).not.toContain(raw);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
