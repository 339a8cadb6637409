import type { AppLoadContext } from "@remix-run/node";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import type { Database } from "~/modules/db/client.server";
import { englishResources } from "~/modules/i18n/english";
import { BASE } from "./integration-client";
import { fieldValue, nastyText, wellFormed } from "./fuzz-values";

export { fieldValue, fuzzParameters, fuzzRuns, hugeText, nastyText, wellFormed } from "./fuzz-values";

// Property-based fuzzing of the public forms (tests/fuzz) and validators:
// arbitrary bodies, the outcome of a route module's loader or action, and the
// checks every answer must pass (never a 5xx, a clear message on refusal).

export const FUZZ_SECRET = "a-fuzz-secret-that-is-long-enough-0001";

/** A load context whose rate limit never refuses: the fuzzer tests validation, not the limiter. */
export function fuzzContext(db: () => Database): () => AppLoadContext {
  return () => ({ db: db(), cookieSecrets: [FUZZ_SECRET], production: false, allowPublicPost: () => true });
}

// ---- Bodies ----------------------------------------------------------------------

export type FuzzBody =
  | { kind: "urlencoded"; fields: [string, string][] }
  | { kind: "multipart"; fields: [string, string][] }
  | { kind: "raw"; contentType: string | null; body: string | Uint8Array };

/** The fields a page's form has (name → the values it could send); the body may have any of them, twice, or others. */
export type FieldSpec = Record<string, readonly string[]>;

function fieldsFor(spec: FieldSpec): fc.Arbitrary<[string, string][]> {
  const names = Object.keys(spec);
  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: nastyText });
  // Own keys only: a fuzzed name such as "constructor" must not find Object.prototype's.
  const known = (n: string): readonly string[] => (Object.hasOwn(spec, n) ? spec[n]! : []);
  const pair = name.chain((n) => fc.tuple(fc.constant(n), fieldValue(known(n))));
  // Usually every field once (as the page sends it), then some fuzzed, missing, duplicated or extra.
  const asSent = fc.tuple(...names.map((n) => fieldValue(known(n)).map((v) => [n, v] as [string, string])));
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(asSent, fc.array(pair, { maxLength: 4 })).map(([a, b]) => [...a, ...b]) },
    { weight: 1, arbitrary: fc.tuple(asSent, fc.func(fc.boolean())).map(([a, keep]) => a.filter((p) => keep(p[0]))) },
    { weight: 1, arbitrary: fc.array(pair, { maxLength: 8 }) },
  );
}

const rawBody: fc.Arbitrary<FuzzBody> = fc.record({
  kind: fc.constant("raw" as const),
  contentType: fc.constantFrom(
    null,
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin1",
    "multipart/form-data; boundary=x",
    "multipart/form-data",
    "application/json",
    "text/plain",
    "text/html; charset=utf-7",
    "application/octet-stream",
    "image/png",
    "",
  ),
  body: fc.oneof(
    fc.constantFrom(
      "",
      "%",
      "answer=%ED%A0%80&response=%zz",
      "a=1&&&=&==",
      "--x\r\nContent-Disposition: form-data; name=\"answer\"\r\n\r\nyes",
      "--x\r\nbroken",
      "--x--",
      "{\"answer\":[\"yes\"]}",
      "[[\"answer\",\"yes\"]]",
      "null",
      "\u0000\u0000",
    ),
    nastyText,
    fc.uint8Array({ maxLength: 200 }),
  ),
});

/** Any body a client could send: a form like the page's, a broken one, or something else entirely. */
export function formBody(spec: FieldSpec): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: 6, arbitrary: fieldsFor(spec).map((fields) => ({ kind: "urlencoded" as const, fields })) },
    { weight: 2, arbitrary: fieldsFor(spec).map((fields) => ({ kind: "multipart" as const, fields })) },
    { weight: 2, arbitrary: rawBody },
  );
}

/** The values a body carries for `name` (what the app would read, as far as a well-formed form goes). */
export function postedValues(body: FuzzBody, name: string): string[] | null {
  if (body.kind === "raw") return null;
  // The request's body is UTF-8: a lone surrogate arrives as U+FFFD.
  return body.fields.filter(([n]) => n === name).map(([, v]) => wellFormed(v));
}


export function fuzzRequest(path: string, body: FuzzBody, headers: Record<string, string> = {}): Request {
  const h = new Headers(headers);
  let payload: BodyInit;
  if (body.kind === "urlencoded") {
    payload = new URLSearchParams(body.fields);
  } else if (body.kind === "multipart") {
    const form = new FormData();
    for (const [name, value] of body.fields) form.append(name, value);
    payload = form;
  } else {
    if (body.contentType !== null) h.set("Content-Type", body.contentType);
    payload = typeof body.body === "string" ? body.body : new Blob([new Uint8Array(body.body)]);
  }
  const request = new Request(BASE + path, { method: "POST", headers: h, body: payload });
  // A raw body with no type given: fetch would add text/plain; a browser could send none.
  if (body.kind === "raw" && body.contentType === null) request.headers.delete("Content-Type");
  return request;
}

