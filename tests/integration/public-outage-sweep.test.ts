import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { partnerships } from "#db/schema/index.ts";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { signFormStart } from "~/modules/feedback/form-timer.server";
import { createKioskCode, createVenue } from "~/modules/kiosk/kiosk.server";
import { setUpTablet } from "~/modules/kiosk/pages.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import { failingFrom } from "../support/failing-db";
import { answerSurvey } from "../support/respondent";
import { routeTable } from "../support/route-table";
import { BASE, TestClient, type RunResult } from "../support/integration-client";
import { setUpTestDatabase, testDriver } from "../support/test-database";

/**
 * Every public loader and action (every route in app/routes.ts outside /staff,
 * and the root loader every page runs) with a realistic request, cut off from
 * the database at each of its queries in turn: query 1, 2, ... N of the N it
 * makes when the database answers. Whichever query the database stops
 * answering at (a restart, a fail-over), the page answers "try again in a
 * minute" (503), a form keeps what was typed ("could not save", 503), or the
 * page still shows without the database: never a 500. The route list comes
 * from app/routes.ts, so a new public route without a line here fails.
 */

const SLUG = "demo-young-people";
const LINK_CODE = "y6nrthshre"; // a demo class link to the demo survey
const SECRET = "a-test-secret-that-is-long-enough-0001";

// One database for the whole sweep (every step gets a visitor of its own).
const t = setUpTestDatabase({ demo: true });
const context = (): AppLoadContext => ({ db: t.db, cookieSecrets: [SECRET], production: false, allowPublicPost: () => true });

// ---- Visitors: made afresh, on the database that answers, before each step -----------------------------

interface Visitor {
  client: TestClient;
  responseId?: string;
}

const stranger = async (): Promise<Visitor> => ({ client: new TestClient(context) });

/** Someone who has started the demo survey and given these answers (and sent them, with `send`). */
function respondent(answers: [question: string, answer: string][] = [], { send = false } = {}) {
  return async (): Promise<Visitor> => {
    const client = new TestClient(context);
    const responseId = await answerSurvey(client, SLUG, answers, { send });
    return { client, responseId };
  };
}
const REQUIRED: [string, string][] = [["trusted-adult", "yes"], ["asked-for-help", "no"]];

// Kiosk tablets, set up once (a device cookie stays good): the demo venue's (a survey) and one showing the feedback form.
const tabletCookies = { survey: "", feedback: "" };
const tablet = (shows: keyof typeof tabletCookies) => async (): Promise<Visitor> => {
  const client = new TestClient(context);
  client.cookie = tabletCookies[shows];
  return { client };
};

async function setUpTabletWith(code: string): Promise<string> {
  const client = new TestClient(context);
  expect(await client.run(setUpTablet, client.request("/kiosk", { code }))).toMatchObject({ status: 302, location: "/kiosk/start" });
  return client.cookie;
}

/** A feedback form as the page gave it, shown long enough ago to be sent. */
function feedbackForm(text: string): Record<string, string> {
  const id = crypto.randomUUID();
  return { feedback: id, started: signFormStart(SECRET, id, Date.now() - 60_000), p: "northshire", text, from: "parent_carer", age: "", area: "", website: "" };
}

// ---- What a page may answer ----------------------------------------------------------------------

type Outcome = Partial<Record<keyof RunResult, unknown>>;
/** The root error page's "we cannot reach our system just now, try again in a minute". */
const TRY_AGAIN: Outcome = { status: 503, data: null };
const couldNotSave = (values: unknown): Outcome => ({ status: 503, data: { errors: { form: { key: "errors.couldNotSave" } }, values } });
const feedbackNotSaved = (text: string): Outcome => ({ status: 503, data: { errors: { form: { key: "feedback:errors.couldNotSave" } }, values: { text } } });
const kioskNotSaved = (values: Record<string, string[]>): Outcome => ({ status: 503, data: { errors: { form: { key: "kiosk:errors.couldNotSave" } }, values } });
/** A help page without the database: the national numbers, which are in the page's own words. */
const WITHOUT_DATABASE: Outcome = { status: 200, data: { unavailable: true } };

