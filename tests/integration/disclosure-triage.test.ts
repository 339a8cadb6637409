import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, partnerships, triageFlags } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { answerQuestion, beginResponse, loadQuestionPage, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import { ukToday } from "~/modules/responses/responses.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { TestClient } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const SLUG = "demo-young-people";
const PARENTS = "demo-parents";

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

async function start(client: TestClient, slug = SLUG): Promise<string> {
  const page = await client.run((c, r) => loadStartPage(c, r, slug), client.request(`/s/${slug}`));
  const responseId = (page.data as { responseId: string }).responseId;
  await client.run((c, r) => beginResponse(c, r, slug), client.request(`/s/${slug}`, { response: responseId }));
  return responseId;
}

function answer(client: TestClient, responseId: string, questionId: string, value: string | string[], options: { slug?: string; query?: string; ctx?: AppLoadContext } = {}) {
  const slug = options.slug ?? SLUG;
  return client.run(
    (c, r) => answerQuestion(c, r, slug, questionId),
    client.request(`/s/${slug}/q/${questionId}${options.query ?? ""}`, { response: responseId, answer: value }),
    options.ctx,
  );
}

function questionPage(client: TestClient, questionId: string, options: { slug?: string; ctx?: AppLoadContext } = {}) {
  const slug = options.slug ?? SLUG;
  return client.run((c, r) => loadQuestionPage(c, r, slug, questionId), client.request(`/s/${slug}/q/${questionId}`), options.ctx);
}

const flags = () => t.db.select().from(triageFlags);

describe(`help at once and triage for survey answers on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("shows help at once, without a redirect, and flags a free-text answer that may disclose harm exactly once", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    const ctx = context();
    const result = await answer(client, responseId, "one-change", "Nothing. My dad hits me when he drinks.", { ctx });
    expect(result.status).toBe(200);
    expect(result.location).toBeNull();
    expect(result.headers?.get("Cache-Control")).toBe("no-store");
    expect(result.headers?.get("Set-Cookie")).toBeNull();
    expect(result.data).toMatchObject({
      helpAtOnce: {
        forAdults: false,
        // "Carry on" goes where the redirect would have gone.
        carryOn: `/s/${SLUG}/q/anything-else`,
        contacts: { earlyHelp: { phone: "01632 960200" } },
      },
    });
    // The answer is saved, and the page's loader in the same request gives the help its own title.
    const [saved] = await t.db.select().from(answers).where(eq(answers.responseId, responseId));
    expect(saved).toMatchObject({ questionId: "one-change", value: { text: "Nothing. My dad hits me when he drinks." } });
    expect((await questionPage(client, "one-change", { ctx })).data).toMatchObject({ helpAtOnce: true });
    expect((await questionPage(client, "one-change")).data).toMatchObject({ helpAtOnce: false });

    // Back, then Continue again; and a change from the check page: one flag, help each time.
    expect((await answer(client, responseId, "one-change", "My dad hits me")).data).toMatchObject({ helpAtOnce: {} });
    const changed = await answer(client, responseId, "one-change", "my dad hits me a lot", { query: "?change=1" });
    expect(changed.data).toMatchObject({ helpAtOnce: { carryOn: `/s/${SLUG}/check` } });

    const [northshire] = await t.db.select({ id: partnerships.id }).from(partnerships);
    const stored = await flags();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      partnershipId: northshire!.id,
      responseId,
      questionId: "one-change",
      feedbackId: null,
      source: "detector",
      status: "new",
      flaggedOn: ukToday(),
    });

    // A second free-text answer that may disclose harm is a flag of its own.
    await answer(client, responseId, "anything-else", "There is no food at home most days");
    expect((await flags()).map((f) => f.questionId).sort()).toEqual(["anything-else", "one-change"]);
  });

  it("goes on as usual for free text that does not, and flags nothing", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    const result = await answer(client, responseId, "one-change", "More youth clubs open after school");
    expect(result).toMatchObject({ status: 302, location: `/s/${SLUG}/q/anything-else` });
    expect(await flags()).toHaveLength(0);
  });

  it("words the help for adults on the parents' survey", async () => {
    const client = new TestClient(context);
    const responseId = await start(client, PARENTS);
    const result = await answer(client, responseId, "better-help", "My partner hits me in front of the kids", { slug: PARENTS });
    expect(result.data).toMatchObject({ helpAtOnce: { forAdults: true, carryOn: `/s/${PARENTS}/check` } });
    expect(await flags()).toHaveLength(1);
  });

  it("flags nothing when the answer is not saved (the response was already sent)", async () => {
    const client = new TestClient(context);
    const responseId = await start(client);
    await answer(client, responseId, "trusted-adult", "yes");
    await answer(client, responseId, "asked-for-help", "no");
    await client.run((c, r) => sendResponse(c, r, SLUG), client.request(`/s/${SLUG}/check`, { response: responseId }));
    const late = await answer(client, responseId, "one-change", "he hits me");
    expect(late).toMatchObject({ status: 302, location: `/s/${SLUG}/done` });
    expect(await flags()).toHaveLength(0);
  });

  it("says answers are anonymous before the first sensitive question only", async () => {
    const client = new TestClient(context);
    await start(client);
    expect((await questionPage(client, "home-feel")).data).toMatchObject({ beforeSensitive: true, forAdults: false });
    expect((await questionPage(client, "home-basics")).data).toMatchObject({ beforeSensitive: false });
    expect((await questionPage(client, "one-change")).data).toMatchObject({ beforeSensitive: false });

    const parent = new TestClient(context);
    await start(parent, PARENTS);
    expect((await questionPage(parent, "centre-visits", { slug: PARENTS })).data).toMatchObject({ beforeSensitive: false });
    expect((await questionPage(parent, "needs", { slug: PARENTS })).data).toMatchObject({ beforeSensitive: true, forAdults: true });
  });
});
