import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  answers,
  auditLog,
  codebookCodes,
  codeSuggestions,
  codingSampleItems,
  codingSamples,
  codings,
  feedback,
  partnerships,
  quotes,
  responses,
  staffUsers,
  surveys,
  surveyVersions,
  textItems,
  triageFlags,
  type AnswerValue,
  type SurveyDefinition,
} from "#db/schema/index.ts";
import { runRetention, type RetentionCounts } from "~/modules/retention/retention.server";
import {
  RETENTION_CRON,
  RETENTION_QUEUE,
  RETENTION_TIME_ZONE,
  startPgBossRetention,
  startRetention,
} from "~/modules/retention/scheduler.server";
import { loadTriageReview } from "~/modules/triage/triage.server";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// The retention job deletes exactly what has expired and nothing else. Each
// period is checked on the day before its last day, on its last day (kept) and
// on the day after (gone). Rows are made directly, with chosen days.

const t = setUpTestDatabase();

interface World {
  partnershipId: string;
  otherPartnershipId: string;
  /** Default periods: raw text 90 days, whole responses 730 days. */
  surveyId: string;
  versionId: string;
  /** Longer periods: raw text 200 days, whole responses 1000 days. */
  longSurveyId: string;
  longVersionId: string;
  otherSurveyId: string;
  otherVersionId: string;
  codeId: string;
  coderId: string;
}

const CONTACT = { name: "Front door", openingHours: "Always", forWhom: "Anyone" };
const en = (text: string) => ({ en: text });
const option = (id: string) => ({ id, label: en(id) });
const DEFINITION = {
  title: en("Home life"),
  summary: en("About home"),
  minutes: 5,
  questions: [
    { id: "trusted-adult", type: "yes_no", title: en("Trusted adult?"), required: false, options: [option("yes"), option("no")] },
    { id: "worries", type: "multiple_choice", title: en("Worries?"), required: false, options: [option("food"), option("school")] },
    { id: "one-change", type: "free_text", title: en("One change?"), required: false, options: [] },
    { id: "draft-home", type: "draft_text", title: en("Home"), body: en("Draft"), required: false, options: [] },
    { id: "draft-school", type: "draft_text", title: en("School"), body: en("Draft"), required: false, options: [] },
  ],
} satisfies SurveyDefinition;

async function world(): Promise<World> {
  const db = t.db;
  const made = await db
    .insert(partnerships)
    .values(
      ["retention-one", "retention-two"].map((slug) => ({
        slug,
        name: slug,
        helpContacts: { frontDoor: CONTACT, earlyHelp: CONTACT, lastReviewedOn: "2026-01-01" },
      })),
    )
    .returning({ id: partnerships.id, slug: partnerships.slug });
  const [one, two] = [made.find((p) => p.slug === "retention-one")!.id, made.find((p) => p.slug === "retention-two")!.id];
  async function survey(partnershipId: string, slug: string, periods: { retentionDays?: number; rawTextDays?: number }) {
    const [s] = await db
      .insert(surveys)
      .values({ partnershipId, slug, audience: "young_people", status: "published", ...periods })
      .returning({ id: surveys.id });
    const [v] = await db
      .insert(surveyVersions)
      .values({ surveyId: s!.id, version: 1, definition: DEFINITION, publishedAt: new Date() })
      .returning({ id: surveyVersions.id });
    return { surveyId: s!.id, versionId: v!.id };
  }
  const main = await survey(one, "retention-default", {});
  const long = await survey(one, "retention-long", { retentionDays: 1000, rawTextDays: 200 });
  const other = await survey(two, "retention-other", {});
  const [code] = await db
    .insert(codebookCodes)
    .values({ partnershipId: one, code: "basic_needs", label: "Basic needs", staffDescription: "s", childDescription: "c" })
    .returning({ id: codebookCodes.id });
  const [coder] = await db.insert(staffUsers).values({ email: "analyst@example.test", displayName: "Analyst" }).returning({ id: staffUsers.id });
  return {
    partnershipId: one,
    otherPartnershipId: two,
    surveyId: main.surveyId,
    versionId: main.versionId,
    longSurveyId: long.surveyId,
    longVersionId: long.versionId,
    otherSurveyId: other.surveyId,
    otherVersionId: other.versionId,
    codeId: code!.id,
    coderId: coder!.id,
  };
}

