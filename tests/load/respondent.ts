import { Client, NetworkError, form, sleep, type Balancer, type Reply, type Stats } from "./http";
import english from "../../app/locales/en/common.json";

// A simulated young person answering the demo survey (app/modules/demo/demo-surveys.ts,
// "demo-young-people") as a browser without JavaScript does: start page, Start now,
// the page about "Exit this page", each question (GET the page, POST the answer,
// follow the redirect), Check your answers, Send, the confirmation.

export const SLUG = "demo-young-people";
const base = `/s/${SLUG}`;

/** The English texts the app shows when the database is away (app/locales/en/common.json). */
export const COULD_NOT_SAVE = english.errors.couldNotSave;
/** A page that cannot be shown without the database ("please try again in a minute"). */
export const COULD_NOT_LOAD = english.errors.couldNotLoad;

type Kind = "choice" | "choices" | "text";
interface QuestionSpec {
  id: string;
  kind: Kind;
  options?: string[];
  /** Shown only when asked-for-help was answered with this. */
  when?: string;
}

const FACES = ["very-sad", "sad", "ok", "happy", "very-happy"];
export const QUESTIONS: QuestionSpec[] = [
  { id: "home-feel", kind: "choice", options: FACES },
  { id: "home-basics", kind: "choices", options: ["food", "clothes", "bed", "adult"] },
  { id: "school-feel", kind: "choice", options: FACES },
  { id: "trusted-adult", kind: "choice", options: ["yes", "no"] },
  { id: "listened-to", kind: "choice", options: ["always", "sometimes", "hardly-ever", "never", "not-sure"] },
  { id: "asked-for-help", kind: "choice", options: ["yes", "no"] },
  { id: "help-after-asking", kind: "choice", options: ["helped", "tried", "nothing"], when: "yes" },
  { id: "hard-to-ask", kind: "choices", options: ["who-to-ask", "my-fault", "scared", "trouble"], when: "no" },
  { id: "help-ways", kind: "choices", options: ["face-to-face", "phone", "text-chat", "school", "family-friend"] },
  { id: "one-change", kind: "text" },
  { id: "anything-else", kind: "text" },
];

// Everyday wishes (nothing that reads as harm, so no page of help comes up instead of the next question).
const WISHES = [
  "More places to go after school",
  "A youth club that is open at weekends",
  "Cheaper buses into town",
  "More sports clubs for girls",
  "Somewhere quiet to do homework",
  "Free swimming in the holidays",
];

export type StoredValue = { choice: string } | { choices: string[] } | { text: string };

