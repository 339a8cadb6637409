import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, feedback } from "#db/schema/index.ts";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import { loadFeedbackPage, sendFeedback } from "~/modules/feedback/feedback.server";
import { signFormStart } from "~/modules/feedback/form-timer.server";
import { receiveKioskRecord, setUpTablet } from "~/modules/kiosk/pages.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { loadQuestionPage, loadStartPage } from "~/modules/responses/respondent.server";
import { findOpenSurvey, forgetOpenSurveys, openSurveyCacheSize } from "~/modules/survey/surveys.server";
import { BASE, TestClient } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// Bugs the fuzzers (tests/fuzz) found, each kept here as a plain test.

const t = setUpTestDatabase();
const SECRET = "a-test-secret-that-is-long-enough-0001";
const context = (): AppLoadContext => ({ db: t.db, cookieSecrets: [SECRET], production: false, allowPublicPost: () => true });

describe(`what fuzzing found, on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    forgetPartnerships();
    await seedDemo(t.db);
  });

  it("answers a survey address with a NUL in it (/s/%00) with a not-found page, not a server error", async () => {
    const client = new TestClient(context);
    for (const slug of ["\u0000", "demo-young-people\u0000", "a\u0000b", "\udfff", "x\ud800"]) {
      expect(await client.run((c, r) => loadStartPage(c, r, slug), client.request("/s/x"))).toMatchObject({ status: 404 });
      expect(await client.run((c, r) => loadQuestionPage(c, r, slug, "home-feel"), client.request("/s/x/q/home-feel"))).toMatchObject({ status: 404 });
    }
  });

  it("does not remember unknown survey addresses (each one typed grew the cache)", async () => {
    for (let i = 0; i < 50; i++) expect(await findOpenSurvey(t.db, `no-such-survey-${i}`)).toBeNull();
    expect(openSurveyCacheSize(t.db)).toBe(0);
    expect(await findOpenSurvey(t.db, "demo-young-people")).not.toBeNull();
    expect(openSurveyCacheSize(t.db)).toBe(1);
  });

  it("stores feedback that says \"constructor\" (a word every object inherits was a 500 in the text analysis)", async () => {
    const client = new TestClient(context);
    const page = await client.run(loadFeedbackPage, client.request("/feedback?p=northshire"));
    const { feedbackId } = page.data as { feedbackId: string };
    const started = signFormStart(SECRET, feedbackId, Date.now() - 10_000);
    const sent = await client.run(sendFeedback, client.request("/feedback?p=northshire", { feedback: feedbackId, started, p: "northshire", text: "constructor toString __proto__ valueOf" }));
    expect(sent.status).toBe(302);
    expect(await t.db.select().from(feedback)).toHaveLength(1);
  });

  it("stores a kiosk's answer whose JSON carries a lone surrogate, as U+FFFD (was a 500 at the jsonb insert)", async () => {
    const client = new TestClient(context);
    await client.run(setUpTablet, client.request("/kiosk", { code: DEMO_KIOSK.code }));
    const survey = (await findOpenSurvey(t.db, DEMO_KIOSK.surveySlug))!;
    const id = crypto.randomUUID();
    const body = `{"id":"${id}","version":"${survey.versionId}","fields":[["q-centre-visits","weekly"],["q-support-feel","ok"],["q-needs","food"],["q-knew-where","yes"],["q-word-meaning","odd \\ud800 text \\udfff"]]}`;
    const request = new Request(`${BASE}/kiosk/send`, { method: "POST", headers: { Cookie: client.cookie, "Content-Type": "application/json" }, body });
    const response = await receiveKioskRecord(context(), request);
    expect(response.status).toBe(200);
    const [stored] = await t.db.select().from(answers).where(eq(answers.questionId, "word-meaning"));
    expect(stored?.value).toEqual({ text: "odd \ufffd text \ufffd" });
  });
});
