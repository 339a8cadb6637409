import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
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

// A survey with versions for age bands (the demo "Growing up in Northshire"):
// the start page asks how old the person is, the band is kept on the response
// (never anything more about them), and they meet only their band's questions.

const t = setUpTestDatabase();
const SLUG = "demo-growing-up";
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

async function startPage(client: TestClient) {
  const page = await client.run((c, r) => loadStartPage(c, r, SLUG), client.request(`/s/${SLUG}`));
  return page.data as { responseId: string; ageBands: { id: string }[] };
}

function begin(client: TestClient, form: Record<string, string>) {
  return client.run((c, r) => beginResponse(c, r, SLUG), client.request(`/s/${SLUG}`, form));
}

describe(`age bands on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("asks for a band, and starts nothing until one is chosen", async () => {
    const client = new TestClient(context);
    const page = await startPage(client);
    expect(page.ageBands.map((b) => b.id)).toEqual(["8-10", "11-18"]);

    const forms: Record<string, string>[] = [{ response: page.responseId }, { response: page.responseId, ageBand: "parents" }];
    for (const form of forms) {
      const refused = await begin(client, form);
      expect(refused.status).toBe(400);
      expect(refused.data).toMatchObject({ errors: { ageBand: "choose" } });
    }
    expect(client.cookie).toBe("");
    expect(await t.db.select().from(responses).where(eq(responses.id, page.responseId))).toEqual([]);
  });

  it("keeps the chosen band on the response and shows only that band's questions", async () => {
    const client = new TestClient(context);
    const { responseId } = await startPage(client);
    const started = await begin(client, { response: responseId, ageBand: "8-10" });
    expect(started.status).toBe(302);
    expect(started.location).toContain(encodeURIComponent(`/s/${SLUG}/q/about`));
    const [row] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(row?.ageBand).toBe("8-10");

    // Walk the journey: every next step is for everyone or for 8 to 10.
    const seen: string[] = [];
    let next: string | null = `/s/${SLUG}/q/about`;
    while (next?.includes("/q/")) {
      const questionId = next.split("/q/")[1]!;
      seen.push(questionId);
      const page = await client.run((c, r) => loadQuestionPage(c, r, SLUG, questionId), client.request(next!));
      expect(page.status, questionId).toBe(200);
      const kind = (page.data as { question: { type: string; options: { id: string }[] } }).question;
      const answer = kind.type === "information" ? [] : kind.options[0]?.id ?? "Some words";
      const result = await client.run(
        (c, r) => answerQuestion(c, r, SLUG, questionId),
        client.request(next!, { response: responseId, answer }),
      );
      next = result.location;
    }
    expect(seen).toEqual(["about", "feel-home-8-10", "feel-safe-8-10", "talk-to", "like-doing-8-10", "promise", "one-wish-8-10"]);
    expect(next).toBe(`/s/${SLUG}/check`);

    // The other band's version cannot be reached by its address.
    const other = await client.run((c, r) => loadQuestionPage(c, r, SLUG, "feel-home"), client.request(`/s/${SLUG}/q/feel-home`));
    expect(other.status).toBe(404);

    const check = await client.run((c, r) => loadCheckPage(c, r, SLUG), client.request(`/s/${SLUG}/check`));
    const rows = (check.data as { rows: { question: { id: string } }[] }).rows.map((r) => r.question.id);
    expect(rows).toEqual(seen);

    const sent = await client.run((c, r) => sendResponse(c, r, SLUG), client.request(`/s/${SLUG}/check`, { response: responseId }));
    expect(sent).toMatchObject({ status: 302, location: `/s/${SLUG}/done` });
    const stored = await t.db.select({ questionId: answers.questionId }).from(answers).where(eq(answers.responseId, responseId));
    expect(stored.map((a) => a.questionId).sort()).toEqual(seen.filter((id) => id !== "about").sort());
  });

  it("gives the older band its own versions", async () => {
    const client = new TestClient(context);
    const { responseId } = await startPage(client);
    await begin(client, { response: responseId, ageBand: "11-18" });
    const [row] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(row?.ageBand).toBe("11-18");
    const young = await client.run((c, r) => loadQuestionPage(c, r, SLUG, "feel-home-8-10"), client.request(`/s/${SLUG}/q/feel-home-8-10`));
    expect(young.status).toBe(404);
    const own = await client.run((c, r) => loadQuestionPage(c, r, SLUG, "feel-home"), client.request(`/s/${SLUG}/q/feel-home`));
    expect(own.status).toBe(200);
  });
});