export interface Journey {
  responseId: string | null;
  /** What the database must hold for this response once it is sent. */
  expected: Record<string, StoredValue>;
  /** The send was answered with the confirmation: the person was told their answers are in. */
  acknowledged: boolean;
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
function some<T>(xs: readonly T[]): T[] {
  const chosen = xs.filter(() => Math.random() < 0.4);
  return chosen.length > 0 ? chosen : [pick(xs)];
}

/** A whole answer plan: one value per question this person will be shown (skip logic followed). */
function plan(tag: string): Record<string, StoredValue | null> {
  const answers: Record<string, StoredValue | null> = {};
  for (const q of QUESTIONS) {
    const asked = answers["asked-for-help"];
    if (q.when && !(asked && "choice" in asked && asked.choice === q.when)) continue;
    if (q.kind === "choice") answers[q.id] = { choice: pick(q.options!) };
    else if (q.kind === "choices") answers[q.id] = { choices: some(q.options!) };
    // "Anything else" is left empty by about half: skipping stores nothing.
    else answers[q.id] = q.id === "anything-else" && Math.random() < 0.5 ? null : { text: `${pick(WISHES)} (${tag})` };
  }
  return answers;
}

function fieldsOf(value: StoredValue | null): string[] {
  if (!value) return [""]; // an empty box, as a browser sends it
  if ("choice" in value) return [value.choice];
  if ("choices" in value) return value.choices;
  return [value.text];
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** Does the re-rendered question page still hold what the person gave? */
export function pageKeeps(body: string, value: StoredValue | null): boolean {
  if (!value) return true;
  if ("text" in value) {
    const textarea = /<textarea[^>]*name="answer"[^>]*>([\s\S]*?)<\/textarea>/.exec(body);
    return !!textarea && textarea[1]!.includes(escapeHtml(value.text));
  }
  const inputs = body.match(/<input[^>]*name="answer"[^>]*>/g) ?? [];
  const checked = inputs.filter((tag) => /\schecked(=""|\b)/.test(tag)).map((tag) => /value="([^"]*)"/.exec(tag)?.[1]);
  const wanted = "choice" in value ? [value.choice] : value.choices;
  return wanted.length === checked.length && wanted.every((v) => checked.includes(v));
}

export interface RespondentOptions {
  balancer: Balancer;
  stats: Stats;
  tag: string;
  /** Most tries of one step that got a wrong answer (a 500, an unexpected page) before giving up the journey. */
  maxStepErrors?: number;
}

/**
 * One person, start to finish. Network failures are sent again to another
 * process; "we could not save that" is checked (the message, and what was
 * typed kept in the form) and the same answer is sent again after a pause.
 */
export async function runJourney(options: RespondentOptions, journey: Journey): Promise<void> {
  const { stats } = options;
  const client = new Client(options.balancer, stats);
  const maxStepErrors = options.maxStepErrors ?? 20;
  const answers = plan(options.tag);

  /** Repeats one POST until it gets `expect`, handling the database being away. */
  async function post(path: string, fields: Record<string, string | string[]>, expect: (r: Reply) => boolean, kept: StoredValue | null) {
    let wrong = 0;
    for (;;) {
      const reply = await client.send("POST", path, form(fields));
      if (expect(reply)) return reply;
      if (reply.status === 503 && reply.body.includes(COULD_NOT_SAVE)) {
        stats.couldNotSave++;
        if (!pageKeeps(reply.body, kept)) stats.error(`POST ${path}: the "could not save" page lost what was given`);
        else if (kept) stats.answersKept++;
      } else {
        stats.error(`POST ${path}: ${reply.status} ${reply.location ?? ""} ${snippet(reply.body)}`);
        if (++wrong >= maxStepErrors) throw new Error(`POST ${path}: gave up after ${wrong} wrong answers`);
      }
      await sleep(300 + Math.random() * 700);
    }
  }

  async function get(path: string, ok: (r: Reply) => boolean): Promise<Reply> {
    let wrong = 0;
    for (;;) {
      const reply = await client.send("GET", path);
      if (ok(reply)) return reply;
      if (reply.status === 503 && /<form/.test(reply.body)) {
        // "We cannot reach our system just now": the page still has its form.
        stats.unavailablePages++;
        return reply;
      }
      if (reply.status === 503 && reply.body.includes(COULD_NOT_LOAD)) {
        // A page with nothing to send (the confirmation) says to try again in a minute: the person reloads.
        stats.unavailablePages++;
        await sleep(300 + Math.random() * 700);
        continue;
      }
      stats.error(`GET ${path}: ${reply.status} ${reply.location ?? ""} ${snippet(reply.body)}`);
      if (++wrong >= maxStepErrors) throw new Error(`GET ${path}: gave up after ${wrong} wrong answers`);
      await sleep(300 + Math.random() * 700);
    }
  }

  const start = await get(base, (r) => r.status === 200);
  const responseId = /name="response" value="([0-9a-f-]{36})"/.exec(start.body)?.[1];
  if (!responseId) throw new Error(`the start page has no response id: ${snippet(start.body)}`);
  journey.responseId = responseId;
  const begun = await post(base, { response: responseId }, (r) => r.status === 302 && !!r.location?.startsWith("/before-you-start"), null);
  await get(begun.location!, (r) => r.status === 200);

  const shown = QUESTIONS.filter((q) => q.id in answers);
  for (const [i, q] of shown.entries()) {
    const path = `${base}/q/${q.id}`;
    await get(path, (r) => r.status === 200);
    const value = answers[q.id]!;
    const next = i + 1 < shown.length ? `${base}/q/${shown[i + 1]!.id}` : `${base}/check`;
    await post(path, { response: responseId, answer: fieldsOf(value) }, (r) => r.status === 302 && r.location === next, value);
    if (value) journey.expected[q.id] = value;
  }

  await get(`${base}/check`, (r) => r.status === 200);
  await post(`${base}/check`, { response: responseId }, (r) => r.status === 302 && r.location === `${base}/done`, null);
  journey.acknowledged = true;
  await get(`${base}/done`, (r) => r.status === 200);
}

/**
 * `respondents` people at once, each starting a new journey as soon as the
 * last is done, until `seconds` have passed (journeys under way then finish).
 */
export async function runRespondents(options: {
  balancer: Balancer;
  stats: Stats;
  respondents: number;
  seconds: number;
  label: string;
}): Promise<Journey[]> {
  const journeys: Journey[] = [];
  const until = Date.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.respondents }, async (_, person) => {
      // Spread the first requests over the first second, as people arrive.
      await sleep(Math.random() * 1000);
      for (let n = 0; Date.now() < until; n++) {
        const journey: Journey = { responseId: null, expected: {}, acknowledged: false };
        journeys.push(journey);
        try {
          await runJourney({ balancer: options.balancer, stats: options.stats, tag: `${options.label}-${person}-${n}` }, journey);
        } catch (error) {
          options.stats.error(`journey given up: ${error instanceof NetworkError ? error.message : String(error)}`);
          await sleep(1000);
        }
      }
    }),
  );
  return journeys;
}

function snippet(body: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(body)?.[1];
  return title ?? body.slice(0, 120).replace(/\s+/g, " ");
}
