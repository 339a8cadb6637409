import type { AppLoadContext } from "@remix-run/node";
import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, partnerships, responses } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import {
  answerQuestion,
  beginResponse,
  loadCheckPage,
  loadDonePage,
  loadQuestionPage,
  loadStartPage,
  sendResponse,
} from "~/modules/responses/respondent.server";
import { pagePartnershipSlug } from "~/modules/safety/page-partnership.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { action as exitAction, loader as exitLoader } from "~/routes/exit";
import { loader as beforeYouStartLoader } from "~/routes/before-you-start";
import { openTestDatabase, setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const BASE = "http://heard.test";
const YOUNG = "demo-young-people";
const PARENTS = "demo-parents";
const WEATHER = "https://www.bbc.co.uk/weather";

const context = (db = t.db): AppLoadContext => ({
  db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

/** One browser's cookie jar, as little of it as these tests need. */
class Browser {
  cookie = "";
  constructor(private makeContext: () => AppLoadContext = () => context()) {}

  request(path: string, form?: Record<string, string>): Request {
    const headers = new Headers();
    if (this.cookie) headers.set("Cookie", this.cookie);
    if (!form) return new Request(BASE + path, { headers });
    return new Request(BASE + path, { method: "POST", headers, body: new URLSearchParams(form) });
  }

  /** Runs a loader or action; redirects and data both come back as { status, location, data, headers }. */
  async run(fn: (context: AppLoadContext, request: Request) => Promise<unknown>, request: Request) {
    let result: unknown;
    try {
      result = await fn(this.makeContext(), request);
    } catch (thrown) {
      result = thrown;
    }
    let headers = new Headers();
    let status = 200;
    let data: unknown = result;
    if (result instanceof Response) {
      headers = result.headers;
      status = result.status;
      data = undefined;
    } else if ((result as { type?: string })?.type === "DataWithResponseInit") {
      const single = result as { data: unknown; init?: ResponseInit | null };
      headers = new Headers(single.init?.headers);
      status = single.init?.status ?? 200;
      data = single.data;
    }
    const setCookie = headers.get("Set-Cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0]!;
      this.cookie = /^heard_response=$/.test(pair) || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie) ? "" : pair;
    }
    return { status, location: headers.get("Location"), data, headers };
  }

  async start(slug: string) {
    const page = await this.run((c, r) => loadStartPage(c, r, slug), this.request(`/s/${slug}`));
    const responseId = (page.data as { responseId: string }).responseId;
    const started = await this.run((c, r) => beginResponse(c, r, slug), this.request(`/s/${slug}`, { response: responseId }));
    return { responseId, started };
  }

  answer(slug: string, questionId: string, responseId: string, answer: string) {
    return this.run(
      (c, r) => answerQuestion(c, r, slug, questionId),
      this.request(`/s/${slug}/q/${questionId}`, { response: responseId, answer }),
    );
  }

  exit(path = "/exit", method: "GET" | "POST" = "GET") {
    const request = method === "GET" ? this.request(path) : this.request(path, {});
    const fn = method === "GET" ? exitLoader : exitAction;
    return this.run((c, r) => fn({ context: c, request: r, params: {} }), request);
  }
}

function expectClearedAndRedirected(result: { status: number; location: string | null; headers: Headers }, to = WEATHER) {
  expect(result.status).toBe(303);
  expect(result.location).toBe(to);
  expect(result.headers.get("Clear-Site-Data")).toBe('"cache", "cookies", "storage"');
  expect(result.headers.get("Cache-Control")).toBe("no-store");
  const setCookie = result.headers.get("Set-Cookie") ?? "";
  expect(setCookie).toMatch(/^heard_response=;/);
  expect(setCookie).toMatch(/Max-Age=0/);
  expect(setCookie).toMatch(/Expires=Thu, 01 Jan 1970/);
  expect(setCookie).toMatch(/Path=\//);
}

async function endedFlags(ids: string[]) {
  const rows = await t.db
    .select({ id: responses.id, ended: responses.endedByExit })
    .from(responses)
    .where(inArray(responses.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.ended]));
}

describe(`Exit this page on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    forgetPartnerships();
    await seedDemo(t.db);
  });

  it("ends every response the browser held, clears the site and goes to the neutral site", async () => {
    const browser = new Browser();
    const young = await browser.start(YOUNG);
    const parents = await browser.start(PARENTS);
    expect(young.started.location).toBe(`/before-you-start?to=${encodeURIComponent(`/s/${YOUNG}/q/home-feel`)}&p=northshire`);
    expect(await browser.answer(YOUNG, "one-change", young.responseId, "A secret only I should see")).toMatchObject({
      status: 302,
    });
    // Someone else's response, in another browser, is not touched.
    const other = await new Browser().start(YOUNG);
    expect(await endedFlags([young.responseId, parents.responseId, other.responseId])).toEqual({
      [young.responseId]: false,
      [parents.responseId]: false,
      [other.responseId]: false,
    });

    const oldCookie = browser.cookie;
    const exit = await browser.exit("/exit?p=northshire");
    expectClearedAndRedirected(exit);
    expect(browser.cookie).toBe("");
    expect(await endedFlags([young.responseId, parents.responseId, other.responseId])).toEqual({
      [young.responseId]: true,
      [parents.responseId]: true,
      [other.responseId]: false,
    });
    // What was saved stays (it may need safeguarding triage), but no browser can reach it.
    expect(await t.db.select().from(answers).where(eq(answers.responseId, young.responseId))).toHaveLength(1);

    // The old cookie, replayed (saved before exit, or restored), is refused everywhere.
    const replay = new Browser();
    replay.cookie = oldCookie;
    const toStart = { status: 302, location: `/s/${YOUNG}` };
    expect(await replay.run((c, r) => loadQuestionPage(c, r, YOUNG, "one-change"), replay.request(`/s/${YOUNG}/q/one-change`))).toMatchObject(
      toStart,
    );
    expect(await replay.run((c, r) => loadCheckPage(c, r, YOUNG), replay.request(`/s/${YOUNG}/check`))).toMatchObject(toStart);
    expect(await replay.run((c, r) => loadDonePage(c, r, YOUNG), replay.request(`/s/${YOUNG}/done`))).toMatchObject(toStart);
    expect(await replay.answer(YOUNG, "one-change", young.responseId, "Written after exit")).toMatchObject(toStart);
    expect(
      await replay.run((c, r) => sendResponse(c, r, YOUNG), replay.request(`/s/${YOUNG}/check`, { response: young.responseId })),
    ).toMatchObject(toStart);
    const [kept] = await t.db.select().from(answers).where(eq(answers.responseId, young.responseId));
    expect(kept?.value).toEqual({ text: "A secret only I should see" });
    expect((await t.db.select().from(responses).where(eq(responses.id, young.responseId)))[0]?.status).toBe("in_progress");

    // The start page offers a new start, not "Carry on", and "Start now" makes a new response.
    const start = await replay.run((c, r) => loadStartPage(c, r, YOUNG), replay.request(`/s/${YOUNG}`));
    expect(start.data).toMatchObject({ continuing: false });
    expect((start.data as { responseId: string }).responseId).not.toBe(young.responseId);
    // Even an old start page that posts the ended response's own id.
    const restarted = await replay.run((c, r) => beginResponse(c, r, YOUNG), replay.request(`/s/${YOUNG}`, { response: young.responseId }));
    expect(restarted.location).toBe(`/before-you-start?to=${encodeURIComponent(`/s/${YOUNG}/q/home-feel`)}&p=northshire`);
    const fresh = await replay.run((c, r) => loadQuestionPage(c, r, YOUNG, "one-change"), replay.request(`/s/${YOUNG}/q/one-change`));
    expect(fresh.status).toBe(200);
    expect(fresh.data).toMatchObject({ values: [] });
    expect((fresh.data as { responseId: string }).responseId).not.toBe(young.responseId);
    expect(JSON.stringify(fresh.data)).not.toContain("A secret only I should see");
  });

  it("carrying on a started response skips the interruption page", async () => {
    const browser = new Browser();
    const { responseId } = await browser.start(YOUNG);
    const again = await browser.run((c, r) => beginResponse(c, r, YOUNG), browser.request(`/s/${YOUNG}`, { response: responseId }));
    expect(again).toMatchObject({ status: 302, location: `/s/${YOUNG}/q/home-feel` });
  });

  it("works by POST and without a cookie too", async () => {
    const browser = new Browser();
    expectClearedAndRedirected(await browser.exit("/exit", "POST"));
    expectClearedAndRedirected(await browser.exit("/exit"));
  });

  it("goes to the partnership's own neutral site, and only to a web address", async () => {
    const browser = new Browser();
    await t.db.update(partnerships).set({ exitUrl: "https://www.example.org/news" }).where(eq(partnerships.slug, "northshire"));
    forgetPartnerships();
    expectClearedAndRedirected(await browser.exit("/exit?p=northshire"), "https://www.example.org/news");
    // Without ?p= the default partnership's setting applies.
    expectClearedAndRedirected(await browser.exit("/exit"), "https://www.example.org/news");

    for (const unsafe of ["javascript:alert(1)", "data:text/html,hello", "/local/path", "not a url"]) {
      await t.db.update(partnerships).set({ exitUrl: unsafe }).where(eq(partnerships.slug, "northshire"));
      forgetPartnerships();
      expectClearedAndRedirected(await browser.exit("/exit?p=northshire"), WEATHER);
    }
    // A strange ?p= is ignored, not an error.
    expectClearedAndRedirected(await browser.exit("/exit?p=%3Cscript%3E"), WEATHER);
  });

  it("still clears and redirects when the database is down", async () => {
    const other = await openTestDatabase();
    await seedDemo(other.handle.db);
    const browser = new Browser(() => context(other.handle.db));
    await browser.start(YOUNG);
    expect(browser.cookie).toMatch(/^heard_response=/);
    forgetPartnerships();
    await other.handle.close();
    try {
      const exit = await browser.exit("/exit?p=northshire");
      expectClearedAndRedirected(exit);
      // The page's links still render, without ?p=.
      expect(await pagePartnershipSlug(context(other.handle.db), new Request(`${BASE}/help?p=northshire`))).toBeNull();
      expect(await pagePartnershipSlug(context(other.handle.db), new Request(`${BASE}/s/not-cached/q/x`))).toBeNull();
    } finally {
      await other.dispose().catch(() => {});
    }
  });
});

describe("the page's partnership (root loader)", () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    forgetPartnerships();
    await seedDemo(t.db);
  });

  it("comes from a survey's address, else from ?p=, else none", async () => {
    const slugOf = (path: string) => pagePartnershipSlug(context(), new Request(BASE + path));
    expect(await slugOf(`/s/${YOUNG}`)).toBe("northshire");
    expect(await slugOf(`/s/${PARENTS}/q/needs`)).toBe("northshire");
    expect(await slugOf("/help?p=northshire")).toBe("northshire");
    expect(await slugOf("/")).toBeNull();
    expect(await slugOf("/help?p=../../etc")).toBeNull();
    expect(await slugOf(`/help?p=${"a".repeat(80)}`)).toBeNull();
    // An unknown survey falls back to ?p=.
    expect(await slugOf("/s/no-such-survey?p=northshire")).toBe("northshire");
  });
});

describe("the interruption page", () => {
  it("continues only to a path on this site", async () => {
    const to = async (query: string) =>
      (await beforeYouStartLoader({ request: new Request(`${BASE}/before-you-start${query}`), context: context(), params: {} })).to;
    expect(await to(`?to=${encodeURIComponent("/s/demo-young-people/q/home-feel")}`)).toBe("/s/demo-young-people/q/home-feel");
    expect(await to("?to=/feedback&p=northshire")).toBe("/feedback?p=northshire");
    expect(await to("?to=//evil.example")).toBe("/");
    expect(await to("?to=/\\evil.example")).toBe("/");
    expect(await to("?to=https://evil.example")).toBe("/");
    expect(await to(`?to=${encodeURIComponent("/\t/evil.example")}`)).toBe("/");
    expect(await to("?to=javascript:alert(1)")).toBe("/");
    expect(await to("")).toBe("/");
  });
});