/** Free text and draft text, with a choice answer or two beside them. */
const ANSWERS: Record<string, AnswerValue> = {
  "trusted-adult": { choice: "yes" },
  worries: { choices: ["food", "school"] },
  "one-change": { text: "I'm Jayden, ring me on 07700 900461" },
  "draft-home": { agreement: "partly_agree", text: "Say more about Oakfield Primary" },
  "draft-school": { agreement: "agree" },
};

/** A response (sent unless `submittedOn` is null) with its answers and, when sent, a redacted copy of each text and a coding of the first. */
async function addResponse(
  w: World,
  options: { survey?: "main" | "long" | "other"; startedOn: string; submittedOn: string | null; endedByExit?: boolean; flag?: "new" | "reviewed" },
) {
  const db = t.db;
  const which = options.survey ?? "main";
  const surveyId = which === "main" ? w.surveyId : which === "long" ? w.longSurveyId : w.otherSurveyId;
  const versionId = which === "main" ? w.versionId : which === "long" ? w.longVersionId : w.otherVersionId;
  const partnershipId = which === "other" ? w.otherPartnershipId : w.partnershipId;
  const id = randomUUID();
  await db.insert(responses).values({
    id,
    surveyId,
    surveyVersionId: versionId,
    status: options.submittedOn ? "submitted" : "in_progress",
    startedOn: options.startedOn,
    submittedOn: options.submittedOn,
    endedByExit: options.endedByExit ?? false,
  });
  await db.insert(answers).values(Object.entries(ANSWERS).map(([questionId, value]) => ({ responseId: id, questionId, value })));
  const itemIds: string[] = [];
  if (options.submittedOn) {
    const items = await db
      .insert(textItems)
      .values(
        ["one-change", "draft-home"].map((questionId) => ({
          partnershipId,
          surveyId,
          responseId: id,
          questionId,
          questionCode: questionId,
          redacted: questionId === "one-change" ? "I'm [name], ring me on [phone]" : "Say more about [school]",
          receivedOn: options.submittedOn!,
        })),
      )
      .returning({ id: textItems.id });
    itemIds.push(...items.map((i) => i.id));
    if (which !== "other") {
      await db.insert(codeSuggestions).values({ textItemId: itemIds[0]!, codeId: w.codeId, score: 0.8, reason: { phrases: ["ring me"], similar: [] } });
      await db.insert(codings).values({ textItemId: itemIds[0]!, codeId: w.codeId, coderId: w.coderId, decision: "accepted" });
      await db.insert(quotes).values({ textItemId: itemIds[0]!, codeId: w.codeId, excerpt: "ring me on [phone]" });
      const [sample] = await db.insert(codingSamples).values({ partnershipId, name: "Sample" }).returning({ id: codingSamples.id });
      await db.insert(codingSampleItems).values({ sampleId: sample!.id, textItemId: itemIds[0]! });
    }
  }
  let flagId: string | null = null;
  if (options.flag) {
    const [flag] = await db
      .insert(triageFlags)
      .values({
        partnershipId,
        responseId: id,
        questionId: "one-change",
        source: "detector",
        flaggedOn: options.startedOn,
        status: options.flag,
        outcome: options.flag === "reviewed" ? "no_concern" : null,
      })
      .returning({ id: triageFlags.id });
    flagId = flag!.id;
  }
  return { id, itemIds, flagId };
}

async function addFeedback(w: World, receivedOn: string, options: { partnershipId?: string; flag?: "new" | "reviewed" } = {}) {
  const id = randomUUID();
  const partnershipId = options.partnershipId ?? w.partnershipId;
  await t.db.insert(feedback).values({ id, partnershipId, text: "Call me on 07700 900461, I'm Amy", receivedOn });
  const [item] = await t.db
    .insert(textItems)
    .values({ partnershipId, feedbackId: id, redacted: "Call me on [phone], I'm [name]", receivedOn })
    .returning({ id: textItems.id });
  if (options.flag) {
    await t.db.insert(triageFlags).values({
      partnershipId,
      feedbackId: id,
      source: "staff",
      flaggedOn: receivedOn,
      status: options.flag,
      outcome: options.flag === "reviewed" ? "referred" : null,
    });
  }
  return { id, itemId: item!.id };
}