// ---- Outcomes ----------------------------------------------------------------------

export interface Outcome {
  status: number;
  location: string | null;
  data: unknown;
  headers: Headers;
  /** Set when the module threw something that is not a response: the server would answer 500. */
  crash?: unknown;
}

/** Runs a loader or action as Remix would, turning what it returns or throws into a status. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  // PGlite answers on this thread through promises alone: without a turn of
  // the event loop now and then, a 10,000-case property keeps the worker from
  // reading vitest's RPC replies, which then time out ("onTaskUpdate").
  await new Promise((resolve) => setImmediate(resolve));
  let result: unknown;
  try {
    result = await run();
  } catch (thrown) {
    result = thrown;
    const single = thrown as { type?: string };
    if (!(thrown instanceof Response) && single?.type !== "DataWithResponseInit") {
      return { status: 500, location: null, data: undefined, headers: new Headers(), crash: thrown };
    }
  }
  if (result instanceof Response) {
    const type = result.headers.get("Content-Type") ?? "";
    const data = type.startsWith("application/json") ? await result.json().catch(() => undefined) : undefined;
    return { status: result.status, location: result.headers.get("Location"), data, headers: result.headers };
  }
  const single = result as { type?: string; data: unknown; init?: ResponseInit | null };
  if (single?.type === "DataWithResponseInit") {
    const headers = new Headers(single.init?.headers);
    return { status: single.init?.status ?? 200, location: headers.get("Location"), data: single.data, headers };
  }
  return { status: 200, location: null, data: result, headers: new Headers() };
}

/** A readable line for a failed case. */
export function describeOutcome(outcome: Outcome): string {
  const crash = outcome.crash instanceof Error ? `${outcome.crash.name}: ${outcome.crash.message}\n${outcome.crash.stack}` : String(outcome.crash ?? "");
  return `status ${outcome.status}${outcome.location ? ` → ${outcome.location}` : ""} ${crash || JSON.stringify(outcome.data)?.slice(0, 400)}`;
}

/** Does the English text for an error key exist ("errors.chooseOne", "feedback:errors.tooLong")? */
export function messageExists(key: string): boolean {
  const [ns, path] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
  let node: unknown = (englishResources as Record<string, unknown>)[ns];
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" && node.trim() !== "";
}

/** Every error key in an `errors` object (or a single `error`), with the field it belongs to. */
export function errorKeys(data: unknown): { field: string; key: unknown }[] {
  const d = data as { errors?: Record<string, { key?: unknown } | string>; error?: { key?: unknown } } | null | undefined;
  if (d?.error && typeof d.error === "object") return [{ field: "form", key: d.error.key }];
  return Object.entries(d?.errors ?? {}).map(([field, e]) => ({ field, key: typeof e === "string" ? e : e?.key }));
}

/**
 * A page that refuses a post says why: at least one error, each a message
 * that exists in English. `allowBare`: statuses answered without a page
 * of errors (a not-found page).
 */
export function assertClearRefusal(outcome: Outcome, allowBare: readonly number[] = [404]): string | null {
  if (outcome.status >= 500) return `server error: ${describeOutcome(outcome)}`;
  if (outcome.status < 400) return null;
  if (allowBare.includes(outcome.status) && (outcome.data === null || outcome.data === undefined)) return null;
  const keys = errorKeys(outcome.data);
  if (keys.length === 0) return `refused without a message: ${describeOutcome(outcome)}`;
  const missing = keys.filter((k) => typeof k.key !== "string" || !messageExists(k.key));
  if (missing.length > 0) return `a message with no words: ${JSON.stringify(missing)}`;
  return null;
}

/** Row counts of the tables a public post writes to: equal before and after means nothing was stored. */
export async function storedCounts(db: Database): Promise<Record<string, number>> {
  const result = (await db.execute(sql`
    select (select count(*) from responses)::int as responses,
           (select count(*) from responses where status = 'submitted')::int as submitted,
           (select count(*) from answers)::int as answers,
           (select count(*) from feedback)::int as feedback,
           (select count(*) from triage_flags)::int as flags,
           (select count(*) from text_items)::int as text_items,
           (select count(*) from kiosk_devices)::int as kiosk_devices
  `)) as unknown as { rows?: Record<string, number>[] } | Record<string, number>[];
  const rows = Array.isArray(result) ? result : (result.rows ?? []);
  return rows[0]!;
}

/**
 * Watches what a run of cases stores, one query per case: `check(refused)`
 * after each case fails if a refused case changed any count.
 */
export async function storeWatch(db: Database): Promise<{ check: (refused: boolean, label?: string) => Promise<void> }> {
  let last = await storedCounts(db);
  return {
    check: async (refused, label = "") => {
      const now = await storedCounts(db);
      if (refused && JSON.stringify(now) !== JSON.stringify(last)) {
        throw new Error(`${label} stored something on refusal: ${JSON.stringify(last)} → ${JSON.stringify(now)}`);
      }
      last = now;
    },
  };
}
