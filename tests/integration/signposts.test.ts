import type { AppLoadContext } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { helpServices, partnerships } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import type { Need } from "~/modules/help/needs";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { answerQuestion, beginResponse, loadDonePage, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import type { Signpost } from "~/modules/responses/signposts.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { TestClient } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();

const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

async function addService(partnershipId: string, slug: string, needs: Need[], national = false) {
  await t.db.insert(helpServices).values({
    partnershipId,
    slug,
    name: { en: `Service ${slug}` },
    summary: { en: `What ${slug} does` },
    needs,
    audiences: ["11-15", "16-18", "parents"],
    contact: { phone: "01632 960555" },
    openingHours: { en: "Monday to Friday, 9am to 5pm" },
    cost: { en: "Free" },
    national,
    lastReviewedOn: "2026-11-01",
  });
}

/** Answers the demo survey with these answers, sends it, and returns the confirmation page's data. */
async function sendAndConfirm(slug: string, given: [string, string | string[]][]) {
  const client = new TestClient(context);
  const page = await client.run((c, r) => loadStartPage(c, r, slug), client.request(`/s/${slug}`));
  const responseId = (page.data as { responseId: string }).responseId;
  await client.run((c, r) => beginResponse(c, r, slug), client.request(`/s/${slug}`, { response: responseId }));
  for (const [question, answer] of given) {
    const result = await client.run(
      (c, r) => answerQuestion(c, r, slug, question),
      client.request(`/s/${slug}/q/${question}`, { response: responseId, answer }),
    );
    expect(result.status, question).toBe(302);
  }
  const sent = await client.run((c, r) => sendResponse(c, r, slug), client.request(`/s/${slug}/check`, { response: responseId }));
  expect(sent.location).toBe(`/s/${slug}/done`);
  const done = await client.run((c, r) => loadDonePage(c, r, slug), client.request(`/s/${slug}/done`));
  expect(done.status).toBe(200);
  return done.data as { signposts: Signpost[] };
}

async function tableCounts() {
  const result = (await t.db.execute(sql`
    select (select count(*) from responses)::int as responses, (select count(*) from answers)::int as answers,
           (select count(*) from help_services)::int as services, (select count(*) from triage_flags)::int as flags,
           (select count(*) from app_settings)::int as settings
  `)) as unknown as { rows?: Record<string, number>[] } | Record<string, number>[];
  return (Array.isArray(result) ? result : (result.rows ?? []))[0];
}

describe(`signposts on the confirmation page on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
    const [northshire] = await t.db.select({ id: partnerships.id }).from(partnerships);
    // The demo seeds its own directory; these tests need a known one.
    await t.db.delete(helpServices);
    await addService(northshire!.id, "food-bank", ["food"]);
    await addService(northshire!.id, "pantry", ["food"]);
    await addService(northshire!.id, "meals", ["food"]);
    await addService(northshire!.id, "lunch-club", ["food"]);
    await addService(northshire!.id, "housing-advice", ["housing", "money"]);
    await addService(northshire!.id, "school-support", ["school"]);
    await addService(northshire!.id, "debt-line", ["money"], true);
  });

  it("shows a few services for each need the chosen options point to, and nothing for others", async () => {
    const data = await sendAndConfirm("demo-young-people", [
      ["home-basics", "none"],
      ["school-feel", "sad"],
      ["trusted-adult", "yes"],
      ["asked-for-help", "no"],
    ]);
    const byNeed = Object.fromEntries(data.signposts.map((s) => [s.need, s.services.map((x) => x.slug)]));
    // In the directory's order of needs; at most three services each.
    expect(data.signposts.map((s) => s.need)).toEqual(["food", "housing", "school"]);
    expect(byNeed.food).toHaveLength(3);
    expect(byNeed.housing).toEqual(["housing-advice"]);
    expect(byNeed.school).toEqual(["school-support"]);
    expect(JSON.stringify(data)).not.toContain("debt-line");
    // Only what the page shows: the answers themselves are not in it.
    expect(JSON.stringify(data)).not.toContain("none");
  });

  it("lists a service that fits two needs once, local services before national ones", async () => {
    const data = await sendAndConfirm("demo-parents", [["needs", ["money", "housing"]]]);
    expect(data.signposts).toEqual([
      { need: "money", services: [expect.objectContaining({ slug: "housing-advice" }), expect.objectContaining({ slug: "debt-line" })] },
      { need: "housing", services: [] },
    ]);
  });

  it("shows no signposts when no chosen option carries one, and stores nothing about what was shown", async () => {
    const plain = await sendAndConfirm("demo-young-people", [
      ["home-feel", "happy"],
      ["trusted-adult", "yes"],
      ["asked-for-help", "no"],
    ]);
    expect(plain.signposts).toEqual([]);

    const before = await tableCounts();
    const data = await sendAndConfirm("demo-parents", [["needs", ["food"]]]);
    expect(data.signposts[0]?.need).toBe("food");
    const after = await tableCounts();
    // One more response with its one answer: nothing else was written.
    expect(after).toEqual({ ...before, responses: before!.responses! + 1, answers: before!.answers! + 1 });
  });
});