async function answersOf(responseId: string): Promise<Record<string, AnswerValue>> {
  const rows = await t.db.select().from(answers).where(eq(answers.responseId, responseId)).orderBy(asc(answers.questionId));
  return Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
}

async function itemsOf(responseId: string) {
  return t.db
    .select({ questionId: textItems.questionId, redacted: textItems.redacted, rawDeletedOn: textItems.rawDeletedOn })
    .from(textItems)
    .where(eq(textItems.responseId, responseId))
    .orderBy(asc(textItems.questionId));
}

async function responseExists(id: string) {
  return (await t.db.select({ id: responses.id }).from(responses).where(eq(responses.id, id))).length === 1;
}

/** Everything that hangs off a response, counted. */
async function footprint(responseId: string) {
  const items = await t.db.select({ id: textItems.id }).from(textItems).where(eq(textItems.responseId, responseId));
  const ids = items.map((i) => i.id);
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    response: (await responseExists(responseId)) ? 1 : 0,
    answers: await count(t.db.select().from(answers).where(eq(answers.responseId, responseId))),
    textItems: ids.length,
    flags: await count(t.db.select().from(triageFlags).where(eq(triageFlags.responseId, responseId))),
    suggestions: ids.length ? await count(t.db.select().from(codeSuggestions).where(inArray(codeSuggestions.textItemId, ids))) : 0,
    codings: ids.length ? await count(t.db.select().from(codings).where(inArray(codings.textItemId, ids))) : 0,
    quotes: ids.length ? await count(t.db.select().from(quotes).where(inArray(quotes.textItemId, ids))) : 0,
    sampleItems: ids.length ? await count(t.db.select().from(codingSampleItems).where(inArray(codingSampleItems.textItemId, ids))) : 0,
  };
}

const NOTHING: RetentionCounts = {
  responsesRawTextDeleted: 0,
  answerTextsDeleted: 0,
  responsesDeleted: 0,
  unsentResponsesDeleted: 0,
  feedbackRawTextDeleted: 0,
  feedbackDeleted: 0,
};

function totals(result: RetentionCounts): RetentionCounts {
  return {
    responsesRawTextDeleted: result.responsesRawTextDeleted,
    answerTextsDeleted: result.answerTextsDeleted,
    responsesDeleted: result.responsesDeleted,
    unsentResponsesDeleted: result.unsentResponsesDeleted,
    feedbackRawTextDeleted: result.feedbackRawTextDeleted,
    feedbackDeleted: result.feedbackDeleted,
  };
}