interface Scenario {
  /** The route's path as app/routes.ts writes it ("" for the home page, "(root)" for the root loader every page runs). */
  route: string;
  fn: "loader" | "action";
  what: string;
  params?: Record<string, string>;
  /** A fresh visitor and the request they send. */
  arrange: () => Promise<{ client: TestClient; request: () => Request }>;
  /** The answer with the database there. */
  answering: Outcome;
  /** The answers allowed with the database gone from some query on. Left out: the route asks the database nothing. */
  away?: Outcome[];
  /** The route answers whatever goes wrong, a bug included, by design (Exit this page, the health check). */
  answersAnyFailure?: true;
}

function get(url: string, who: () => Promise<Visitor> = stranger) {
  return async () => {
    const { client } = await who();
    return { client, request: () => client.request(url) };
  };
}

function post(url: string, who: () => Promise<Visitor>, form: (visitor: Visitor) => Record<string, string | string[]>) {
  return async () => {
    const visitor = await who();
    const body = form(visitor);
    return { client: visitor.client, request: () => visitor.client.request(url, body) };
  };
}

/** What kiosk.js sends: JSON, with the tablet's cookie. */
function postJson(url: string, who: () => Promise<Visitor>, body: () => unknown) {
  return async () => {
    const { client } = await who();
    const json = JSON.stringify(body());
    return {
      client,
      request: () => new Request(BASE + url, { method: "POST", headers: { "Content-Type": "application/json", Cookie: client.cookie }, body: json }),
    };
  };
}

