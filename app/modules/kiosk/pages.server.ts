import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { HelpContacts } from "#db/schema/index.ts";
import type { HelpAudience } from "~/components/help-at-once";
import { databaseUnavailablePage, isDatabaseUnavailable, logDatabaseUnavailable, unlessDatabaseUnavailable } from "~/modules/db/errors";
import { FIELDS as FEEDBACK_FIELDS, parseFeedback, type FeedbackValues } from "~/modules/feedback/feedback-form";
import { readForm } from "~/modules/http/form.server";
import { publicPartnership } from "~/modules/partnerships/partnerships.server";
import { publicOrigin } from "~/modules/links/staff.server";
import { EXIT_PATH, withPartnership } from "~/modules/safety/paths";
import { noteHelpAtOnce, showsHelpAtOnce } from "~/modules/safeguarding/triage.server";
import type { Question } from "~/modules/survey/definition";
import { youSaidPath } from "~/modules/you-said/paths";
import { findOpenSurvey, type PublishedSurvey } from "~/modules/survey/surveys.server";
import { findVenueByDevice, kioskCookieHeader, readKioskToken, redeemKioskCode, type KioskSetting } from "./kiosk.server";
import { KIOSK_FIELDS, KIOSK_PATHS, agreementField, agreementKey, answerField } from "./paths";
import { RESPONSE_ID, storeCompletedResponse, storeKioskFeedback, type RawAnswers } from "./store.server";

// The public kiosk pages. Every page is for the next person as much as this
// one: never cached, nothing about anyone kept between them. Responses carry
// the channel "kiosk" and the venue, never anything about the person.

export const KIOSK_NO_STORE = { "Cache-Control": "no-store" } as const;

/** Logs only the error's code: a failed query's message repeats its parameters. */
const logUnavailable = (error: unknown) => logDatabaseUnavailable(error, "kiosk");

// ---- Setting a tablet up ---------------------------------------------------------

export type SetUpError = { key: "kiosk:errors.enterCode" | "kiosk:errors.codeNotRight" | "kiosk:errors.tooManyTries" | "kiosk:errors.couldNotSave" };

export async function loadSetUpPage(context: AppLoadContext, request: Request) {
  // Whether this tablet is a kiosk already cannot be told without the database: "try again in a minute".
  const venue = await unlessDatabaseUnavailable(() => findVenueByDevice(context.db, readKioskToken(context, request)), databaseUnavailablePage);
  if (venue) throw redirect(KIOSK_PATHS.start, { headers: KIOSK_NO_STORE });
  return data({}, { headers: KIOSK_NO_STORE });
}