describe(`the retention job on ${testDriver}`, () => {
  it("deletes the raw free text of sent responses the day after the survey's raw-text period, keeping choices, agreements and the redacted copy", async () => {
    const w = await world();
    // Sent on 1 September; 90 days of raw text: the last day is 30 November.
    const expiring = await addResponse(w, { startedOn: "2026-08-31", submittedOn: "2026-09-01", flag: "reviewed" });
    const dayLater = await addResponse(w, { startedOn: "2026-09-02", submittedOn: "2026-09-02" });
    const longer = await addResponse(w, { survey: "long", startedOn: "2026-09-01", submittedOn: "2026-09-01" });
    const unsent = await addResponse(w, { startedOn: "2026-11-20", submittedOn: null });

    for (const today of ["2026-11-29", "2026-11-30"]) {
      expect(totals(await runRetention(t.db, today)), today).toEqual(NOTHING);
      expect(await answersOf(expiring.id), today).toEqual(ANSWERS);
      expect((await itemsOf(expiring.id)).map((i) => i.rawDeletedOn), today).toEqual([null, null]);
    }
    const before = await loadTriageReview(t.db, w.partnershipId, expiring.flagId!, "2026-11-30");
    expect(before?.rawDeleted).toBe(false);

    const result = await runRetention(t.db, "2026-12-01");
    expect(totals(result)).toEqual({ ...NOTHING, responsesRawTextDeleted: 1, answerTextsDeleted: 2 });
    expect(result.byPartnership.get(w.partnershipId)).toEqual({ ...NOTHING, responsesRawTextDeleted: 1, answerTextsDeleted: 2 });
    expect(result.byPartnership.get(w.otherPartnershipId)).toEqual(NOTHING);

    // The free-text answer is gone; the draft-text answer keeps its agreement; choices stay.
    const { "one-change": _gone, ...kept } = ANSWERS;
    expect(await answersOf(expiring.id)).toEqual({ ...kept, "draft-home": { agreement: "partly_agree" } });
    expect(await itemsOf(expiring.id)).toEqual([
      { questionId: "draft-home", redacted: "Say more about [school]", rawDeletedOn: "2026-12-01" },
      { questionId: "one-change", redacted: "I'm [name], ring me on [phone]", rawDeletedOn: "2026-12-01" },
    ]);
    // What analysts did with the redacted copy stays, and so does the reviewed flag.
    expect(await footprint(expiring.id)).toEqual({ response: 1, answers: 4, textItems: 2, flags: 1, suggestions: 1, codings: 1, quotes: 1, sampleItems: 1 });
    // The triage page now says the original words have been deleted, and still shows the redacted copy.
    const after = await loadTriageReview(t.db, w.partnershipId, expiring.flagId!, "2026-12-01");
    expect(after).toMatchObject({ rawDeleted: true, redacted: "I'm [name], ring me on [phone]" });

    // Nothing else: a day younger, a survey with a longer period, a response not sent.
    for (const other of [dayLater, longer, unsent]) {
      expect(await answersOf(other.id)).toEqual(ANSWERS);
      expect((await itemsOf(other.id)).every((i) => i.rawDeletedOn === null)).toBe(true);
    }

    // Idempotent: the same day again finds nothing to do and changes nothing.
    expect(totals(await runRetention(t.db, "2026-12-01"))).toEqual(NOTHING);
    expect(await itemsOf(expiring.id)).toEqual([
      { questionId: "draft-home", redacted: "Say more about [school]", rawDeletedOn: "2026-12-01" },
      { questionId: "one-change", redacted: "I'm [name], ring me on [phone]", rawDeletedOn: "2026-12-01" },
    ]);

    // The next day, the response a day younger follows (and the unsent one, started 20 November, on 21 December);
    // the longer survey's waits for the end of its 200 days (20 March 2027).
    expect(totals(await runRetention(t.db, "2026-12-02"))).toEqual({ ...NOTHING, responsesRawTextDeleted: 1, answerTextsDeleted: 2 });
    expect(totals(await runRetention(t.db, "2026-12-20"))).toEqual(NOTHING);
    expect(totals(await runRetention(t.db, "2026-12-21"))).toEqual({ ...NOTHING, unsentResponsesDeleted: 1 });
    expect(totals(await runRetention(t.db, "2027-03-20"))).toEqual(NOTHING);
    expect(await answersOf(longer.id)).toEqual(ANSWERS);
    expect(totals(await runRetention(t.db, "2027-03-21"))).toEqual({ ...NOTHING, responsesRawTextDeleted: 1, answerTextsDeleted: 2 });
    expect((await answersOf(longer.id))["one-change"]).toBeUndefined();
  });

  it("deletes whole sent responses the day after the survey's retention period, with everything that hangs off them", async () => {
    const w = await world();
    // Sent on 1 November 2024; 730 days: the last day is 1 November 2026.
    const old = await addResponse(w, { startedOn: "2024-11-01", submittedOn: "2024-11-01", flag: "reviewed" });
    const longer = await addResponse(w, { survey: "long", startedOn: "2024-11-01", submittedOn: "2024-11-01", flag: "reviewed" });
    const otherPartnership = await addResponse(w, { survey: "other", startedOn: "2024-11-02", submittedOn: "2024-11-02" });
    // Its raw text went long ago.
    expect((await runRetention(t.db, "2025-06-01")).responsesRawTextDeleted).toBe(3);
    const full = { response: 1, answers: 4, textItems: 2, flags: 1, suggestions: 1, codings: 1, quotes: 1, sampleItems: 1 };

    for (const today of ["2026-10-31", "2026-11-01"]) {
      expect(totals(await runRetention(t.db, today)), today).toEqual(NOTHING);
      expect(await footprint(old.id), today).toEqual(full);
    }

    const result = await runRetention(t.db, "2026-11-02");
    expect(totals(result)).toEqual({ ...NOTHING, responsesDeleted: 1 });
    expect(await footprint(old.id)).toEqual({ response: 0, answers: 0, textItems: 0, flags: 0, suggestions: 0, codings: 0, quotes: 0, sampleItems: 0 });
    // The codebook, the coder and the (now empty) sample are not the response's: they stay.
    expect(await t.db.select().from(codebookCodes).where(eq(codebookCodes.id, w.codeId))).toHaveLength(1);
    expect(await t.db.select().from(staffUsers).where(eq(staffUsers.id, w.coderId))).toHaveLength(1);
    expect(await t.db.select().from(codingSamples)).toHaveLength(2);
    // A survey with a longer period, and a response a day younger elsewhere, stay.
    expect(await footprint(longer.id)).toEqual(full);
    expect(await responseExists(otherPartnership.id)).toBe(true);

    expect(totals(await runRetention(t.db, "2026-11-02"))).toEqual(NOTHING);
    const next = await runRetention(t.db, "2026-11-03");
    expect(totals(next)).toEqual({ ...NOTHING, responsesDeleted: 1 });
    expect(next.byPartnership.get(w.otherPartnershipId)).toEqual({ ...NOTHING, responsesDeleted: 1 });
    expect(await responseExists(longer.id)).toBe(true);
    // 1000 days from 1 November 2024 end on 29 July 2027.
    expect(totals(await runRetention(t.db, "2027-07-29"))).toEqual(NOTHING);
    expect(totals(await runRetention(t.db, "2027-07-30"))).toEqual({ ...NOTHING, responsesDeleted: 1 });
    expect(await responseExists(longer.id)).toBe(false);
  });

  it("deletes responses never sent (in progress, or ended by Exit this page) 30 days after they were started; a sent one that was exited is kept", async () => {
    const w = await world();
    // Started on 1 October: the last day is 31 October.
    const inProgress = await addResponse(w, { startedOn: "2026-10-01", submittedOn: null });
    const exited = await addResponse(w, { startedOn: "2026-10-01", submittedOn: null, endedByExit: true });
    const younger = await addResponse(w, { startedOn: "2026-10-02", submittedOn: null });
    const sentThenExited = await addResponse(w, { startedOn: "2026-10-01", submittedOn: "2026-10-01", endedByExit: true });

    for (const today of ["2026-10-30", "2026-10-31"]) {
      expect(totals(await runRetention(t.db, today)), today).toEqual(NOTHING);
      for (const r of [inProgress, exited, younger, sentThenExited]) expect(await responseExists(r.id), today).toBe(true);
    }
    expect(totals(await runRetention(t.db, "2026-11-01"))).toEqual({ ...NOTHING, unsentResponsesDeleted: 2 });
    expect(await footprint(inProgress.id)).toMatchObject({ response: 0, answers: 0 });
    expect(await footprint(exited.id)).toMatchObject({ response: 0, answers: 0 });
    expect(await answersOf(younger.id)).toEqual(ANSWERS);
    expect(await footprint(sentThenExited.id)).toMatchObject({ response: 1, answers: 5, textItems: 2 });
    expect(totals(await runRetention(t.db, "2026-11-01"))).toEqual(NOTHING);
    expect(totals(await runRetention(t.db, "2026-11-02"))).toEqual({ ...NOTHING, unsentResponsesDeleted: 1 });
  });

  it("keeps anything waiting in the triage queue until the safeguarding lead has reviewed it", async () => {
    const w = await world();
    const unsent = await addResponse(w, { startedOn: "2026-01-01", submittedOn: null, flag: "new" });
    const sent = await addResponse(w, { startedOn: "2024-01-01", submittedOn: "2024-01-01", flag: "new" });
    const rawOnly = await addResponse(w, { startedOn: "2026-01-01", submittedOn: "2026-01-01", flag: "new" });
    const heldFeedback = await addFeedback(w, "2024-01-01", { flag: "new" });

    expect(totals(await runRetention(t.db, "2026-11-23"))).toEqual(NOTHING);
    expect(await answersOf(unsent.id)).toEqual(ANSWERS);
    expect(await answersOf(sent.id)).toEqual(ANSWERS);
    expect(await answersOf(rawOnly.id)).toEqual(ANSWERS);
    const [held] = await t.db.select().from(feedback).where(eq(feedback.id, heldFeedback.id));
    expect(held?.text).toBe("Call me on 07700 900461, I'm Amy");

    await t.db.update(triageFlags).set({ status: "reviewed", outcome: "referred" });
    const result = await runRetention(t.db, "2026-11-23");
    expect(totals(result)).toEqual({ ...NOTHING, unsentResponsesDeleted: 1, responsesDeleted: 1, responsesRawTextDeleted: 1, answerTextsDeleted: 2, feedbackDeleted: 1 });
    expect(await responseExists(unsent.id)).toBe(false);
    expect(await responseExists(sent.id)).toBe(false);
    expect((await answersOf(rawOnly.id))["one-change"]).toBeUndefined();
    expect(await t.db.select().from(feedback)).toHaveLength(0);
  });

  it("deletes feedback's raw text after 90 days and whole feedback after 730, in every partnership", async () => {
    const w = await world();
    // Raw text: received 1 September, the last day is 30 November.
    const recent = await addFeedback(w, "2026-09-01", { flag: "reviewed" });
    const recentElsewhere = await addFeedback(w, "2026-09-01", { partnershipId: w.otherPartnershipId });
    const younger = await addFeedback(w, "2026-09-02");
    // Whole: received 1 November 2024, the last day is 1 November 2026.
    const old = await addFeedback(w, "2024-11-01", { flag: "reviewed" });

    const feedbackText = async (id: string) => (await t.db.select({ text: feedback.text }).from(feedback).where(eq(feedback.id, id)))[0]?.text;
    const itemOf = async (id: string) =>
      (await t.db.select({ redacted: textItems.redacted, rawDeletedOn: textItems.rawDeletedOn }).from(textItems).where(eq(textItems.feedbackId, id)))[0];

    await runRetention(t.db, "2025-06-01"); // the old one's raw text goes first
    expect(await feedbackText(old.id)).toBe("");
    expect(await itemOf(old.id)).toEqual({ redacted: "Call me on [phone], I'm [name]", rawDeletedOn: "2025-06-01" });

    for (const today of ["2026-10-31", "2026-11-01"]) {
      expect(totals(await runRetention(t.db, today)), today).toEqual(NOTHING);
      expect(await feedbackText(old.id), today).toBe("");
    }
    expect(totals(await runRetention(t.db, "2026-11-02"))).toEqual({ ...NOTHING, feedbackDeleted: 1 });
    expect(await feedbackText(old.id)).toBeUndefined();
    expect(await itemOf(old.id)).toBeUndefined();
    expect(await t.db.select().from(triageFlags).where(eq(triageFlags.feedbackId, old.id))).toHaveLength(0);

    for (const today of ["2026-11-29", "2026-11-30"]) {
      expect(totals(await runRetention(t.db, today)), today).toEqual(NOTHING);
      expect(await feedbackText(recent.id), today).toBe("Call me on 07700 900461, I'm Amy");
    }
    const result = await runRetention(t.db, "2026-12-01");
    expect(totals(result)).toEqual({ ...NOTHING, feedbackRawTextDeleted: 2 });
    expect(result.byPartnership.get(w.otherPartnershipId)).toEqual({ ...NOTHING, feedbackRawTextDeleted: 1 });
    for (const f of [recent, recentElsewhere]) {
      expect(await feedbackText(f.id)).toBe("");
      expect(await itemOf(f.id)).toEqual({ redacted: "Call me on [phone], I'm [name]", rawDeletedOn: "2026-12-01" });
    }
    expect(await feedbackText(younger.id)).toBe("Call me on 07700 900461, I'm Amy");
    expect(await itemOf(younger.id)).toMatchObject({ rawDeletedOn: null });
    expect(totals(await runRetention(t.db, "2026-12-01"))).toEqual(NOTHING);
  });

  it("records one audit entry per partnership per run, with counts only", async () => {
    const w = await world();
    await addResponse(w, { startedOn: "2026-01-01", submittedOn: null });
    await addResponse(w, { startedOn: "2026-01-01", submittedOn: "2026-01-01" });
    await addFeedback(w, "2026-01-01", { partnershipId: w.otherPartnershipId });

    await runRetention(t.db, "2026-11-23");
    await runRetention(t.db, "2026-11-23");
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "retention_run")).orderBy(asc(auditLog.at));
    expect(entries).toHaveLength(4);
    const forOne = entries.filter((e) => e.partnershipId === w.partnershipId);
    const forTwo = entries.filter((e) => e.partnershipId === w.otherPartnershipId);
    expect(forOne).toHaveLength(2);
    expect(forTwo).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.actorId).toBeNull();
      expect(entry.subjectId).toBeNull();
      expect(Object.keys(entry.details).sort()).toEqual([...Object.keys(NOTHING), "today"].sort());
      for (const [key, value] of Object.entries(entry.details)) {
        if (key === "today") expect(value).toBe("2026-11-23");
        else expect(typeof value).toBe("number");
      }
      expect(JSON.stringify(entry)).not.toMatch(/Jayden|Amy|07700|Oakfield|\[name\]/);
    }
    const first = (rows: typeof entries) => rows.find((e) => (e.details.unsentResponsesDeleted as number) > 0 || (e.details.feedbackRawTextDeleted as number) > 0);
    expect(first(forOne)?.details).toMatchObject({ unsentResponsesDeleted: 1, responsesRawTextDeleted: 1, answerTextsDeleted: 2, feedbackRawTextDeleted: 0 });
    expect(first(forTwo)?.details).toMatchObject({ feedbackRawTextDeleted: 1, responsesDeleted: 0 });
    // The second run of the day deleted nothing, and says so.
    expect(entries.filter((e) => Object.entries(e.details).every(([k, v]) => k === "today" || v === 0))).toHaveLength(2);
  });

  it("refuses a day that is not a real day before touching anything", async () => {
    const w = await world();
    const r = await addResponse(w, { startedOn: "2020-01-01", submittedOn: null });
    await expect(runRetention(t.db, "2026-13-01")).rejects.toThrow();
    expect(await responseExists(r.id)).toBe(true);
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, "retention_run")))).toHaveLength(0);
  });
});

