import type { Sql } from "postgres";
import type { KioskRecord } from "./kiosk";
import { expectedAnswers } from "./kiosk";
import type { Journey, StoredValue } from "./respondent";

// After a scenario, the database is compared with what people were told:
// every acknowledged response is there, sent, with exactly the answers given
// (lost: 0), and nothing is there twice (duplicates: 0).

export interface Verdict {
  acknowledged: number;
  /** Acknowledged responses missing, not sent, or with an answer missing or different. */
  lost: number;
  /** An answer or its redacted copy stored twice, or a response stored under an id nobody was given. */
  duplicates: number;
  /** Sent responses whose sender never saw the confirmation (a journey given up): not lost, reported. */
  sentNotAcknowledged: number;
  problems: string[];
}

function normalise(value: unknown): string {
  const v = value as Partial<Record<"choice" | "choices" | "text", unknown>>;
  if (Array.isArray(v.choices)) return JSON.stringify({ choices: [...(v.choices as string[])].sort() });
  return JSON.stringify(value);
}

async function answersOf(sql: Sql, ids: string[]) {
  const byResponse = new Map<string, Map<string, string>>();
  if (ids.length === 0) return byResponse;
  const rows = await sql<{ response_id: string; question_id: string; value: unknown }[]>`
    select response_id::text, question_id, value from answers where response_id = any(${ids}::uuid[])`;
  for (const row of rows) {
    let answers = byResponse.get(row.response_id);
    if (!answers) byResponse.set(row.response_id, (answers = new Map()));
    answers.set(row.question_id, normalise(row.value));
  }
  return byResponse;
}

/** Answers or redacted copies held twice anywhere in the database (the primary keys forbid it: checked all the same). */
async function doubledRows(sql: Sql): Promise<number> {
  const [answers] = await sql<{ n: number }[]>`
    select count(*)::int as n from (select 1 from answers group by response_id, question_id having count(*) > 1) d`;
  const [texts] = await sql<{ n: number }[]>`
    select count(*)::int as n from (select 1 from text_items where response_id is not null group by response_id, question_id having count(*) > 1) d`;
  const [responses] = await sql<{ n: number }[]>`select (count(*) - count(distinct id))::int as n from responses`;
  return answers!.n + texts!.n + responses!.n;
}

function compare(expected: Record<string, unknown>, stored: Map<string, string> | undefined): string | null {
  const want = Object.entries(expected).map(([q, v]) => [q, normalise(v)] as const);
  for (const [question, value] of want) {
    const got = stored?.get(question);
    if (got === undefined) return `answer to ${question} missing`;
    if (got !== value) return `answer to ${question} is ${got}, not ${value}`;
  }
  if ((stored?.size ?? 0) !== want.length) return `${stored?.size ?? 0} answers stored, ${want.length} given`;
  return null;
}

/**
 * Checks the journeys of one scenario. `known` holds every response id any
 * simulated person was given in this run, so a response under any other id
 * (a retried start making a second response) counts as a duplicate.
 */
export async function verifyJourneys(sql: Sql, journeys: Journey[], known: ReadonlySet<string>): Promise<Verdict> {
  const problems: string[] = [];
  const acked = journeys.filter((j) => j.acknowledged && j.responseId);
  const ids = acked.map((j) => j.responseId!);
  const started = journeys.filter((j) => j.responseId).map((j) => j.responseId!);
  const statuses = new Map(
    started.length === 0
      ? []
      : (await sql<{ id: string; status: string }[]>`select id::text, status from responses where id = any(${started}::uuid[])`).map((r) => [r.id, r.status]),
  );
  const stored = await answersOf(sql, ids);
  const [texts] = ids.length
    ? await sql<{ n: number }[]>`select count(*)::int as n from text_items where response_id = any(${ids}::uuid[])`
    : [{ n: 0 }];

  let lost = 0;
  let textAnswers = 0;
  for (const journey of acked) {
    const id = journey.responseId!;
    textAnswers += Object.values(journey.expected).filter((v: StoredValue) => "text" in v).length;
    const status = statuses.get(id);
    const wrong = status !== "submitted" ? `response ${status ?? "missing"}` : compare(journey.expected, stored.get(id));
    if (wrong) {
      lost++;
      if (problems.length < 20) problems.push(`${id}: ${wrong}`);
    }
  }
  // One redacted copy per free-text answer of a sent response: fewer is a loss, more a duplicate.
  let duplicates = await doubledRows(sql);
  if (texts!.n < textAnswers) {
    lost += textAnswers - texts!.n;
    problems.push(`${textAnswers - texts!.n} redacted copies of typed answers missing`);
  } else if (texts!.n > textAnswers) {
    duplicates += texts!.n - textAnswers;
    problems.push(`${texts!.n - textAnswers} redacted copies too many`);
  }

  const [survey] = await sql<{ id: string }[]>`select id::text from surveys where slug = 'demo-young-people'`;
  const all = await sql<{ id: string }[]>`select id::text from responses where survey_id = ${survey!.id}::uuid and channel = 'web'`;
  const strangers = all.filter((r) => !known.has(r.id)).length;
  if (strangers > 0) problems.push(`${strangers} responses under ids no simulated person was given`);
  duplicates += strangers;

  const sentNotAcknowledged = journeys.filter((j) => !j.acknowledged && j.responseId && statuses.get(j.responseId) === "submitted").length;
  return { acknowledged: acked.length, lost, duplicates, sentNotAcknowledged, problems };
}

/** Kiosk records: each made on a tablet must be in the database exactly once, with its answers. */
export async function verifyKioskRecords(sql: Sql, records: KioskRecord[], confirmed: ReadonlySet<string>, venueId: string): Promise<Verdict> {
  const problems: string[] = [];
  const ids = records.map((r) => r.id);
  const rows = ids.length
    ? await sql<{ id: string; status: string; channel: string }[]>`select id::text, status, channel from responses where id = any(${ids}::uuid[])`
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stored = await answersOf(sql, ids);
  let lost = 0;
  for (const record of records) {
    const row = byId.get(record.id);
    const wrong =
      !row ? "missing" : row.status !== "submitted" || row.channel !== "kiosk" ? `${row.status}/${row.channel}` : compare(expectedAnswers(record), stored.get(record.id));
    if (wrong) {
      lost++;
      if (problems.length < 20) problems.push(`kiosk ${record.id}: ${wrong}`);
    }
  }
  const made = new Set(ids);
  const atVenue = await sql<{ id: string }[]>`select id::text from responses where venue_id = ${venueId}::uuid`;
  const strangers = atVenue.filter((r) => !made.has(r.id)).length;
  if (strangers > 0) problems.push(`${strangers} kiosk responses under ids no tablet made`);
  const unconfirmed = records.filter((r) => !confirmed.has(r.id)).length;
  if (unconfirmed > 0) problems.push(`${unconfirmed} records never confirmed to their tablet`);
  return { acknowledged: confirmed.size, lost, duplicates: strangers + (await doubledRows(sql)), sentNotAcknowledged: unconfirmed, problems };
}
