import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, responses, triageFlags } from "#db/schema/index.ts";
import { DRAFT_SECTIONS } from "~/modules/demo/demo-consultation";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import {
  answerQuestion,
  beginResponse,
  loadCheckPage,
  loadQuestionPage,
  loadStartPage,
  sendResponse,
} from "~/modules/responses/respondent.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { TestClient } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// The demo consultation on Northshire's draft strategy: one draft section a
// page, each asking how far the person agrees and what they would change,
// each answer stored in its own row.

const t = setUpTestDatabase();
const SLUG = "demo-draft-strategy";
const SECTION_IDS = DRAFT_SECTIONS.map((s) => s.id);

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

async function start(client: TestClient): Promise<string> {
  const page = await client.run((c, r) => loadStartPage(c, r, SLUG), client.request(`/s/${SLUG}`));
  const responseId = (page.data as { responseId: string }).responseId;
  const started = await client.run((c, r) => beginResponse(c, r, SLUG), client.request(`/s/${SLUG}`, { response: responseId }));
  expect(started.status).toBe(302);
  return responseId;
}

function answer(client: TestClient, responseId: string, questionId: string, form: { agreement?: string | string[]; answer?: string }, query = "") {
  return client.run(
    (c, r) => answerQuestion(c, r, SLUG, questionId),
    client.request(`/s/${SLUG}/q/${questionId}${query}`, {
      response: responseId,
      answer: form.answer ?? "",
      ...(form.agreement === undefined ? {} : { agreement: form.agreement }),
    }),
  );
}

function page(client: TestClient, questionId: string) {
  return client.run((c, r) => loadQuestionPage(c, r, SLUG, questionId), client.request(`/s/${SLUG}/q/${questionId}`));
}

const storedFor = async (responseId: string) =>
  Object.fromEntries((await t.db.select().from(answers).where(eq(answers.responseId, responseId))).map((a) => [a.questionId, a.value]));