// pg-boss needs PostgreSQL (PGlite has the in-process timer, tested in scheduler.server.test.ts).
describe.skipIf(testDriver !== "postgres")("the retention schedule on PostgreSQL (pg-boss)", () => {
  const name = `heard_boss_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  let admin: postgres.Sql;
  let databaseUrl = "";

  beforeAll(async () => {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  /** Stopped: pg-boss's connections close (a backend takes a moment to leave pg_stat_activity). */
  async function expectNoConnectionsLeft() {
    await vi.waitFor(
      async () => {
        const open = await admin<{ query: string }[]>`select query from pg_stat_activity where datname = ${name} and application_name = 'heard-retention'`;
        expect(open.map((o) => o.query)).toEqual([]);
      },
      { timeout: 5_000, interval: 100 },
    );
  }
  afterAll(async () => {
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it("registers one daily schedule however many processes start it, and one worker runs each job once", async () => {
    const run = vi.fn(async (_today: string) => {});
    const now = () => new Date("2026-06-30T23:30:00Z"); // already 1 July in the UK
    // Two app processes starting together.
    const started = await Promise.allSettled(
      [1, 2].map(() => startPgBossRetention({ databaseUrl, run, now, boss: { pollingIntervalSeconds: 0.5, supervise: false } })),
    );
    const [first, second] = started.map((s) => (s.status === "fulfilled" ? s.value : null));
    try {
      expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "started"))).toEqual(["started", "started"]);
      const schedules = await first!.boss.getSchedules();
      expect(schedules).toHaveLength(1);
      expect(schedules[0]).toMatchObject({ name: RETENTION_QUEUE, cron: RETENTION_CRON });
      expect(schedules[0]!.options).toMatchObject({ tz: RETENTION_TIME_ZONE });
      expect(await second!.boss.getQueue(RETENTION_QUEUE)).toMatchObject({ name: RETENTION_QUEUE, policy: "stately" });
      expect(run).not.toHaveBeenCalled();

      // What the cron makes at 02:30: one job, taken by one of the two workers.
      await first!.boss.send(RETENTION_QUEUE, {});
      await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1), { timeout: 15_000, interval: 100 });
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // both workers polled again: still once
      expect(run).toHaveBeenCalledTimes(1);
      expect(run).toHaveBeenCalledWith("2026-07-01");
    } finally {
      await Promise.all([first?.stop(), second?.stop()]);
    }
    await expectNoConnectionsLeft();
  });

  it("starts in the background and stops cleanly through startRetention, as the app does", async () => {
    const run = vi.fn(async () => {});
    const scheduler = startRetention({ enabled: true, databaseUrl, run });
    expect(scheduler.kind).toBe("pg-boss");
    await scheduler.stop();
    expect(run).not.toHaveBeenCalled();
    await expectNoConnectionsLeft();
  });
});
