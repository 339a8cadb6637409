// Heard's benchmark (not a test): `npx remix vite:build && npm run bench`.
//
// Everything runs in one go on one machine and the results are ratios, so
// they mean the same on a laptop and on CI:
//
//  (a) survey submissions per second, end to end over HTTP, against raw
//      postgres.js single-row inserts per second into the same PostgreSQL
//      server with the same pool size (10). Goal: at least 0.5. Every
//      submission the app acknowledged (a redirect to /done) must be stored:
//      the run fails on "lost" > 0.
//  (b) requests per second for the survey's first question page served by the
//      app against the same HTML sent by a bare node:http server, with the
//      same load generator (autocannon). Goal: at least 0.08.
//  (c) the analyser (disclosure, themes, sentiment, redaction: what every
//      free-text answer goes through) in answers per second on one core,
//      i.e. per second of the process's CPU time (goal: at least 2,000), and
//      against one bare wink-nlp parse of the same texts in the same run.
//  (d) the themed summary of one implementation group for one quarter
//      (buildThemedSummary), over BENCH_ANSWERS generated answers
//      (tests/bench/generate-answers.ts), against a plain GROUP BY counting the
//      same group's texts per code in the same quarter, on the same rows, in the
//      same run (median of several runs each). Goal: at most 3 times as long.
//
// TEST_DATABASE_URL (set by tests/support/with-postgres.sh) names a server
// where databases can be created; the benchmark makes its own and drops them.
// Knobs: BENCH_SECONDS (default 8), BENCH_CONCURRENCY (default 50),
// BENCH_ANSWERS (default 500000; a small number for a quick try),
// BENCH_PARTS (default "abcd": which measurements to run, e.g. "bd").

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { analyseRecord } from "~/modules/analysis/pipeline";
import { openDatabase } from "~/modules/db/client.server";
import { buildThemedSummary } from "~/modules/reports/summary.server";
import { YOUNG_PEOPLE_SURVEY } from "~/modules/demo/demo-surveys";
import { THEME_FIXTURES } from "~/modules/themes/theme-fixtures";
import { parseText } from "~/modules/themes/text";
import { startApp, type RunningApp } from "../support/app-server";
import { generateAnswers, plainGroupBy } from "./generate-answers";
import { PROJECT_ROOT, TMP_DIR } from "../support/paths";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const POOL_SIZE = 10;
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 500_000);
const PARTS = new Set((process.env.BENCH_PARTS ?? "abcd").toLowerCase().split(""));
const SLUG = "demo-young-people";
const FIRST_QUESTION = "home-feel";
const GOAL_SUBMIT = 0.5;
const GOAL_PAGE = 0.08;
const GOAL_ANALYSIS = 2000;
const GOAL_SUMMARY = 3;
/** The questions each virtual respondent answers; the two required ones are among them. */
const ANSWERED = ["home-feel", "trusted-adult", "listened-to", "asked-for-help"] as const;
/** Same request headers as a browser's that matter to the server. */
const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-GB,en;q=0.9",
} as const;

// ---- small helpers -----------------------------------------------------------

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function latencySummary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${fmt(pct(sorted, 50), 1)} ms, p99 ${fmt(pct(sorted, 99), 1)} ms`;
}

function heading(title: string) {
  console.log(`\n== ${title} ${"=".repeat(Math.max(0, 70 - title.length))}`);
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` in `concurrency` loops until `seconds` have passed; in-flight work is let finish. */
async function forDuration(seconds: number, concurrency: number, work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) await work();
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Runs `work` once per item with `concurrency` workers; returns the elapsed seconds. */
async function forEach<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

// ---- (c) the analyser against a bare parse ---------------------------------------

/**
 * How many times `work` runs over `texts` (round and round) per second of this
 * process's CPU time, for `seconds` of it: "on one core", whatever else the
 * machine is doing (wall-clock rates swing with other load; CPU time barely).
 */
