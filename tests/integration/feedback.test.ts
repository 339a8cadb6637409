import type { AppLoadContext } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { feedback, triageFlags } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { FEEDBACK_MAX_LENGTH } from "~/modules/feedback/feedback-form";
import { loadFeedbackPage, loadSentPage, sendFeedback } from "~/modules/feedback/feedback.server";
import { MIN_FORM_MS, checkFormStart, signFormStart } from "~/modules/feedback/form-timer.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { answerQuestion, beginResponse, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import { ukToday } from "~/modules/responses/responses.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { TestClient } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const SECRET = "a-test-secret-that-is-long-enough-0001";

let postsAllowed = true;
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: [SECRET],
  production: false,
  allowPublicPost: () => postsAllowed,
});

interface FormPage {
  feedbackId: string;
  started: string;
  partnership: { slug: string; name: string; areas: string[] };
}

type Refused = { errors: Record<string, { key: string }>; values: Record<string, string>; feedbackId: string; started: string };

/** Opens the form, as a person would, and returns its hidden fields. */
async function openForm(client: TestClient, query = "?p=northshire"): Promise<FormPage> {
  const page = await client.run(loadFeedbackPage, client.request(`/feedback${query}`));
  expect(page.status).toBe(200);
  expect(page.headers?.get("Cache-Control")).toBe("no-store");
  return page.data as FormPage;
}

/** The form's hidden fields as if the page had been open for `ms` (the signature is the real one). */
function openedAgo(form: FormPage, ms = 10_000) {
  return { feedback: form.feedbackId, started: signFormStart(SECRET, form.feedbackId, Date.now() - ms), p: form.partnership.slug };
}

function post(client: TestClient, fields: Record<string, string>) {
  return client.run(sendFeedback, client.request("/feedback?p=northshire", fields));
}

const storedFeedback = () => t.db.select().from(feedback);