const SCENARIOS: Scenario[] = [
  { route: "(root)", fn: "loader", what: "a survey page's partnership, for Exit this page", arrange: get(`/s/${SLUG}/q/home-feel`), answering: { status: 200, data: { partnership: "northshire" } }, away: [{ status: 200 }], answersAnyFailure: true },
  { route: "", fn: "loader", what: "the open surveys", arrange: get("/"), answering: { status: 200 }, away: [TRY_AGAIN] },
  { route: "healthz", fn: "loader", what: "the health check", arrange: get("/healthz"), answering: { status: 200, data: { database: "ok" } }, away: [{ status: 503, data: { database: "unavailable" } }], answersAnyFailure: true },
  // The respondent's journey.
  {
    route: "s/:slug", fn: "loader", what: "someone carrying on, through a class link", params: { slug: SLUG },
    arrange: get(`/s/${SLUG}?l=${LINK_CODE}`, respondent()),
    answering: { status: 200, data: { continuing: true, link: LINK_CODE } },
    // Without the response or the link the page still shows (as for someone starting): only the survey is needed.
    away: [TRY_AGAIN, { status: 200 }],
  },
  {
    route: "s/:slug", fn: "action", what: "Start now, through a class link", params: { slug: SLUG },
    arrange: post(`/s/${SLUG}`, stranger, () => ({ response: crypto.randomUUID(), link: LINK_CODE })),
    answering: { status: 302 }, away: [couldNotSave([])],
  },
  {
    route: "s/:slug/q/:questionId", fn: "loader", what: "a question", params: { slug: SLUG, questionId: "home-feel" },
    arrange: get(`/s/${SLUG}/q/home-feel`, respondent()),
    answering: { status: 200, data: { unavailable: false } },
    // The question as the survey last seen defines it, without the saved answer; or, survey unseen, "try again".
    away: [{ status: 503, data: { unavailable: true, question: { id: "home-feel" } } }, TRY_AGAIN],
  },
  {
    route: "s/:slug/q/:questionId", fn: "action", what: "an answer", params: { slug: SLUG, questionId: "trusted-adult" },
    arrange: post(`/s/${SLUG}/q/trusted-adult`, respondent(), (v) => ({ response: v.responseId!, answer: "yes" })),
    answering: { status: 302 }, away: [couldNotSave(["yes"])],
  },
  {
    route: "s/:slug/q/:questionId", fn: "action", what: "an answer that may disclose harm (saved with its triage flag)", params: { slug: SLUG, questionId: "one-change" },
    arrange: post(`/s/${SLUG}/q/one-change`, respondent(), (v) => ({ response: v.responseId!, answer: "my dad hits me" })),
    answering: { status: 200, data: { helpAtOnce: {} } }, away: [couldNotSave(["my dad hits me"])],
  },
  {
    route: "s/:slug/check", fn: "loader", what: "check your answers", params: { slug: SLUG },
    arrange: get(`/s/${SLUG}/check`, respondent(REQUIRED)),
    answering: { status: 200, data: { unavailable: false } }, away: [{ status: 503, data: { unavailable: true } }, TRY_AGAIN],
  },
  {
    route: "s/:slug/check", fn: "action", what: "Send", params: { slug: SLUG },
    arrange: post(`/s/${SLUG}/check`, respondent(REQUIRED), (v) => ({ response: v.responseId! })),
    answering: { status: 302, location: `/s/${SLUG}/done` }, away: [couldNotSave([])],
  },
  {
    route: "s/:slug/done", fn: "loader", what: "the confirmation, with help services", params: { slug: SLUG },
    arrange: get(`/s/${SLUG}/done`, respondent([["home-basics", "none"], ...REQUIRED], { send: true })),
    answering: { status: 200, data: { signposts: expect.arrayContaining([expect.objectContaining({ need: "food" })]) } }, away: [TRY_AGAIN],
  },
  { route: "s/:slug/you-said-we-did", fn: "loader", what: "one survey's", params: { slug: SLUG }, arrange: get(`/s/${SLUG}/you-said-we-did`), answering: { status: 200, data: { unavailable: false } }, away: [WITHOUT_DATABASE] },
  // Quick exit and staying safe: the person leaves whatever happens.
  { route: "exit", fn: "loader", what: "Exit this page", arrange: get("/exit?p=northshire", respondent()), answering: { status: 303 }, away: [{ status: 303 }], answersAnyFailure: true },
  { route: "exit", fn: "action", what: "Exit this page", arrange: post("/exit?p=northshire", respondent(), () => ({})), answering: { status: 303 }, away: [{ status: 303 }], answersAnyFailure: true },
  { route: "before-you-start", fn: "loader", what: "the interruption page", arrange: get("/before-you-start?to=/s/demo-young-people/q/home-feel"), answering: { status: 200 } },
  // Help.
  { route: "help", fn: "loader", what: "help contacts", arrange: get("/help?p=northshire"), answering: { status: 200, data: { unavailable: false, partnership: {} } }, away: [WITHOUT_DATABASE] },
  { route: "help/services", fn: "loader", what: "the directory, filtered", arrange: get("/help/services?p=northshire&need=food"), answering: { status: 200, data: { unavailable: false } }, away: [WITHOUT_DATABASE] },
  { route: "worried-about-a-child", fn: "loader", what: "help contacts", arrange: get("/worried-about-a-child?p=northshire"), answering: { status: 200, data: { unavailable: false } }, away: [WITHOUT_DATABASE] },
  { route: "your-data", fn: "loader", what: "retention per open survey", arrange: get("/your-data?p=northshire"), answering: { status: 200, data: { unavailable: false } }, away: [WITHOUT_DATABASE, TRY_AGAIN] },
  // Feedback.
  { route: "feedback", fn: "loader", what: "the form", arrange: get("/feedback?p=northshire"), answering: { status: 200, data: { partnership: { slug: "northshire" } } }, away: [TRY_AGAIN] },
  {
    route: "feedback", fn: "action", what: "a message",
    arrange: post("/feedback?p=northshire", stranger, () => feedbackForm("The family hub was closed when we came.")),
    answering: { status: 302, location: "/feedback/sent?p=northshire" }, away: [feedbackNotSaved("The family hub was closed when we came.")],
  },
  {
    route: "feedback", fn: "action", what: "a message that may disclose harm (stored with its triage flag)",
    arrange: post("/feedback?p=northshire", stranger, () => feedbackForm("my dad hits me")),
    answering: { status: 200, data: { sent: true } }, away: [feedbackNotSaved("my dad hits me")],
  },
  { route: "feedback/sent", fn: "loader", what: "thanks", arrange: get("/feedback/sent?p=northshire"), answering: { status: 200 }, away: [TRY_AGAIN] },
  { route: "l/:code", fn: "loader", what: "an open class link", params: { code: LINK_CODE }, arrange: get(`/l/${LINK_CODE}`), answering: { status: 302 }, away: [{ status: 503, data: { state: "unavailable" } }] },
  // Kiosks.
  { route: "kiosk", fn: "loader", what: "a tablet already set up", arrange: get("/kiosk", tablet("survey")), answering: { status: 302, location: "/kiosk/start" }, away: [TRY_AGAIN] },
  {
    route: "kiosk", fn: "action", what: "setting a tablet up with a code",
    arrange: post("/kiosk", stranger, () => ({ code: DEMO_KIOSK.code })),
    answering: { status: 302, location: "/kiosk/start" }, away: [{ status: 503, data: { error: { key: "kiosk:errors.couldNotSave" } } }],
  },
  { route: "kiosk/start", fn: "loader", what: "a survey kiosk", arrange: get("/kiosk/start", tablet("survey")), answering: { status: 200, data: { shows: "survey" } }, away: [TRY_AGAIN] },
  { route: "kiosk/answer", fn: "loader", what: "a survey kiosk", arrange: get("/kiosk/answer", tablet("survey")), answering: { status: 200, data: { shows: "survey" } }, away: [TRY_AGAIN] },
  {
    route: "kiosk/answer", fn: "action", what: "a survey sent without script",
    arrange: post("/kiosk/answer", tablet("survey"), () => ({ response: crypto.randomUUID(), "q-centre-visits": "weekly", "q-needs": ["food", "housing"] })),
    answering: { status: 302, location: "/kiosk/thanks" }, away: [kioskNotSaved({ "centre-visits": ["weekly"], needs: ["food", "housing"] })],
  },
  {
    route: "kiosk/answer", fn: "action", what: "feedback sent without script",
    arrange: post("/kiosk/answer", tablet("feedback"), () => ({ response: crypto.randomUUID(), text: "More toys for toddlers, please." })),
    answering: { status: 302, location: "/kiosk/thanks" }, away: [kioskNotSaved({ text: ["More toys for toddlers, please."] })],
  },
  { route: "kiosk/thanks", fn: "loader", what: "a survey kiosk", arrange: get("/kiosk/thanks", tablet("survey")), answering: { status: 200 }, away: [TRY_AGAIN] },
  { route: "kiosk/exit", fn: "loader", what: "a kiosk's Exit this page", arrange: get("/kiosk/exit", tablet("survey")), answering: { status: 303, location: "/kiosk/start" }, away: [{ status: 303, location: "/kiosk/start" }], answersAnyFailure: true },
  { route: "kiosk/exit", fn: "action", what: "a kiosk's Exit this page", arrange: post("/kiosk/exit", tablet("survey"), () => ({})), answering: { status: 303, location: "/kiosk/start" }, away: [{ status: 303, location: "/kiosk/start" }], answersAnyFailure: true },
  { route: "kiosk/send", fn: "loader", what: "not a method it takes", arrange: get("/kiosk/send", tablet("survey")), answering: { status: 405 } },
  {
    route: "kiosk/send", fn: "action", what: "a survey from kiosk.js",
    arrange: postJson("/kiosk/send", tablet("survey"), () => ({ id: crypto.randomUUID(), fields: [["q-centre-visits", "monthly"], ["q-needs", "food"]] })),
    answering: { status: 200, data: { outcome: "stored" } }, away: [{ status: 503, data: { error: "unavailable" } }],
  },
  {
    route: "kiosk/send", fn: "action", what: "feedback from kiosk.js",
    arrange: postJson("/kiosk/send", tablet("feedback"), () => ({ id: crypto.randomUUID(), fields: [["text", "Lovely staff."]] })),
    answering: { status: 200, data: { outcome: "stored" } }, away: [{ status: 503, data: { error: "unavailable" } }],
  },
  { route: "you-said-we-did", fn: "loader", what: "the partnership's", arrange: get("/you-said-we-did?p=northshire"), answering: { status: 200, data: { unavailable: false } }, away: [WITHOUT_DATABASE] },
];

