import type { AppLoadContext } from "@remix-run/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Database } from "~/modules/db/client.server";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import { loadAnswerPage, sendAnswerPage, setUpTablet } from "~/modules/kiosk/pages.server";
import { KIOSK_FIELDS, answerField } from "~/modules/kiosk/paths";
import { loadFeedbackPage } from "~/modules/feedback/feedback.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { loadDonePage } from "~/modules/responses/respondent.server";
import { listOpenSurveys } from "~/modules/survey/catalogue.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { TestClient } from "../support/integration-client";
import { answerSurvey } from "../support/respondent";
import { openTestDatabase, testDriver } from "../support/test-database";

// Public pages while the database is away (a PostgreSQL restart or fail-over;
// the load test's scenario 3 does it for real): a clear "try again in a
// minute", or the page itself from what was last seen, never "something went wrong".

const SLUG = "demo-young-people";

async function outage() {
  const opened = await openTestDatabase();
  await seedDemo(opened.handle.db);
  forgetPartnerships();
  forgetOpenSurveys(opened.handle.db);
  const context = (): AppLoadContext => ({
    db: opened.handle.db,
    cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
    production: false,
    allowPublicPost: () => true,
  });
  return { ...opened, context };
}

afterEach(() => {
  vi.useRealTimers();
  forgetPartnerships();
});

describe(`public pages with the database away, on ${testDriver}`, () => {
  it("the confirmation page says to try again in a minute (503), not that something went wrong", async () => {
    const db = await outage();
    try {
      const person = new TestClient(db.context);
      await answerSurvey(person, SLUG, [["trusted-adult", "yes"], ["asked-for-help", "no"]], { send: true });
      expect(await person.run((c, r) => loadDonePage(c, r, SLUG), person.request(`/s/${SLUG}/done`))).toMatchObject({ status: 200 });

      await db.handle.close(); // the database is gone
      const done = await person.run((c, r) => loadDonePage(c, r, SLUG), person.request(`/s/${SLUG}/done`));
      expect(done.status).toBe(503);
      expect(done.headers?.get("Cache-Control")).toBe("no-store");
    } finally {
      await db.dispose().catch(() => {});
    }
  });

  it("a kiosk tablet seen a moment ago keeps its form, with what was typed, while the database is away (no script)", async () => {
    const db = await outage();
    try {
      const tablet = new TestClient(db.context);
      expect(await tablet.run(setUpTablet, tablet.request("/kiosk", { code: DEMO_KIOSK.code }))).toMatchObject({ status: 302, location: "/kiosk/start" });
      const page = await tablet.run(loadAnswerPage, tablet.request("/kiosk/answer"));
      expect(page.status).toBe(200);
      const { responseId, survey } = page.data as { responseId: string; survey: { versionId: string } };

      await db.handle.close();
      const typed = "The staff here are lovely";
      const sent = await tablet.run(
        sendAnswerPage,
        tablet.request("/kiosk/answer", { [KIOSK_FIELDS.id]: responseId, [KIOSK_FIELDS.version]: survey.versionId, [answerField("better-help")]: typed }),
      );
      expect(sent).toMatchObject({ status: 503, data: { errors: { form: { key: "kiosk:errors.couldNotSave" } }, values: { "better-help": [typed] } } });
      // The page Remix renders after that action: the tablet's form again, not an error page.
      const again = await tablet.run(loadAnswerPage, tablet.request("/kiosk/answer"));
      expect(again).toMatchObject({ status: 200, data: { venue: { name: DEMO_KIOSK.name } } });
    } finally {
      await db.dispose().catch(() => {});
    }
  });

  it("the feedback page still shows, with the partnership last seen, after the few seconds it is cached", async () => {
    const db = await outage();
    try {
      const visitor = new TestClient(db.context);
      const before = await visitor.run(loadFeedbackPage, visitor.request("/feedback?p=northshire"));
      expect(before).toMatchObject({ status: 200, data: { partnership: { slug: "northshire" } } });

      await db.handle.close();
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 60_000); // long past the cache's 5 seconds: the database is asked, and does not answer
      const during = await visitor.run(loadFeedbackPage, visitor.request("/feedback?p=northshire"));
      expect(during).toMatchObject({ status: 200, data: { partnership: { slug: "northshire" } } });
    } finally {
      await db.dispose().catch(() => {});
    }
  });

  it("the list of open surveys (home page, your data) answers 503 rather than failing", async () => {
    const db = await outage();
    try {
      expect((await listOpenSurveys(db.handle.db)).map((s) => s.slug)).toContain(SLUG);
      await db.handle.close();
      const thrown = await listOpenSurveys(db.handle.db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(thrown).toMatchObject({ type: "DataWithResponseInit", init: { status: 503 } });
    } finally {
      await db.dispose().catch(() => {});
    }
  });

  it("an error that is not the database being away still fails loudly", async () => {
    const broken = { selectDistinctOn: () => { throw new Error("a bug"); } } as unknown as Database;
    await expect(listOpenSurveys(broken)).rejects.toThrow("a bug");
  });
});