function ratePerSecond(texts: readonly string[], seconds: number, work: (text: string) => unknown): number {
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  const started = process.cpuUsage();
  let done = 0;
  while (cpuSeconds(started) < seconds) {
    for (let i = 0; i < 16; i++) work(texts[done++ % texts.length]!);
  }
  return done / cpuSeconds(started);
}

function analysisRates(seconds: number): { analysed: number; parsed: number; texts: number } {
  // The project's own made-up answers (never the evaluation quotes), in every voice.
  const texts = THEME_FIXTURES.map((f) => f.text);
  // Warm-up: every text through both, twice (models loaded, code compiled), then a second more.
  for (let i = 0; i < 2; i++) {
    for (const text of texts) {
      parseText(text);
      analyseRecord({ line: 1, id: 1, text });
    }
  }
  ratePerSecond(texts, 1, (text) => analyseRecord({ line: 1, id: 1, text }));
  const parsed = ratePerSecond(texts, seconds, (text) => parseText(text));
  const analysed = ratePerSecond(texts, seconds, (text) => analyseRecord({ line: 1, id: 1, text }));
  return { analysed, parsed, texts: texts.length };
}

// ---- (a) baseline: raw inserts -------------------------------------------------

async function rawInsertRate(url: string): Promise<{ rate: number; inserted: number; seconds: number }> {
  const sql = postgres(url, { max: POOL_SIZE, onnotice: () => {} });
  try {
    await sql`create table bench_inserts (id uuid primary key, body text not null, created_on date not null default current_date)`;
    const body = "a short answer, about as long as a typical one";
    let inserted = 0;
    const insert = async () => {
      await sql`insert into bench_inserts (id, body) values (${randomUUID()}, ${body})`;
      inserted++;
    };
    await forDuration(1, CONCURRENCY, insert); // warm-up: connections, prepared statement
    inserted = 0;
    const seconds = await forDuration(SECONDS, CONCURRENCY, insert);
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from bench_inserts`;
    if (!row || row.n < inserted) throw new Error(`raw inserts: ${inserted} acknowledged but only ${row?.n} rows stored`);
    return { rate: inserted / seconds, inserted, seconds };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// ---- (a) the app: a respondent's journey over HTTP -------------------------------

class JourneyError extends Error {}

interface Reply {
  status: number;
  location: string | null;
  setCookie: string[];
  body: string;
}

async function request(base: string, method: "GET" | "POST", pathname: string, cookie?: string, form?: Record<string, string>): Promise<Reply> {
  const headers: Record<string, string> = { ...BROWSER_HEADERS };
  if (cookie) headers.cookie = cookie;
  if (form) headers["content-type"] = "application/x-www-form-urlencoded";
  const res = await fetch(base + pathname, {
    method,
    headers,
    body: form ? new URLSearchParams(form).toString() : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await res.text();
  return { status: res.status, location: res.headers.get("location"), setCookie: res.headers.getSetCookie(), body };
}

function expectRedirect(reply: Reply, step: string, to: (location: string) => boolean): string {
  if (reply.status !== 302 || !reply.location || !to(reply.location)) {
    throw new JourneyError(`${step}: expected a redirect, got ${reply.status} to ${reply.location ?? "nowhere"}`);
  }
  return reply.location;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** Option ids a person might choose, taken from the demo survey itself. */
function answerFor(questionId: string): string {
  const question = YOUNG_PEOPLE_SURVEY.questions.find((q) => q.id === questionId);
  if (!question || !("options" in question) || !question.options) throw new Error(`no options for ${questionId}`);
  return pick(question.options.filter((o) => !o.exclusive).map((o) => o.id));
}

interface Started {
  responseId: string;
  cookie: string;
}

/** GET the start page, POST "Start now", answer a few questions: an in-progress response ready to send. */
async function startAndAnswer(base: string): Promise<Started> {
  const start = await request(base, "GET", `/s/${SLUG}`);
  if (start.status !== 200) throw new JourneyError(`start page: ${start.status}`);
  const input = start.body.match(/<input\b[^>]*\bname="response"[^>]*>/)?.[0];
  const responseId = input?.match(/\bvalue="([^"]+)"/)?.[1];
  if (!responseId) throw new JourneyError("start page: no hidden response field");

  const begun = await request(base, "POST", `/s/${SLUG}`, undefined, { response: responseId });
  // A new response first meets the page about "Exit this page" (/before-you-start), which leads on to the first question.
  expectRedirect(begun, "start", (l) => l.startsWith(`/s/${SLUG}/q/`) || l.startsWith("/before-you-start?"));
  const cookie = begun.setCookie.map((c) => c.split(";")[0]!).find((c) => c.startsWith("heard_response="));
  if (!cookie) throw new JourneyError("start: no heard_response cookie");

  for (const questionId of ANSWERED) {
    const answered = await request(base, "POST", `/s/${SLUG}/q/${questionId}`, cookie, {
      response: responseId,
      answer: answerFor(questionId),
    });
    expectRedirect(answered, `answer ${questionId}`, (l) => l.startsWith(`/s/${SLUG}/q/`) || l === `/s/${SLUG}/check`);
  }
  return { responseId, cookie };
}

/** "Send": acknowledged only when the app redirects to the confirmation page. */
async function send(base: string, started: Started): Promise<void> {
  const sent = await request(base, "POST", `/s/${SLUG}/check`, started.cookie, { response: started.responseId });
  expectRedirect(sent, "send", (l) => l === `/s/${SLUG}/done`);
}

const REQUESTS_PER_SUBMISSION = 3 + ANSWERED.length; // GET start, POST start, answers, POST send

interface Tally {
  acknowledged: number;
  failures: number;
  failureSamples: Map<string, number>;
}

function recordFailure(tally: Tally, error: unknown) {
  tally.failures++;
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  const key = error instanceof JourneyError ? error.message : `network: ${(error as Error).message}${cause ? ` (${cause})` : ""}`;
  tally.failureSamples.set(key, (tally.failureSamples.get(key) ?? 0) + 1);
}

async function journeys(base: string, tally: Tally, seconds: number) {
  let completed = 0;
  const latencies: number[] = [];
  const elapsed = await forDuration(seconds, CONCURRENCY, async () => {
    const t0 = performance.now();
    try {
      await send(base, await startAndAnswer(base));
      tally.acknowledged++;
      completed++;
      latencies.push(performance.now() - t0);
    } catch (error) {
      recordFailure(tally, error);
    }
  });
  return { rate: completed / elapsed, completed, elapsed, latencies };
}

// ---- (b) the page: app against a bare node:http server --------------------------

const BARE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, "Cache-Control": "no-store" });
  res.end(body);
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
process.on("SIGTERM", () => process.exit(0));
`;

async function startBareServer(htmlFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER, htmlFile], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(out.trim());
    });
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function cannon(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, connections: CONCURRENCY, duration: seconds, headers });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses of ${result.requests.total}`,
    );
  }
  return { rate: result.requests.total / result.duration, total: result.requests.total, result };
}

// ---- the run ---------------------------------------------------------------------

// ---- (d) the themed summary against a plain GROUP BY -------------------------------

/** Median milliseconds of `work` over `runs` runs (after one warm-up run). */
async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

type SummaryOutcome = { ratio: number; summaryMs: number; groupByMs: number } | { unavailable: string };

async function summaryRatio(url: string): Promise<SummaryOutcome> {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    await handle.migrate();
    const made = await generateAnswers(handle.db, { answers: ANSWERS });
    console.log(
      `generated ${fmt(made.counts.answers)} answers (${fmt(made.counts.responses)} sent responses, ${fmt(made.counts.textItems)} texts, ` +
        `${fmt(made.counts.codings)} codings) over ${made.quarters.length} quarters in ${fmt(made.seconds, 1)} s`,
    );
    // Fresh statistics, as autovacuum would gather after a load this size.
    await handle.db.execute(sql`analyze`);
    const quarter = made.quarters[made.quarters.length - 1]!;
    const runs = 7;
    const groupByMs = await medianMs(runs, () => handle.db.execute(plainGroupBy(made.partnershipId, made.groupId, quarter)));
    console.log(`plain GROUP BY (texts per code of the group, ${quarter.from} to ${quarter.to}): median ${fmt(groupByMs, 1)} ms of ${runs}`);
    const input = { partnershipId: made.partnershipId, groupId: made.groupId, from: quarter.from, to: quarter.to, surveyIds: [], includeFeedback: true };
    try {
      await buildThemedSummary(handle.db, input);
    } catch (error) {
      return { unavailable: (error as Error).message };
    }
    const summaryMs = await medianMs(runs, () => buildThemedSummary(handle.db, input));
    console.log(`buildThemedSummary for the group and quarter: median ${fmt(summaryMs, 1)} ms of ${runs}`);
    return { ratio: summaryMs / groupByMs, summaryMs, groupByMs };
  } finally {
    await handle.close();
  }
}

// ---- the run ---------------------------------------------------------------------

const verdict = (met: boolean) => (met ? "goal met" : "goal not met");

async function main(): Promise<number> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: run `npm run bench` (it starts a throwaway PostgreSQL)");
  if ((PARTS.has("a") || PARTS.has("b")) && !existsSync(path.join(PROJECT_ROOT, "build/server/index.js"))) {
    throw new Error("the app is not built: run `npx remix vite:build` first");
  }

  const tag = randomBytes(4).toString("hex");
  const rawDb = `heard_bench_raw_${tag}`;
  const appDb = `heard_bench_app_${tag}`;
  const scaleDb = `heard_bench_scale_${tag}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  let app: RunningApp | undefined;
  let bare: ChildProcess | undefined;
  await mkdir(TMP_DIR, { recursive: true });
  const scratch = await mkdtemp(path.join(TMP_DIR, "bench-"));
  const runStarted = performance.now();
  let problems = 0;
  const results: string[] = [];

  try {
    const [version] = await admin<{ v: string }[]>`select current_setting('server_version') as v`;
    console.log(
      `Heard benchmark: PostgreSQL ${version?.v}, node ${process.version}, ${SECONDS} s per measurement, ` +
        `${CONCURRENCY} concurrent clients, pool of ${POOL_SIZE} for both raw inserts and the app, ${fmt(ANSWERS)} answers for (d)`,
    );

    let lost = 0;
    let extra = 0;
    const tally: Tally = { acknowledged: 0, failures: 0, failureSamples: new Map() };
    if (PARTS.has("a") || PARTS.has("b")) {
      await admin.unsafe(`create database ${appDb}`);
      const appDbUrl = databaseUrl(serverUrl, appDb);
      const t0 = performance.now();
      app = await startApp({
        DATABASE_URL: appDbUrl,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        HEARD_DATA_DIR: path.join(scratch, "data"),
        // Every simulated respondent comes from 127.0.0.1: the per-address limit would measure itself.
        HEARD_POSTS_PER_MINUTE: "0",
      });
      console.log(`app started (migrated, demo seeded) in ${fmt((performance.now() - t0) / 1000, 1)} s at ${app.url}`);
    }
    const base = app?.url ?? "";

    if (PARTS.has("a")) {
      heading("(a) baseline: raw postgres.js inserts");
      await admin.unsafe(`create database ${rawDb}`);
      const raw = await rawInsertRate(databaseUrl(serverUrl, rawDb));
      console.log(`raw inserts: ${fmt(raw.inserted)} in ${fmt(raw.seconds, 1)} s = ${fmt(raw.rate)} inserts/s`);

      heading("(a) the app: survey submissions over HTTP");
      await journeys(base, tally, 2); // warm-up: JIT, pools, caches (counted for "lost", not for the rate)
      const run = await journeys(base, tally, SECONDS);
      console.log(
        `end-to-end submissions: ${fmt(run.completed)} in ${fmt(run.elapsed, 1)} s = ${fmt(run.rate, 1)} submissions/s ` +
          `(${REQUESTS_PER_SUBMISSION} HTTP requests each, ${fmt(run.rate * REQUESTS_PER_SUBMISSION)} requests/s; ` +
          `journey ${latencySummary(run.latencies)})`,
      );

      // The "send" step alone: prepare in-progress responses first, then time only the final POSTs.
      const prepareCount = Math.max(300, Math.min(4000, Math.round(run.rate * 20)));
      const prepared: Started[] = [];
      const prepSeconds = await forEach(
        Array.from({ length: prepareCount }, () => 0),
        CONCURRENCY,
        async () => {
          try {
            prepared.push(await startAndAnswer(base));
          } catch (error) {
            recordFailure(tally, error);
          }
        },
      );
      let sentOk = 0;
      const sendLatencies: number[] = [];
      const sendSeconds = await forEach(prepared, CONCURRENCY, async (started) => {
        const t = performance.now();
        try {
          await send(base, started);
          tally.acknowledged++;
          sentOk++;
          sendLatencies.push(performance.now() - t);
        } catch (error) {
          recordFailure(tally, error);
        }
      });
      const sendRate = sentOk / sendSeconds;
      console.log(
        `"send" POSTs alone: ${fmt(sentOk)} of ${fmt(prepared.length)} prepared (in ${fmt(prepSeconds, 1)} s) ` +
          `sent in ${fmt(sendSeconds, 1)} s = ${fmt(sendRate)} sends/s (${latencySummary(sendLatencies)})`,
      );

      // Nothing acknowledged may be missing.
      const appSql = postgres(databaseUrl(serverUrl, appDb), { max: 1, onnotice: () => {} });
      const [stored] = await appSql<{ n: number }[]>`select count(*)::int as n from responses where status = 'submitted'`;
      await appSql.end({ timeout: 5 });
      const storedCount = stored?.n ?? 0;
      lost = Math.max(0, tally.acknowledged - storedCount);
      extra = Math.max(0, storedCount - tally.acknowledged);
      console.log(`acknowledged (redirected to /done): ${fmt(tally.acknowledged)}, stored as submitted: ${fmt(storedCount)}`);
      console.log(`lost: ${lost}`);
      if (extra > 0) console.log(`extra (stored but not acknowledged, e.g. a reply that failed after the commit): ${extra}`);
      if (lost > 0) problems++;

      const submitRatio = run.rate / raw.rate;
      const sendRatio = sendRate / raw.rate;
      results.push(
        `(a) end-to-end submissions/s ÷ raw inserts/s: ${fmt(submitRatio, 3)}  (goal ≥ ${GOAL_SUBMIT}: ${verdict(submitRatio >= GOAL_SUBMIT)})` +
          `   [${fmt(run.rate, 1)} ÷ ${fmt(raw.rate)}]`,
        `    "send" POSTs/s alone ÷ raw inserts/s:    ${fmt(sendRatio, 3)}  (same goal ≥ ${GOAL_SUBMIT}: ${verdict(sendRatio >= GOAL_SUBMIT)})` +
          `   [${fmt(sendRate)} ÷ ${fmt(raw.rate)}]`,
      );
    }

    if (PARTS.has("b")) {
      heading("(b) the first question page: app against a bare node:http server");
      const viewer = await startAndAnswer(base); // a response to view; never sent
      const pagePath = `/s/${SLUG}/q/${FIRST_QUESTION}`;
      const page = await fetch(base + pagePath, {
        headers: { cookie: viewer.cookie, accept: BROWSER_HEADERS.accept, "accept-encoding": "identity" },
        redirect: "manual",
      });
      const html = Buffer.from(await page.arrayBuffer());
      if (page.status !== 200 || !html.includes('name="response"')) {
        throw new Error(`${pagePath}: expected the question page, got ${page.status}`);
      }
      const htmlFile = path.join(scratch, "page.html");
      await writeFile(htmlFile, html);
      const bareServer = await startBareServer(htmlFile);
      bare = bareServer.child;
      console.log(
        `page: ${pagePath}, ${fmt(html.length)} bytes of HTML; ${CONCURRENCY} keep-alive connections (autocannon); ` +
          `browser-like headers (the app compresses, the bare server sends the bytes as they are)`,
      );

      const headers = { ...BROWSER_HEADERS, cookie: viewer.cookie };
      await cannon(bareServer.url + pagePath, headers, 1); // warm-up
      const barePage = await cannon(bareServer.url + pagePath, headers, SECONDS);
      console.log(`bare node:http: ${fmt(barePage.total)} requests = ${fmt(barePage.rate)} requests/s (p99 ${barePage.result.latency.p99} ms)`);
      await cannon(base + pagePath, headers, 1); // warm-up
      const appPage = await cannon(base + pagePath, headers, SECONDS);
      console.log(`app:            ${fmt(appPage.total)} requests = ${fmt(appPage.rate)} requests/s (p99 ${appPage.result.latency.p99} ms)`);
      const pageRatio = appPage.rate / barePage.rate;
      results.push(
        `(b) app page requests/s ÷ bare node:http:    ${fmt(pageRatio, 3)}  (goal ≥ ${GOAL_PAGE}: ${verdict(pageRatio >= GOAL_PAGE)})` +
          `   [${fmt(appPage.rate)} ÷ ${fmt(barePage.rate)}]`,
      );
    }
    // The app is not needed any more: (c) and (d) get the machine to themselves.
    bare?.kill("SIGTERM");
    bare = undefined;
    await app?.stop();
    app = undefined;

    if (PARTS.has("c")) {
      heading("(c) the analyser: disclosure, themes, sentiment and redaction per answer");
      const analysis = analysisRates(Math.min(SECONDS, 5));
      console.log(
        `analysed ${fmt(analysis.analysed)} answers per CPU second (one core); a bare wink-nlp parse of the same ${analysis.texts} texts: ${fmt(analysis.parsed)}/s`,
      );
      results.push(
        `(c) analysed answers/s:                     ${fmt(analysis.analysed)}  (goal ≥ ${fmt(GOAL_ANALYSIS)}: ${verdict(analysis.analysed >= GOAL_ANALYSIS)})` +
          `   [÷ a bare wink-nlp parse: ${fmt(analysis.analysed / analysis.parsed, 3)}]`,
      );
    }

    if (PARTS.has("d")) {
      heading("(d) the themed summary against a plain GROUP BY over the same rows");
      await admin.unsafe(`create database ${scaleDb}`);
      const summary = await summaryRatio(databaseUrl(serverUrl, scaleDb));
      if ("unavailable" in summary) {
        console.log(`summary: not available yet (${summary.unavailable})`);
        results.push(`(d) summary time ÷ plain GROUP BY time:     summary: not available yet (${summary.unavailable})  (goal ≤ ${GOAL_SUMMARY}: goal not met)`);
      } else {
        results.push(
          `(d) summary time ÷ plain GROUP BY time:     ${fmt(summary.ratio, 2)}  (goal ≤ ${GOAL_SUMMARY}: ${verdict(summary.ratio <= GOAL_SUMMARY)})` +
            `   [${fmt(summary.summaryMs, 1)} ms ÷ ${fmt(summary.groupByMs, 1)} ms]`,
        );
      }
    }

    heading("summary (ratios measured in this run, on this machine)");
    for (const line of results) console.log(line);
    if (tally.failures > 0) {
      problems++;
      console.log(`FAILED journeys/steps: ${tally.failures}`);
      for (const [message, count] of tally.failureSamples) console.log(`  ${count} × ${message}`);
    }
    if (PARTS.has("a")) console.log(`lost: ${lost}${extra > 0 ? `, extra: ${extra}` : ""}; failed steps: ${tally.failures}`);
    console.log(`total time: ${fmt((performance.now() - runStarted) / 1000, 0)} s`);
  } catch (error) {
    problems++;
    console.error("\nbenchmark error:", error);
    if (app) console.error(`app output (last 4000 characters):\n${app.output().slice(-4000)}`);
  } finally {
    bare?.kill("SIGTERM");
    await app?.stop();
    for (const name of [rawDb, appDb, scaleDb]) await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
    await rm(scratch, { recursive: true, force: true });
  }
  return problems > 0 ? 1 : 0;
}

process.exit(await main());