// ---- The routes ------------------------------------------------------------------------------------

const PUBLIC_ROUTES = [{ path: "(root)", file: "root.tsx" }, ...routeTable({ withIndex: true }).filter((r) => !r.path.startsWith("staff"))];

type RouteFunction = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
type RouteModule = Partial<Record<Scenario["fn"], RouteFunction>>;

const load = (file: string) => import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file)) as Promise<RouteModule>;

function matches(result: RunResult, outcome: Outcome): boolean {
  try {
    expect(result).toMatchObject(outcome);
    return true;
  } catch {
    return false;
  }
}

/** Runs the scenario once for a fresh visitor, the database stopping at query `failFrom`; caches are forgotten first, so every query runs. */
async function attempt(scenario: Scenario, run: RouteFunction, failFrom: number, failure?: () => Error) {
  const { client, request } = await scenario.arrange();
  forgetPartnerships();
  forgetOpenSurveys(t.db);
  const calls = { n: 0 };
  const result = await client.run(
    (ctx, req) => run({ context: ctx, request: req, params: scenario.params ?? {} }),
    request(),
    { ...context(), db: failingFrom(t.db, failFrom, calls, failure) },
  );
  return { result, calls: calls.n };
}

describe(`every public page with the database gone at each of its queries, on ${testDriver}`, () => {
  let quiet: MockInstance | undefined;
  beforeAll(async () => {
    tabletCookies.survey = await setUpTabletWith(DEMO_KIOSK.code);
    const [northshire] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
    const venueId = await createVenue(t.db, { partnershipId: northshire!.id, name: "Feedback kiosk (test)", surveyId: null });
    tabletCookies.feedback = await setUpTabletWith((await createKioskCode(t.db, { venueId, createdBy: null })).code);
    // Every step logs "database unavailable": the answers are what is checked.
    quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterAll(() => {
    quiet?.mockRestore();
  });

  it("has a scenario for every public loader and action in app/routes.ts, and none for a route that is not there", async () => {
    const missing: string[] = [];
    for (const { path: routePath, file } of PUBLIC_ROUTES) {
      const mod = await load(file);
      for (const fn of ["loader", "action"] as const) {
        if (mod[fn] && !SCENARIOS.some((s) => s.route === routePath && s.fn === fn)) missing.push(`${fn} of /${routePath}`);
      }
    }
    expect(missing).toEqual([]);
    expect(SCENARIOS.filter((s) => !PUBLIC_ROUTES.some((r) => r.path === s.route)).map((s) => s.route)).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [`${s.fn} of /${s.route}: ${s.what}`, s] as const))("%s", async (_, scenario) => {
    const file = PUBLIC_ROUTES.find((r) => r.path === scenario.route)?.file;
    expect(file, `/${scenario.route} is in app/routes.ts`).toBeDefined();
    const run = (await load(file!))[scenario.fn];
    expect(run, `/${scenario.route} has a ${scenario.fn}`).toBeTypeOf("function");

    const whole = await attempt(scenario, run!, Infinity);
    expect(whole.result, "with the database there").toMatchObject(scenario.answering);
    if (!scenario.away) {
      expect(whole.calls, "a route listed without outage answers asks the database nothing").toBe(0);
      return;
    }
    expect(whole.calls, "the route asks the database something").toBeGreaterThan(0);
    for (let failFrom = 1; failFrom <= whole.calls; failFrom++) {
      const { result } = await attempt(scenario, run!, failFrom);
      const where = `the database stopped answering at query ${failFrom} of ${whole.calls}`;
      expect(result.status, `${where}: ${result.data instanceof Error ? result.data.stack : ""}`).not.toBe(500);
      expect(
        scenario.away.some((outcome) => matches(result, outcome)),
        `${where}: answered ${result.status} ${result.location ?? ""} ${JSON.stringify(result.data)}`,
      ).toBe(true);
      if (result.status === 503) expect(result.headers?.get("Cache-Control"), `${where}: a 503 is not kept by anything in between`).toBe("no-store");
    }
    // Only the database being away is answered so: a bug at the first query still fails loudly.
    const bug = await attempt(scenario, run!, 1, () => new Error("a bug"));
    if (!scenario.answersAnyFailure) expect(bug.result, "a query failing with a bug").toMatchObject({ status: 500, data: { message: "a bug" } });
  });
});