export async function setUpTablet(context: AppLoadContext, request: Request) {
  const form = await readForm(request);
  const refuse = (key: SetUpError["key"], status: number) =>
    data({ error: { key } satisfies SetUpError }, { status, headers: status === 429 ? { ...KIOSK_NO_STORE, "Retry-After": "60" } : KIOSK_NO_STORE });
  if (!context.allowPublicPost()) return refuse("kiosk:errors.tooManyTries", 429);
  const typed = String(form.get(KIOSK_FIELDS.code) ?? "");
  if (typed.trim() === "") return refuse("kiosk:errors.enterCode", 400);
  try {
    const result = await redeemKioskCode(context.db, typed);
    // Wrong, used, out of date: one answer for all, so a code cannot be probed.
    if (!result.ok) return refuse("kiosk:errors.codeNotRight", 400);
    return redirect(KIOSK_PATHS.start, {
      headers: { ...KIOSK_NO_STORE, "Set-Cookie": kioskCookieHeader(context, request, result.token) },
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logUnavailable(error);
    return refuse("kiosk:errors.couldNotSave", 503);
  }
}

// ---- The kiosk and what it shows ---------------------------------------------------------

interface Kiosk {
  venue: KioskSetting;
  /** The survey it shows, when open; null for the feedback form or a survey that is closed. */
  survey: PublishedSurvey | null;
  shows: "survey" | "feedback" | "nothing";
  contacts: HelpContacts;
  areas: string[];
  audience: HelpAudience;
}

/** This tablet's kiosk for a page, or the "try again in a minute" page (503) while the database is away. */
function requireKioskPage(context: AppLoadContext, request: Request): Promise<Kiosk> {
  return unlessDatabaseUnavailable(() => requireKiosk(context, request), databaseUnavailablePage);
}

/** This tablet's kiosk, or the set-up page for a tablet that is not (or no longer) one. */
async function requireKiosk(context: AppLoadContext, request: Request): Promise<Kiosk> {
  const venue = await findVenueByDevice(context.db, readKioskToken(context, request));
  if (!venue) throw redirect(KIOSK_PATHS.setUp, { headers: KIOSK_NO_STORE });
  const partnership = await publicPartnership(context.db, venue.partnership.slug);
  if (!partnership) throw redirect(KIOSK_PATHS.setUp, { headers: KIOSK_NO_STORE });
  const survey = venue.surveySlug ? await findOpenSurvey(context.db, venue.surveySlug) : null;
  const shows = venue.surveyId === null ? "feedback" : survey ? "survey" : "nothing";
  const adults = survey?.audience === "parents" || survey?.audience === "professionals";
  return {
    venue,
    survey,
    shows,
    contacts: partnership.helpContacts,
    areas: partnership.areas,
    audience: shows === "survey" ? (adults ? "adults" : "children") : "everyone",
  };
}

/** What every kiosk page tells the page around it (and kiosk.js). */
function kioskBasics(kiosk: Kiosk, request: Request) {
  return {
    venue: { name: kiosk.venue.name, idleSeconds: kiosk.venue.idleSeconds },
    partnership: { slug: kiosk.venue.partnership.slug, name: kiosk.venue.partnership.name },
    shows: kiosk.shows,
    contacts: kiosk.contacts,
    audience: kiosk.audience,
    // Every thank-you says where to see what was done with what people said.
    youSaidUrl: publicOrigin(request) + youSaidPath(kiosk.venue.partnership.slug),
  };
}

export async function loadStartPage(context: AppLoadContext, request: Request) {
  const kiosk = await requireKioskPage(context, request);
  return data(
    {
      ...kioskBasics(kiosk, request),
      survey: kiosk.survey
        ? { title: kiosk.survey.definition.title, summary: kiosk.survey.definition.summary, minutes: kiosk.survey.definition.minutes }
        : null,
    },
    { headers: KIOSK_NO_STORE },
  );
}

/** The answer page: a fresh id on every load, so one page can only ever store one response. */
export async function loadAnswerPage(context: AppLoadContext, request: Request) {
  const kiosk = await requireKioskPage(context, request);
  if (kiosk.shows === "nothing") throw redirect(KIOSK_PATHS.start, { headers: KIOSK_NO_STORE });
  return data(
    {
      ...kioskBasics(kiosk, request),
      responseId: crypto.randomUUID(),
      survey: kiosk.survey
        ? { title: kiosk.survey.definition.title, versionId: kiosk.survey.versionId, questions: kiosk.survey.definition.questions }
        : null,
      areas: kiosk.areas,
      // This request's action showed help at once (the page title follows it).
      helpAtOnce: showsHelpAtOnce(context),
    },
    { headers: KIOSK_NO_STORE },
  );
}

/** Problems by question id (survey) or field name (feedback), plus `form` for the whole form: i18n keys with values. */
export type KioskFormErrors = Record<string, { key: string; values?: Record<string, string | number> }>;

/** Reads a survey's answers from posted fields (a form, or the JSON kiosk.js sends). */
function rawAnswers(questions: readonly Question[], getAll: (name: string) => string[]): RawAnswers {
  return Object.fromEntries(
    questions.flatMap((q) => [
      [q.id, getAll(answerField(q.id))],
      ...(q.type === "draft_text" ? [[agreementKey(q.id), getAll(agreementField(q.id))]] : []),
    ]),
  );
}

type Sent =
  | { kind: "sent"; id: string; outcome: "stored" | "already_stored"; mayDisclose: boolean }
  | { kind: "invalid"; id: string; errors: KioskFormErrors; values: Record<string, string[]> };

/** Stores what one person sent at this kiosk, whichever way it came. */
async function storeSent(context: AppLoadContext, kiosk: Kiosk, fields: { getAll: (name: string) => string[]; get: (name: string) => string }): Promise<Sent> {
  const posted = fields.get(KIOSK_FIELDS.id);
  const id = RESPONSE_ID.test(posted) ? posted.toLowerCase() : crypto.randomUUID();
  if (kiosk.shows === "survey" && kiosk.survey) {
    const answers = rawAnswers(kiosk.survey.definition.questions, fields.getAll);
    const result = await storeCompletedResponse(context.db, {
      responseId: id,
      survey: kiosk.survey,
      answers,
      channel: "kiosk",
      venueId: kiosk.venue.id,
      versionId: fields.get(KIOSK_FIELDS.version) || null,
    });
    if (result.outcome === "invalid") {
      return { kind: "invalid", id, errors: result.errors, values: { ...(answers as Record<string, string[]>), ...result.kept } };
    }
    return { kind: "sent", id, outcome: result.outcome, mayDisclose: result.mayDisclose };
  }
  const values: FeedbackValues = {
    text: fields.get(FEEDBACK_FIELDS.text),
    from: fields.get(FEEDBACK_FIELDS.from),
    age: fields.get(FEEDBACK_FIELDS.age),
    area: fields.get(FEEDBACK_FIELDS.area),
    honeypot: "",
  };
  const parsed = parseFeedback(values, kiosk.areas);
  if (parsed.kind === "invalid") {
    return { kind: "invalid", id, errors: parsed.errors as KioskFormErrors, values: { text: [values.text], from: [values.from], age: [values.age], area: [values.area] } };
  }
  const stored = await storeKioskFeedback(context.db, { ...parsed.feedback, id, partnershipId: kiosk.venue.partnership.id, venueId: kiosk.venue.id });
  return { kind: "sent", id, ...stored };
}

/**
 * The answer page's form, sent without script: stores it and shows the
 * thank-you page. When the answers may disclose harm, help is this response's
 * page (not a redirect, so neither the address nor the history says so).
 */
export async function sendAnswerPage(context: AppLoadContext, request: Request) {
  const form = await readForm(request);
  const posted = String(form.get(KIOSK_FIELDS.id) ?? "");
  const formProblem = (key: "kiosk:errors.tooManyTries" | "kiosk:errors.couldNotSave", status: number) => {
    const errors: KioskFormErrors = { form: { key } };
    const values: Record<string, string[]> = {};
    for (const [name, value] of form.entries()) if (typeof value === "string") (values[name] ??= []).push(value);
    return data({ errors, values: formValuesByQuestion(values), responseId: posted }, { status, headers: KIOSK_NO_STORE });
  };
  try {
    // Inside the try: the venue is a query too, and what was typed is kept whichever query fails.
    const kiosk = await requireKiosk(context, request);
    if (!context.allowPublicPost()) return formProblem("kiosk:errors.tooManyTries", 429);
    const sent = await storeSent(context, kiosk, {
      getAll: (name) => form.getAll(name).filter((v): v is string => typeof v === "string"),
      get: (name) => String(form.get(name) ?? ""),
    });
    if (sent.kind === "invalid") {
      return data({ errors: sent.errors, values: sent.values, responseId: sent.id }, { status: 400, headers: KIOSK_NO_STORE });
    }
    if (sent.mayDisclose) {
      noteHelpAtOnce(context);
      return data({ sent: true as const, help: true as const }, { headers: KIOSK_NO_STORE });
    }
    return redirect(KIOSK_PATHS.thanks, { headers: KIOSK_NO_STORE });
  } catch (error) {
    if (error instanceof Response || !isDatabaseUnavailable(error)) throw error;
    logUnavailable(error);
    return formProblem("kiosk:errors.couldNotSave", 503);
  }
}

/** Posted `q-<id>` fields keyed by question id (what the page shows again after a problem). */
function formValuesByQuestion(values: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(values).map(([name, list]) => [name.startsWith("q-") ? name.slice(2) : name, list]));
}

export async function loadThanksPage(context: AppLoadContext, request: Request) {
  const kiosk = await requireKioskPage(context, request);
  return data(kioskBasics(kiosk, request), { headers: KIOSK_NO_STORE });
}

// ---- "Exit this page" on a kiosk ------------------------------------------------------------

/**
 * The kiosk's own exit: what the person was doing is dropped (nothing is kept
 * until they send) and the tablet shows its neutral start page, still a kiosk:
 * no Clear-Site-Data, which would delete the device cookie and the queue of
 * answers waiting to be sent. A browser that is not a kiosk exits the usual way.
 */
export async function exitKiosk(context: AppLoadContext, request: Request): Promise<Response> {
  let venue: KioskSetting | null = null;
  try {
    venue = await findVenueByDevice(context.db, readKioskToken(context, request));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error("kiosk exit: lookup failed");
    // The tablet still leaves the page at once: its start page sorts the rest out.
    return new Response(null, { status: 303, headers: { Location: KIOSK_PATHS.start, ...KIOSK_NO_STORE } });
  }
  const slug = new URL(request.url).searchParams.get("p");
  const location = venue ? KIOSK_PATHS.start : withPartnership(EXIT_PATH, slug);
  return new Response(null, { status: 303, headers: { Location: location, ...KIOSK_NO_STORE } });
}

// ---- The JSON endpoint kiosk.js sends to ---------------------------------------------------------

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...KIOSK_NO_STORE, ...headers },
  });
}