describe(`anonymous feedback on ${testDriver}`, () => {
  beforeEach(async () => {
    postsAllowed = true;
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("stores a message once, with the day only, even when it is sent twice or at the same moment", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    expect(form.partnership.areas).toContain("Eastmoor");
    const fields = {
      ...openedAgo(form),
      text: "  The youth club closed and there is nowhere to go.  ",
      from: "young_person",
      age: "11-15",
      area: "Eastmoor",
      website: "",
    };
    const results = await Promise.all([post(client, fields), post(client, fields)]);
    for (const r of results) expect(r).toMatchObject({ status: 302, location: "/feedback/sent?p=northshire" });
    // Back, then send again.
    expect(await post(client, fields)).toMatchObject({ status: 302 });

    const rows = await storedFeedback();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: form.feedbackId,
      text: "The youth club closed and there is nowhere to go.",
      from: "young_person",
      ageBand: "11-15",
      area: "Eastmoor",
      channel: "web",
      receivedOn: ukToday(),
    });
    expect(await t.db.select().from(triageFlags)).toHaveLength(0);

    const sent = await client.run(loadSentPage, client.request("/feedback/sent?p=northshire"));
    expect(sent.data).toMatchObject({ partnership: { name: "Northshire Safeguarding Children Partnership" } });
    expect(JSON.stringify(sent.data)).not.toContain("youth club");
  });

  it("needs only the message; 'prefer not to say' is kept, leaving a question out stores nothing", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    const result = await post(client, { ...openedAgo(form), text: "Thanks", from: "prefer-not-to-say", age: "prefer-not-to-say" });
    expect(result.status).toBe(302);
    expect((await storedFeedback())[0]).toMatchObject({ from: null, ageBand: "prefer-not-to-say", area: null });
  });

  it("refuses a filled-in honeypot with a message, keeping everything typed and storing nothing", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    const typed = { text: "Buy cheap watches", from: "someone_else", age: "19-25", area: "Kingsbridge" };
    const result = await post(client, { ...openedAgo(form), ...typed, website: "http://spam.example" });
    expect(result.status).toBe(400);
    const data = result.data as Refused;
    expect(data.errors).toEqual({ honeypot: { key: "feedback:errors.honeypot" } });
    expect(data.values).toEqual({ ...typed, honeypot: "http://spam.example" });
    expect(data.feedbackId).toBe(form.feedbackId);
    expect(await storedFeedback()).toHaveLength(0);
  });

  it("refuses a post sent faster than a person could, and one with a forged or missing time, storing nothing", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    const typed = { text: "Quick!", from: "", age: "", area: "" };

    // Straight from the page to Send.
    const tooFast = await post(client, { feedback: form.feedbackId, started: form.started, p: "northshire", ...typed });
    expect(tooFast.status).toBe(400);
    const refused = tooFast.data as Refused;
    expect(refused.errors).toEqual({ form: { key: "feedback:errors.tooFast" } });
    expect(refused.values).toEqual({ ...typed, honeypot: "" });
    // The page sent back keeps the time the form was first shown: a person need not wait again.
    const first = checkFormStart([SECRET], form.feedbackId, form.started, Date.now() + MIN_FORM_MS);
    const again = checkFormStart([SECRET], form.feedbackId, refused.started, Date.now() + MIN_FORM_MS);
    expect(again).toEqual(first);

    const forged = `${Date.now() - 60_000}.${"A".repeat(43)}`;
    for (const started of [forged, "", signFormStart("some-other-secret-of-enough-length-1234", form.feedbackId, Date.now() - 60_000)]) {
      const result = await post(client, { feedback: form.feedbackId, started, p: "northshire", ...typed });
      expect(result.status, started).toBe(400);
      expect((result.data as Refused).errors).toEqual({ form: { key: "feedback:errors.tooFast" } });
    }
    // A token made for another form does not fit this one.
    const other = await openForm(client);
    const moved = await post(client, { ...openedAgo(other), feedback: form.feedbackId, ...typed });
    expect((moved.data as Refused).errors).toEqual({ form: { key: "feedback:errors.tooFast" } });
    expect(await storedFeedback()).toHaveLength(0);

    // Sent again once the person has had time to read it: stored.
    const later = await post(client, { ...openedAgo(form), ...typed });
    expect(later.status).toBe(302);
    expect(await storedFeedback()).toHaveLength(1);
  });

  it("refuses posts past the rate limit with a message, keeping what was typed and storing nothing", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    postsAllowed = false;
    const typed = { text: "Hello", from: "parent_carer", age: "", area: "Eastmoor" };
    const result = await post(client, { ...openedAgo(form), ...typed, website: "" });
    expect(result.status).toBe(429);
    expect(result.headers?.get("Retry-After")).toBe("60");
    expect(result.data).toMatchObject({ errors: { form: { key: "feedback:errors.tooManyTries" } }, values: { ...typed, honeypot: "" } });
    expect(await storedFeedback()).toHaveLength(0);
  });

  it("says what is wrong with the message and the choices, keeping a message that is too long in full", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    const empty = await post(client, { ...openedAgo(form), text: "   " });
    expect(empty).toMatchObject({ status: 400, data: { errors: { text: { key: "feedback:errors.writeText" } } } });

    const long = `${"word ".repeat(FEEDBACK_MAX_LENGTH / 5)}and more`;
    const tooLong = await post(client, { ...openedAgo(form), text: long, area: "Atlantis", age: "42" });
    expect(tooLong.status).toBe(400);
    const data = tooLong.data as Refused & { errors: Record<string, { key: string; values?: Record<string, number> }> };
    expect(data.errors.text).toEqual({ key: "feedback:errors.tooLong", values: { max: FEEDBACK_MAX_LENGTH, count: long.length } });
    expect(data.errors.area).toEqual({ key: "feedback:errors.chooseArea" });
    expect(data.errors.age).toEqual({ key: "feedback:errors.chooseAge" });
    expect(data.values.text).toBe(long);
    expect(await storedFeedback()).toHaveLength(0);
  });

  it("shows help at once and flags a message that may disclose harm, once, in the same transaction", async () => {
    const client = new TestClient(context);
    const form = await openForm(client);
    const fields = { ...openedAgo(form), text: "My mum's boyfriend hits me when she is at work", from: "young_person" };
    const ctx = context();
    const first = await client.run(sendFeedback, client.request("/feedback?p=northshire", fields), ctx);
    // Not a redirect: nothing in the address or the history says help was shown.
    expect(first.status).toBe(200);
    expect(first.location).toBeNull();
    expect(first.data).toMatchObject({
      sent: true,
      help: { audience: "children", contacts: { earlyHelp: { name: "Northshire Early Help hub" } } },
    });
    expect(JSON.stringify(first.data)).not.toContain("hits me");
    // The page's loader, in the same request, gives it the neutral title; another request does not.
    const page = await client.run(loadFeedbackPage, client.request("/feedback?p=northshire"), ctx);
    expect(page.data).toMatchObject({ helpAtOnce: true });
    expect((await openForm(client)) as unknown).toMatchObject({ helpAtOnce: false });

    // Sent again (double click, resend): still one message and one flag, and the help again.
    const again = await post(client, fields);
    expect(again.data).toMatchObject({ sent: true });
    expect(await storedFeedback()).toHaveLength(1);
    const flags = await t.db.select().from(triageFlags);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      feedbackId: form.feedbackId,
      responseId: null,
      questionId: null,
      source: "detector",
      status: "new",
      flaggedOn: ukToday(),
    });
  });

  it("stores no address and no user agent anywhere in the database", async () => {
    const ADDRESS = "203.0.113.77";
    const AGENT = "MarkerBrowser/9.9 (heard-ua-marker-5521)";
    const client = new TestClient(context, {
      "X-Forwarded-For": `${ADDRESS}, 198.51.100.23`,
      "X-Real-IP": ADDRESS,
      "User-Agent": AGENT,
      Forwarded: `for=${ADDRESS}`,
    });
    const form = await openForm(client);
    await post(client, { ...openedAgo(form), text: "Nothing to do round here", from: "young_person", age: "16-18", area: "Kingsbridge" });
    const flagged = await openForm(client);
    await post(client, { ...openedAgo(flagged), text: "I want to kill myself" });
    // A survey too, with a free-text answer that is flagged.
    const slug = "demo-young-people";
    const start = await client.run((c, r) => loadStartPage(c, r, slug), client.request(`/s/${slug}`));
    const responseId = (start.data as { responseId: string }).responseId;
    await client.run((c, r) => beginResponse(c, r, slug), client.request(`/s/${slug}`, { response: responseId }));
    for (const [q, answer] of [["trusted-adult", "yes"], ["asked-for-help", "no"], ["one-change", "he hits me"]] as const) {
      await client.run((c, r) => answerQuestion(c, r, slug, q), client.request(`/s/${slug}/q/${q}`, { response: responseId, answer }));
    }
    await client.run((c, r) => sendResponse(c, r, slug), client.request(`/s/${slug}/check`, { response: responseId }));
    expect(await storedFeedback()).toHaveLength(2);
    expect(await t.db.select().from(triageFlags)).toHaveLength(2);

    // Every column of every table, as text.
    const columns = (await t.db.execute(sql`
      select table_schema, table_name, column_name from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg_toast%'
    `)) as unknown as { rows?: Record<string, string>[] } | Record<string, string>[];
    const list = Array.isArray(columns) ? columns : (columns.rows ?? []);
    expect(list.length).toBeGreaterThan(30);
    const found: string[] = [];
    for (const { table_schema, table_name, column_name } of list) {
      const q = sql`select count(*)::int as n from ${sql.identifier(table_schema!)}.${sql.identifier(table_name!)}
        where ${sql.identifier(column_name!)}::text like ${"%203.0.113%"}
           or ${sql.identifier(column_name!)}::text like ${"%198.51.100%"}
           or ${sql.identifier(column_name!)}::text ilike ${"%heard-ua-marker%"}
           or ${sql.identifier(column_name!)}::text ilike ${"%MarkerBrowser%"}`;
      const result = (await t.db.execute(q)) as unknown as { rows?: { n: number }[] } | { n: number }[];
      const rows = Array.isArray(result) ? result : (result.rows ?? []);
      if (Number(rows[0]?.n ?? 0) > 0) found.push(`${table_schema}.${table_name}.${column_name}`);
    }
    expect(found).toEqual([]);
    // The scan can find things: the feedback text is there.
    const text = (await t.db.execute(sql`select count(*)::int as n from feedback where text::text like '%round here%'`)) as unknown as
      | { rows?: { n: number }[] }
      | { n: number }[];
    expect(Number((Array.isArray(text) ? text : (text.rows ?? []))[0]?.n)).toBe(1);
  });
});
