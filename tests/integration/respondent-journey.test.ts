import type { AppLoadContext } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, responses } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import {
  answerQuestion,
  beginResponse,
  loadCheckPage,
  loadDonePage,
  loadQuestionPage,
  loadStartPage,
  sendResponse,
} from "~/modules/responses/respondent.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { openTestDatabase, testDriver, setUpTestDatabase } from "../support/test-database";

const t = setUpTestDatabase();
const SLUG = "demo-young-people";
const BASE = "http://heard.test";

/** One respondent's browser: keeps the cookie the app sets, as a browser would. */
class Browser {
  cookie = "";
  constructor(private context: () => AppLoadContext) {}

  request(path: string, form?: Record<string, string | string[]>): Request {
    const headers = new Headers();
    if (this.cookie) headers.set("Cookie", this.cookie);
    if (!form) return new Request(BASE + path, { headers });
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    return new Request(BASE + path, { method: "POST", headers, body });
  }

  /** Runs a loader or action; thrown responses (redirects, 404s) come back as results. */
  async run(fn: (context: AppLoadContext, request: Request) => Promise<unknown>, request: Request) {
    let result: unknown;
    try {
      result = await fn(this.context(), request);
    } catch (thrown) {
      result = thrown;
    }
    if (result instanceof Response) {
      const setCookie = result.headers.get("Set-Cookie");
      if (setCookie) this.cookie = setCookie.split(";")[0]!;
      return { status: result.status, location: result.headers.get("Location"), data: undefined as unknown };
    }
    const single = result as { type?: string; data: unknown; init?: ResponseInit | null };
    if (single?.type === "DataWithResponseInit") {
      const headers = new Headers(single.init?.headers);
      const setCookie = headers.get("Set-Cookie");
      if (setCookie) this.cookie = setCookie.split(";")[0]!;
      return { status: single.init?.status ?? 200, location: headers.get("Location"), data: single.data, headers };
    }
    return { status: 200, location: null, data: result };
  }

  async start() {
    const page = await this.run((c, r) => loadStartPage(c, r, SLUG), this.request(`/s/${SLUG}`));
    const responseId = (page.data as { responseId: string }).responseId;
    const started = await this.run((c, r) => beginResponse(c, r, SLUG), this.request(`/s/${SLUG}`, { response: responseId }));
    return { responseId, started };
  }

  answer(questionId: string, responseId: string, answer: string | string[], query = "") {
    return this.run(
      (c, r) => answerQuestion(c, r, SLUG, questionId),
      this.request(`/s/${SLUG}/q/${questionId}${query}`, { response: responseId, answer }),
    );
  }

  send(responseId: string) {
    return this.run((c, r) => sendResponse(c, r, SLUG), this.request(`/s/${SLUG}/check`, { response: responseId }));
  }
}

let postsAllowed = true;
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => postsAllowed,
});

async function storedResponses() {
  return t.db.select().from(responses);
}