const MAX_FIELDS = 500;

/** `{ id, version?, fields: [[name, value], ...] }`, or null for anything else. */
function readRecord(body: unknown): { id: string; version: string; fields: [string, string][] } | null {
  if (!body || typeof body !== "object") return null;
  const { id, version, fields } = body as { id?: unknown; version?: unknown; fields?: unknown };
  if (typeof id !== "string" || !RESPONSE_ID.test(id)) return null;
  if (!Array.isArray(fields) || fields.length > MAX_FIELDS) return null;
  const pairs: [string, string][] = [];
  for (const pair of fields) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || typeof pair[1] !== "string") return null;
    pairs.push([pair[0], pair[1]]);
  }
  return { id, version: typeof version === "string" ? version : "", fields: pairs };
}

/**
 * A finished response from kiosk.js (just sent, or kept while offline).
 * Only a kiosk tablet may post here. Answers: 200 `{ id, outcome, help }`
 * once stored (or already stored: a resend is harmless), 422 `{ id, errors }`
 * for answers that cannot be stored; anything else means "try again later".
 */
export async function receiveKioskRecord(context: AppLoadContext, request: Request): Promise<Response> {
  if (request.method !== "POST") return json({ error: "method" }, 405, { Allow: "POST" });
  const token = readKioskToken(context, request);
  if (!token) return json({ error: "not-a-kiosk" }, 403);
  if (!context.allowPublicPost()) return json({ error: "too-many" }, 429, { "Retry-After": "60" });
  // JSON only: a form from another site cannot send it without asking first (and the cookie is SameSite=Strict anyway).
  if (!/^application\/json\b/i.test(request.headers.get("Content-Type") ?? "")) return json({ error: "body" }, 415);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "body" }, 400);
  }
  const record = readRecord(body);
  if (!record) return json({ error: "body" }, 400);
  try {
    let kiosk: Kiosk;
    try {
      kiosk = await requireKiosk(context, request);
    } catch (thrown) {
      if (thrown instanceof Response) return json({ error: "not-a-kiosk" }, 403);
      throw thrown;
    }
    if (kiosk.shows === "nothing") return json({ id: record.id, error: "closed" }, 409);
    const all = (name: string) => record.fields.filter(([k]) => k === name).map(([, v]) => v);
    const sent = await storeSent(context, kiosk, {
      getAll: all,
      get: (name) => (name === KIOSK_FIELDS.id ? record.id : name === KIOSK_FIELDS.version ? record.version : (all(name)[0] ?? "")),
    });
    if (sent.kind === "invalid") return json({ id: record.id, errors: sent.errors }, 422);
    return json({ id: sent.id, outcome: sent.outcome, help: sent.mayDisclose }, 200);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logUnavailable(error);
    return json({ error: "unavailable" }, 503, { "Retry-After": "30" });
  }
}