describe(`consultation on a draft text on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("is completed section by section, each section's agreement and text stored in its own row", async () => {
    expect(SECTION_IDS.length).toBeGreaterThanOrEqual(4);
    const client = new TestClient(context);
    const responseId = await start(client);

    // The introduction: a page to read, nothing stored.
    const intro = await page(client, "about-the-draft");
    expect(intro.data).toMatchObject({ question: { type: "information" }, section: null });
    expect(await answer(client, responseId, "about-the-draft", {})).toMatchObject({ status: 302, location: `/s/${SLUG}/q/${SECTION_IDS[0]}` });

    const given: Record<string, { agreement?: string; answer?: string }> = {
      [SECTION_IDS[0]!]: { agreement: "partly_agree", answer: "Say more about feelings, not just food and clothes." },
      [SECTION_IDS[1]!]: { agreement: "agree" },
      [SECTION_IDS[2]!]: { agreement: "disagree", answer: "Talk to dads too.\nAnd use fewer long words." },
      [SECTION_IDS[3]!]: { answer: "Open the children's centre on Saturdays." },
    };
    for (const [index, id] of SECTION_IDS.entries()) {
      const shown = await page(client, id);
      // "Section 2 of 5", and the section's own words to read.
      expect(shown.data).toMatchObject({ question: { id, type: "draft_text" }, section: { number: index + 1, of: SECTION_IDS.length } });
      expect(shown.headers?.get("Cache-Control")).toBe("no-store");
      const next = SECTION_IDS[index + 1] ? `/s/${SLUG}/q/${SECTION_IDS[index + 1]}` : `/s/${SLUG}/check`;
      expect(await answer(client, responseId, id, given[id] ?? {}), id).toMatchObject({ status: 302, location: next });
    }

    // Back to a section: both parts show again.
    expect((await page(client, SECTION_IDS[2]!)).data).toMatchObject({ values: ["Talk to dads too.\nAnd use fewer long words.", "disagree"] });
    // The check page has each section's answer.
    const check = await client.run((c, r) => loadCheckPage(c, r, SLUG), client.request(`/s/${SLUG}/check`));
    const rows = (check.data as { rows: { question: { id: string }; answer: unknown }[] }).rows;
    expect(rows.find((r) => r.question.id === SECTION_IDS[0])?.answer).toEqual({
      agreement: "partly_agree",
      text: "Say more about feelings, not just food and clothes.",
    });

    expect(await client.run((c, r) => sendResponse(c, r, SLUG), client.request(`/s/${SLUG}/check`, { response: responseId }))).toMatchObject({
      status: 302,
      location: `/s/${SLUG}/done`,
    });
    const [response] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(response).toMatchObject({ status: "submitted" });
    const rowsStored = await t.db.select().from(answers).where(eq(answers.responseId, responseId));
    // One row per section answered; the introduction and the section left out have none.
    expect(rowsStored.map((r) => r.questionId).sort()).toEqual(SECTION_IDS.slice(0, 4).sort());
    expect(await storedFor(responseId)).toEqual({
      [SECTION_IDS[0]!]: { agreement: "partly_agree", text: "Say more about feelings, not just food and clothes." },
      [SECTION_IDS[1]!]: { agreement: "agree" },
      [SECTION_IDS[2]!]: { agreement: "disagree", text: "Talk to dads too.\nAnd use fewer long words." },
      // A comment without an agreement is stored as free text always was.
      [SECTION_IDS[3]!]: { text: "Open the children's centre on Saturdays." },
    });
  });

  it("answers a bad agreement with a clear error by the radios, keeping what was typed, never a 500", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    const id = SECTION_IDS[0]!;
    const typed = "Please add something about teenagers.";
    for (const bad of ["strongly_agree", ["agree", "disagree"], "<script>"]) {
      const result = await answer(client, responseId, id, { agreement: bad, answer: typed });
      expect(result.status, JSON.stringify(bad)).toBe(400);
      expect(result.headers?.get("Cache-Control")).toBe("no-store");
      expect(result.data).toEqual({ errors: { agreement: { key: "errors.unknownOption" } }, values: [typed] });
    }
    // Too long: the error is the text box's; both the text and the agreement are kept.
    const long = "x".repeat(2001);
    expect(await answer(client, responseId, id, { agreement: "agree", answer: long })).toMatchObject({
      status: 400,
      data: { errors: { answer: { key: "errors.tooLong", values: { max: 2000, count: 2001 } } }, values: [long, "agree"] },
    });
    expect(await storedFor(responseId)).toEqual({});

    // Then a good answer saves.
    expect(await answer(client, responseId, id, { agreement: "not_sure", answer: typed })).toMatchObject({ status: 302 });
    expect(await storedFor(responseId)).toEqual({ [id]: { agreement: "not_sure", text: typed } });
  });

  it("keeps an older comment-only answer readable on the section's page", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    const id = SECTION_IDS[1]!;
    await t.db.insert(answers).values({ responseId, questionId: id, value: { text: "Written before agreement was asked" } });
    expect((await page(client, id)).data).toMatchObject({ values: ["Written before agreement was asked"] });
  });

  it("flags a disclosure typed in 'What would you change?' for triage and shows help at once", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    const id = SECTION_IDS[0]!;
    const result = await answer(client, responseId, id, { agreement: "agree", answer: "My partner hits me and the kids when he drinks." });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ helpAtOnce: { forAdults: true, carryOn: `/s/${SLUG}/q/${SECTION_IDS[1]}` } });
    const flags = await t.db.select().from(triageFlags);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ responseId, questionId: id });
    expect(await storedFor(responseId)).toEqual({ [id]: { agreement: "agree", text: "My partner hits me and the kids when he drinks." } });

    // An agreement alone, or harmless text, is not flagged.
    await answer(client, responseId, SECTION_IDS[1]!, { agreement: "disagree" });
    await answer(client, responseId, SECTION_IDS[2]!, { agreement: "agree", answer: "Shorter sentences, please." });
    expect(await t.db.select().from(triageFlags)).toHaveLength(1);
  });
});