describe(`respondent journey on ${testDriver}`, () => {
  beforeEach(async () => {
    postsAllowed = true;
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("starts, saves every page, follows skip logic, checks and sends", async () => {
    const browser = new Browser(context);
    const { responseId, started } = await browser.start();
    // A new response meets the interruption page about "Exit this page" first.
    expect(started).toMatchObject({ status: 302, location: `/before-you-start?to=${encodeURIComponent(`/s/${SLUG}/q/home-feel`)}&p=northshire` });
    expect(browser.cookie).toMatch(/^heard_response=/);

    const steps: [string, string | string[], string][] = [
      ["home-feel", "ok", "home-basics"],
      ["home-basics", ["food", "bed"], "school-feel"],
      ["school-feel", "happy", "trusted-adult"],
      ["trusted-adult", "yes", "listened-to"],
      ["listened-to", "sometimes", "asked-for-help"],
      ["asked-for-help", "no", "hard-to-ask"],
      ["hard-to-ask", ["my-fault", "scared"], "help-ways"],
      ["help-ways", ["text-chat"], "one-change"],
      ["one-change", "More places to go after school", "anything-else"],
    ];
    for (const [question, answer, next] of steps) {
      const result = await browser.answer(question, responseId, answer);
      expect(result, question).toMatchObject({ status: 302, location: `/s/${SLUG}/q/${next}` });
    }
    expect(await browser.answer("anything-else", responseId, "")).toMatchObject({ location: `/s/${SLUG}/check` });

    // Skip logic: help-after-asking is not asked after "no", and cannot be reached directly.
    const hidden = await browser.run((c, r) => loadQuestionPage(c, r, SLUG, "help-after-asking"), browser.request(`/s/${SLUG}/q/help-after-asking`));
    expect(hidden).toMatchObject({ status: 302, location: `/s/${SLUG}/check` });

    const check = await browser.run((c, r) => loadCheckPage(c, r, SLUG), browser.request(`/s/${SLUG}/check`));
    const rows = (check.data as { rows: { question: { id: string } }[] }).rows.map((r) => r.question.id);
    expect(rows).toContain("hard-to-ask");
    expect(rows).not.toContain("help-after-asking");

    // Changing an answer returns to the check page; the other branch now shows.
    expect(await browser.answer("asked-for-help", responseId, "yes", "?change=1")).toMatchObject({ location: `/s/${SLUG}/check` });
    expect(await browser.answer("help-after-asking", responseId, "helped", "?change=1")).toMatchObject({ location: `/s/${SLUG}/check` });

    expect(await browser.send(responseId)).toMatchObject({ status: 302, location: `/s/${SLUG}/done` });
    const [stored] = await storedResponses();
    expect(stored).toMatchObject({ id: responseId, status: "submitted", channel: "web" });
    expect(stored!.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const kept = await t.db.select().from(answers).where(eq(answers.responseId, responseId));
    const byQuestion = Object.fromEntries(kept.map((a) => [a.questionId, a.value]));
    // The answer to the question skip logic now hides is not sent.
    expect(byQuestion["hard-to-ask"]).toBeUndefined();
    expect(byQuestion["help-after-asking"]).toEqual({ choice: "helped" });
    expect(byQuestion["home-basics"]).toEqual({ choices: ["food", "bed"] });
    expect(byQuestion["one-change"]).toEqual({ text: "More places to go after school" });
    expect(byQuestion["anything-else"]).toBeUndefined();

    const done = await browser.run((c, r) => loadDonePage(c, r, SLUG), browser.request(`/s/${SLUG}/done`));
    expect(done.status).toBe(200);
    expect(JSON.stringify(done.data)).not.toContain("More places to go");
  });

  it("stores one submitted response for a double click, a resend after Back, and two tabs", async () => {
    const browser = new Browser(context);
    const { responseId } = await browser.start();
    await browser.answer("trusted-adult", responseId, "no");
    await browser.answer("asked-for-help", responseId, "prefer-not-to-say");

    // Double click and a second tab: the same send, at the same moment.
    const results = await Promise.all([browser.send(responseId), browser.send(responseId), browser.send(responseId)]);
    for (const r of results) expect(r).toMatchObject({ status: 302, location: `/s/${SLUG}/done` });

    // Back, then answer and send again: the sent response does not change.
    expect(await browser.answer("home-feel", responseId, "very-happy")).toMatchObject({ location: `/s/${SLUG}/done` });
    expect(await browser.send(responseId)).toMatchObject({ location: `/s/${SLUG}/done` });
    const page = await browser.run((c, r) => loadQuestionPage(c, r, SLUG, "home-feel"), browser.request(`/s/${SLUG}/q/home-feel`));
    expect(page).toMatchObject({ status: 302, location: `/s/${SLUG}/done` });

    const stored = await storedResponses();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: responseId, status: "submitted" });
    const homeFeel = await t.db.select().from(answers).where(eq(answers.questionId, "home-feel"));
    expect(homeFeel).toHaveLength(0);
  });

  it("starts one response for a double-clicked Start button, and a new one after sending", async () => {
    const browser = new Browser(context);
    const page = await browser.run((c, r) => loadStartPage(c, r, SLUG), browser.request(`/s/${SLUG}`));
    const id = (page.data as { responseId: string }).responseId;
    const cookieless = new Browser(context);
    await Promise.all([
      browser.run((c, r) => beginResponse(c, r, SLUG), browser.request(`/s/${SLUG}`, { response: id })),
      cookieless.run((c, r) => beginResponse(c, r, SLUG), cookieless.request(`/s/${SLUG}`, { response: id })),
    ]);
    expect(await storedResponses()).toHaveLength(1);

    await browser.answer("trusted-adult", id, "yes");
    await browser.answer("asked-for-help", id, "yes");
    await browser.send(id);
    // The same (old) start page sent again after sending starts a fresh response.
    const again = await browser.run((c, r) => beginResponse(c, r, SLUG), browser.request(`/s/${SLUG}`, { response: id }));
    expect(again).toMatchObject({ status: 302, location: `/before-you-start?to=${encodeURIComponent(`/s/${SLUG}/q/home-feel`)}&p=northshire` });
    const all = await storedResponses();
    expect(all).toHaveLength(2);
    expect(all.filter((r) => r.status === "submitted").map((r) => r.id)).toEqual([id]);
  });

  it("answers bad input with a clear error, keeping what was typed, never a 500", async () => {
    const browser = new Browser(context);
    const { responseId } = await browser.start();

    const missing = await browser.answer("trusted-adult", responseId, "");
    expect(missing).toMatchObject({ status: 400, data: { errors: { answer: { key: "errors.chooseOne" } } } });

    const unknown = await browser.answer("trusted-adult", responseId, "maybe");
    expect(unknown).toMatchObject({ status: 400, data: { errors: { answer: { key: "errors.unknownOption" } } } });

    const twoAtOnce = await browser.answer("trusted-adult", responseId, ["yes", "no"]);
    expect(twoAtOnce).toMatchObject({ status: 400, data: { errors: { answer: { key: "errors.chooseOne" } } } });

    const exclusive = await browser.answer("home-basics", responseId, ["food", "none"]);
    expect(exclusive).toMatchObject({
      status: 400,
      data: { errors: { answer: { key: "errors.exclusiveOption", values: { option: "none" } } }, values: ["food", "none"] },
    });

    const long = "I want to say ".repeat(200);
    const tooLong = await browser.answer("one-change", responseId, long);
    expect(tooLong).toMatchObject({ status: 400, data: { errors: { answer: { key: "errors.tooLong" } }, values: [long] } });

    // A page from another response (a tampered or stale hidden field) writes nothing.
    const tampered = await browser.answer("home-feel", responseId.replace(/.$/, (c) => (c === "0" ? "1" : "0")), "ok");
    expect(tampered).toMatchObject({ status: 409, data: { errors: { form: { key: "errors.outOfDate" } }, values: ["ok"] } });

    // A body that is not a form at all is treated as an empty form.
    const notAForm = new Request(`${BASE}/s/${SLUG}/q/home-feel`, {
      method: "POST",
      headers: { Cookie: browser.cookie, "Content-Type": "multipart/form-data; boundary=x" },
      body: "--x\r\nbroken",
    });
    expect(await browser.run((c, r) => answerQuestion(c, r, SLUG, "home-feel"), notAForm)).toMatchObject({ status: 409 });

    const unknownQuestion = await browser.run((c, r) => loadQuestionPage(c, r, SLUG, "not-a-question"), browser.request(`/s/${SLUG}/q/not-a-question`));
    expect(unknownQuestion.status).toBe(404);
    const unknownSurvey = await browser.run((c, r) => loadStartPage(c, r, "no-such-survey"), browser.request(`/s/no-such-survey`));
    expect(unknownSurvey.status).toBe(404);

    // Sending without the required answers lists each one.
    const incomplete = await browser.send(responseId);
    expect(incomplete).toMatchObject({ status: 400 });
    expect(Object.keys((incomplete.data as { errors: object }).errors).sort()).toEqual(["asked-for-help", "trusted-adult"]);

    expect(await t.db.select().from(answers)).toHaveLength(0);
    const [row] = await storedResponses();
    expect(row?.status).toBe("in_progress");
  });

  it("sends a person with no response, or a forged cookie, back to the start", async () => {
    const stranger = new Browser(context);
    expect(await stranger.run((c, r) => loadQuestionPage(c, r, SLUG, "home-feel"), stranger.request(`/s/${SLUG}/q/home-feel`))).toMatchObject({
      status: 302,
      location: `/s/${SLUG}`,
    });
    stranger.cookie = "heard_response=eyJmb28iOiJiYXIifQ%3D%3D.forged";
    expect(await stranger.run((c, r) => loadCheckPage(c, r, SLUG), stranger.request(`/s/${SLUG}/check`))).toMatchObject({
      status: 302,
      location: `/s/${SLUG}`,
    });
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(responses);
    expect(Number(count?.n)).toBe(0);
  });

  it("keeps what the person typed and says 'try again' when the database goes away", async () => {
    const other = await openTestDatabase();
    const otherContext = (): AppLoadContext => ({ ...context(), db: other.handle.db });
    await seedDemo(other.handle.db);
    const browser = new Browser(otherContext);
    const { responseId } = await browser.start();
    expect(await browser.answer("home-feel", responseId, "ok")).toMatchObject({ status: 302 });

    await other.handle.close(); // the database is gone
    try {
      const typed = "Please listen to us";
      const saving = await browser.answer("one-change", responseId, typed);
      expect(saving).toMatchObject({ status: 503, data: { errors: { form: { key: "errors.couldNotSave" } }, values: [typed] } });

      const page = await browser.run((c, r) => loadQuestionPage(c, r, SLUG, "one-change"), browser.request(`/s/${SLUG}/q/one-change`));
      expect(page).toMatchObject({ status: 503, data: { unavailable: true, responseId, question: { id: "one-change" } } });

      const check = await browser.run((c, r) => loadCheckPage(c, r, SLUG), browser.request(`/s/${SLUG}/check`));
      expect(check).toMatchObject({ status: 503, data: { unavailable: true, responseId, rows: [] } });

      expect(await browser.send(responseId)).toMatchObject({ status: 503, data: { errors: { form: { key: "errors.couldNotSave" } } } });
      const starting = await browser.run((c, r) => beginResponse(c, r, SLUG), browser.request(`/s/${SLUG}`, { response: responseId }));
      expect(starting).toMatchObject({ status: 503 });
    } finally {
      await other.dispose().catch(() => {});
    }
  });

  it("refuses posts past the rate limit with a message, keeping what was typed and saving nothing", async () => {
    const browser = new Browser(context);
    const { responseId } = await browser.start();
    postsAllowed = false;
    const typed = "Too fast";
    expect(await browser.answer("one-change", responseId, typed)).toMatchObject({
      status: 429,
      data: { errors: { form: { key: "errors.tooManyTries" } }, values: [typed] },
    });
    expect(await browser.send(responseId)).toMatchObject({ status: 429 });
    expect(await t.db.select().from(answers)).toHaveLength(0);
    expect((await storedResponses())[0]?.status).toBe("in_progress");
  });
});
