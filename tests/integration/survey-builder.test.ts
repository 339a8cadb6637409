import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { answers, auditLog, partnerships, responses, surveyVersions, surveys } from "#db/schema/index.ts";
import { NORTHSHIRE } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import {
  answerQuestion,
  beginResponse,
  loadCheckPage,
  loadQuestionPage,
  loadStartPage,
  sendResponse,
} from "~/modules/responses/respondent.server";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import * as exportRoute from "~/routes/staff-p-surveys-export";
import * as importRoute from "~/routes/staff-p-surveys-import";
import * as previewRoute from "~/routes/staff-p-surveys-preview";
import * as questionRoute from "~/routes/staff-p-surveys-question";
import * as surveyRoute from "~/routes/staff-p-surveys-survey";
import * as listRoute from "~/routes/staff-p-surveys";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const P = "northshire";
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

type Args = { context: AppLoadContext; request: Request; params: Record<string, string> };
type RouteFn = (args: Args) => Promise<unknown>;

/** A signed-in member of staff driving the builder's loaders and actions, CSRF token and all. */
class Builder {
  csrf = "";
  constructor(public client: TestClient) {}

  async get(fn: RouteFn, path: string, params: Record<string, string>) {
    const result = await this.client.run((c, r) => fn({ context: c, request: r, params: { partnership: P, ...params } }), this.client.request(path));
    const loaded = result.data as { csrf?: string } | undefined;
    if (loaded?.csrf) this.csrf = loaded.csrf;
    return result;
  }

  post(fn: RouteFn, path: string, params: Record<string, string>, form: Record<string, string | string[]>, { csrf = this.csrf } = {}) {
    return this.client.run(
      (c, r) => fn({ context: c, request: r, params: { partnership: P, ...params } }),
      this.client.request(path, { csrf, ...form }),
    );
  }

  async createSurvey(slug: string, title = "Growing up in Northshire") {
    await this.get(listRoute.loader as RouteFn, `/staff/p/${P}/surveys`, {});
    const created = await this.post(listRoute.action as RouteFn, `/staff/p/${P}/surveys`, {}, { title, slug, audience: "young_people", retentionDays: "365" });
    expect(created.status).toBe(302);
    return created.location!.split("/").pop()!;
  }

  surveyAction(surveyId: string, form: Record<string, string | string[]>) {
    return this.post(surveyRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}`, { surveyId }, form);
  }

  async surveyPage(surveyId: string, query = "") {
    const page = await this.get(surveyRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}${query}`, { surveyId });
    return page;
  }

  async addQuestion(surveyId: string, questionType: string, questionTitle: string) {
    const added = await this.surveyAction(surveyId, { intent: "add-question", questionType, questionTitle });
    expect(added.status, JSON.stringify(added.data)).toBe(302);
    return added.location!.split("/").pop()!;
  }

  editQuestion(surveyId: string, questionId: string, form: Record<string, string | string[]>) {
    return this.post(questionRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}/questions/${questionId}`, { surveyId, questionId }, form);
  }
}

/** A respondent on the public journey. */
class Respondent {
  client = new TestClient(context);
  constructor(private slug: string) {}
  async start() {
    const page = await this.client.run((c, r) => loadStartPage(c, r, this.slug), this.client.request(`/s/${this.slug}`));
    const { responseId, title } = page.data as { responseId: string; title: { en: string } };
    await this.client.run((c, r) => beginResponse(c, r, this.slug), this.client.request(`/s/${this.slug}`, { response: responseId }));
    return { responseId, title: title.en };
  }
  page(questionId: string) {
    return this.client.run((c, r) => loadQuestionPage(c, r, this.slug, questionId), this.client.request(`/s/${this.slug}/q/${questionId}`));
  }
  answer(responseId: string, questionId: string, answer: string | string[]) {
    return this.client.run(
      (c, r) => answerQuestion(c, r, this.slug, questionId),
      this.client.request(`/s/${this.slug}/q/${questionId}`, { response: responseId, answer }),
    );
  }
  check() {
    return this.client.run((c, r) => loadCheckPage(c, r, this.slug), this.client.request(`/s/${this.slug}/check`));
  }
  send(responseId: string) {
    return this.client.run((c, r) => sendResponse(c, r, this.slug), this.client.request(`/s/${this.slug}/check`, { response: responseId }));
  }
}

async function admin(email = "admin@northshire.test", roles: ("partnership_admin" | "analyst" | "safeguarding_lead")[] = ["partnership_admin"]) {
  const user = await createStaffUser(t.db, { email, roles, partnershipSlug: P });
  return { user, builder: new Builder(await signedInClient(context, t.db, user.id)) };
}

async function versionsOf(surveyId: string) {
  return t.db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).orderBy(surveyVersions.version);
}

/** A survey with a choice, a question shown only after "yes", a free-text question, and Polish for the first one. */
async function buildSurvey(builder: Builder, slug = "growing-up") {
  const surveyId = await builder.createSurvey(slug);
  const details = await builder.surveyAction(surveyId, {
    intent: "details",
    title: "Growing up in Northshire",
    summary: "Tell us about home and school.",
    minutes: "4",
    audience: "young_people",
    ageBand: "11-18",
    retentionDays: "365",
  });
  expect(details.status).toBe(302);
  const q1 = await builder.addQuestion(surveyId, "yes_no", "Do you have a trusted adult?");
  const q2 = await builder.addQuestion(surveyId, "single_choice", "Who is it?");
  const q3 = await builder.addQuestion(surveyId, "free_text", "Anything else?");
  expect([q1, q2, q3]).toEqual(["q1", "q2", "q3"]);

  // The first question in Polish too, with a hint and a signpost on "no".
  await builder.get(questionRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}/questions/q1?lang=pl`, { surveyId, questionId: "q1" });
  const savedQ1 = await builder.editQuestion(surveyId, "q1", {
    lang: "pl",
    type: "yes_no",
    "title.en": "Do you have a trusted adult?",
    "title.pl": "Czy masz zaufaną osobę dorosłą?",
    "hint.en": "Someone you can talk to",
    "hint.pl": "",
    required: "yes",
    sensitive: "yes",
    optionRows: "6",
    "option.0.id": "yes",
    "option.0.label.en": "Yes",
    "option.0.label.pl": "Tak",
    "option.1.id": "no",
    "option.1.label.en": "No",
    "option.1.label.pl": "Nie",
    "option.1.signposts": ["lonely", "mental-health"],
    "option.2.id": "prefer-not-to-say",
    "option.2.label.en": "I'd rather not say",
    "option.2.exclusive": "yes",
    "option.3.id": "",
    "option.3.label.en": "",
  });
  expect(savedQ1.status, JSON.stringify(savedQ1.data)).toBe(302);

  // Skip logic: "Who is it?" only after "Yes".
  const savedQ2 = await builder.editQuestion(surveyId, "q2", {
    type: "single_choice",
    "title.en": "Who is it?",
    optionRows: "3",
    "option.0.id": "",
    "option.0.label.en": "A parent or carer",
    "option.1.id": "",
    "option.1.label.en": "A teacher",
    "option.1.hint.en": "Or someone else at school",
    "option.2.id": "",
    "option.2.label.en": "",
    showIf: "q1:yes",
  });
  expect(savedQ2.status, JSON.stringify(savedQ2.data)).toBe(302);
  return surveyId;
}

describe(`survey builder on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("builds with skip logic and Polish, reports missing Polish, publishes v1, and keeps v1 responses on v1 after v2", async () => {
    const { user, builder } = await admin();
    const surveyId = await buildSurvey(builder);

    const [draft] = await versionsOf(surveyId);
    const definition = draft!.definition;
    expect(draft!.publishedAt).toBeNull();
    expect(definition.questions[0]).toMatchObject({
      id: "q1",
      required: true,
      sensitive: true,
      title: { en: "Do you have a trusted adult?", pl: "Czy masz zaufaną osobę dorosłą?" },
      options: [
        { id: "yes", label: { en: "Yes", pl: "Tak" } },
        { id: "no", label: { en: "No", pl: "Nie" }, signposts: ["lonely", "mental-health"] },
        { id: "prefer-not-to-say", exclusive: true },
      ],
    });
    expect(definition.questions[1]).toMatchObject({
      showIf: { questionId: "q1", anyOf: ["yes"] },
      options: [{ id: "o1", label: { en: "A parent or carer" } }, { id: "o2", hint: { en: "Or someone else at school" } }],
    });

    // Missing Polish: the survey's title and summary, q1's hint and "prefer not to say", everything in q2 and q3.
    const page = await builder.surveyPage(surveyId);
    const report = (page.data as { report: { language: string; missing: { questionId: string | null; field: string }[] }[] }).report;
    expect(report.map((r) => r.language)).toEqual(["pl"]);
    const missing = report[0]!.missing.map((m) => `${m.questionId ?? "survey"}:${m.field}`);
    expect(missing).toContain("survey:title");
    expect(missing).toContain("q1:hint");
    expect(missing).toContain("q1:option.prefer-not-to-say.label");
    expect(missing).toContain("q2:option.o2.hint");
    expect(missing).not.toContain("q1:title");
    expect(missing).not.toContain("q1:option.yes.label");
    const questionPage = await builder.get(questionRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}/questions/q1?lang=pl`, { surveyId, questionId: "q1" });
    expect((questionPage.data as { missing: string[] }).missing).toEqual(["hint", "option.prefer-not-to-say.label"]);

    // The preview shows the draft, in Polish where it can.
    const preview = await builder.get(previewRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}/preview?q=q1&lang=pl`, { surveyId });
    expect(preview.data).toMatchObject({ question: { title: { en: "Czy masz zaufaną osobę dorosłą?" } }, next: "?q=q2&lang=pl", previous: null });

    // Publish v1.
    const published = await builder.surveyAction(surveyId, { intent: "publish" });
    expect(published).toMatchObject({ status: 302, location: `/staff/p/${P}/surveys/${surveyId}?tab=publish&published=1` });
    const [v1] = await versionsOf(surveyId);
    expect(v1!.publishedAt).not.toBeNull();

    // The public journey serves v1: a respondent starts and answers the first question.
    const respondent = new Respondent("growing-up");
    const { responseId, title } = await respondent.start();
    expect(title).toBe("Growing up in Northshire");
    expect(await respondent.answer(responseId, "q1", "yes")).toMatchObject({ status: 302, location: "/s/growing-up/q/q2" });

    // Editing makes a v2 draft; v1 is untouched, and the database refuses to change it.
    const edited = await builder.editQuestion(surveyId, "q2", {
      type: "single_choice",
      "title.en": "Who is your trusted adult?",
      optionRows: "2",
      "option.0.id": "o1",
      "option.0.label.en": "A parent or carer",
      "option.1.id": "o2",
      "option.1.label.en": "A teacher",
      showIf: "q1:yes",
    });
    expect(edited.status).toBe(302);
    const [v1Again, v2] = await versionsOf(surveyId);
    expect(v1Again!.definition).toEqual(v1!.definition);
    expect(v2).toMatchObject({ version: 2, publishedAt: null });
    expect(v2!.definition.questions[1]!.title.en).toBe("Who is your trusted adult?");
    await expect(
      t.db.update(surveyVersions).set({ definition: v2!.definition }).where(eq(surveyVersions.id, v1!.id)),
    ).rejects.toThrow();

    const publishedV2 = await builder.surveyAction(surveyId, { intent: "publish" });
    expect(publishedV2.location).toMatch(/published=2$/);

    // The v1 respondent still sees v1's wording and sends against v1.
    const q2Page = await respondent.page("q2");
    expect((q2Page.data as { question: { title: { en: string } } }).question.title.en).toBe("Who is it?");
    expect(await respondent.answer(responseId, "q2", "o2")).toMatchObject({ location: "/s/growing-up/q/q3" });
    expect(await respondent.answer(responseId, "q3", "Thanks")).toMatchObject({ location: "/s/growing-up/check" });
    expect((await respondent.send(responseId)).location).toBe("/s/growing-up/done");
    const [sent] = await t.db.select().from(responses).where(eq(responses.id, responseId));
    expect(sent).toMatchObject({ status: "submitted", surveyVersionId: v1!.id });
    expect(await t.db.select().from(answers).where(eq(answers.responseId, responseId))).toHaveLength(3);

    // A new respondent gets v2.
    const newcomer = new Respondent("growing-up");
    const second = await newcomer.start();
    await newcomer.answer(second.responseId, "q1", "yes");
    const newQ2 = await newcomer.page("q2");
    expect((newQ2.data as { question: { title: { en: string } } }).question.title.en).toBe("Who is your trusted adult?");

    // Audit: created, published v1 and v2 by this admin.
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, surveyId)).orderBy(auditLog.at);
    expect(audit.map((a) => [a.action, a.details, a.actorId])).toEqual([
      ["survey_created", {}, user.id],
      ["survey_published", { version: 1 }, user.id],
      ["survey_published", { version: 2 }, user.id],
    ]);
  });

  it("counts sent responses per survey, on the list and the survey page, across versions; answers still being given do not count", async () => {
    const { builder } = await admin("analyst@northshire.test", ["analyst"]);
    const surveyId = await buildSurvey(builder);
    const otherId = await builder.createSurvey("another-survey", "Another survey");
    const counts = async () => {
      const list = await builder.get(listRoute.loader as RouteFn, `/staff/p/${P}/surveys`, {});
      const items = (list.data as { surveys: { id: string; submittedResponses: number }[] }).surveys;
      const page = await builder.surveyPage(surveyId);
      return {
        list: Object.fromEntries(items.filter((i) => i.id === surveyId || i.id === otherId).map((i) => [i.id, i.submittedResponses])),
        page: (page.data as { survey: { submittedResponses: number } }).survey.submittedResponses,
      };
    };
    expect(await counts()).toEqual({ list: { [surveyId]: 0, [otherId]: 0 }, page: 0 });

    expect((await builder.surveyAction(surveyId, { intent: "publish" })).status).toBe(302);
    const send = async () => {
      const respondent = new Respondent("growing-up");
      const { responseId } = await respondent.start();
      await respondent.answer(responseId, "q1", "no");
      expect((await respondent.send(responseId)).location).toBe("/s/growing-up/done");
    };
    await send();
    // One more, started but not sent.
    const halfway = new Respondent("growing-up");
    const started = await halfway.start();
    await halfway.answer(started.responseId, "q1", "yes");
    expect(await counts()).toEqual({ list: { [surveyId]: 1, [otherId]: 0 }, page: 1 });

    // Version 2: responses to both versions count.
    await builder.surveyAction(surveyId, { intent: "details", title: "Growing up here", summary: "Home and school.", minutes: "4", audience: "young_people", ageBand: "", retentionDays: "365" });
    expect((await builder.surveyAction(surveyId, { intent: "publish" })).location).toMatch(/published=2$/);
    forgetOpenSurveys(t.db);
    await send();
    expect(await counts()).toEqual({ list: { [surveyId]: 2, [otherId]: 0 }, page: 2 });
    const stored = await t.db.select({ status: responses.status }).from(responses).where(eq(responses.surveyId, surveyId));
    expect(stored.map((r) => r.status).sort()).toEqual(["in_progress", "submitted", "submitted"]);
  });

  it("will not publish an unfinished draft, and says what is missing", async () => {
    const { builder } = await admin();
    const surveyId = await builder.createSurvey("unfinished");
    await builder.addQuestion(surveyId, "single_choice", "Pick one");
    const refused = await builder.surveyAction(surveyId, { intent: "publish" });
    expect(refused.status).toBe(400);
    const problems = (refused.data as { problems: { path: string; message: string }[] }).problems;
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["summary", "questions.0.options"]));
    expect((await versionsOf(surveyId))[0]!.publishedAt).toBeNull();
  });

  it("sets how long people's own words are kept: 1 up to the days answers are kept, with a clear error otherwise", async () => {
    const { builder } = await admin();
    const surveyId = await builder.createSurvey("own-words"); // answers kept 365 days
    const periods = async () => (await t.db.select({ retentionDays: surveys.retentionDays, rawTextDays: surveys.rawTextDays }).from(surveys).where(eq(surveys.id, surveyId)))[0];
    expect(await periods()).toEqual({ retentionDays: 365, rawTextDays: 90 });
    expect((await builder.surveyPage(surveyId)).data).toMatchObject({ survey: { rawTextDays: 90 } });
    const details = { intent: "details", title: "Own words", summary: "About words.", minutes: "3", audience: "young_people", ageBand: "", retentionDays: "365" };

    for (const bad of ["0", "366", "-5", "ten", "", "1.5"]) {
      const refused = await builder.surveyAction(surveyId, { ...details, rawTextDays: bad });
      expect(refused, bad).toMatchObject({ status: 400, data: { errors: { rawTextDays: "rawTextDays" }, values: { rawTextDays: bad } } });
    }
    // Longer than the answers themselves, in the same post that shortens them.
    expect(await builder.surveyAction(surveyId, { ...details, retentionDays: "60", rawTextDays: "90" })).toMatchObject({ status: 400, data: { errors: { rawTextDays: "rawTextDays" } } });
    expect(await periods()).toEqual({ retentionDays: 365, rawTextDays: 90 });

    for (const [good, expected] of [["1", 1], ["365", 365], [" 30 ", 30]] as const) {
      expect((await builder.surveyAction(surveyId, { ...details, rawTextDays: good })).status, good).toBe(302);
      expect(await periods()).toEqual({ retentionDays: 365, rawTextDays: expected });
    }
    // A form without the field (sent before it existed) keeps the period, shortened if the answers' period is now shorter.
    expect((await builder.surveyAction(surveyId, { ...details, retentionDays: "40" })).status).toBe(302);
    expect(await periods()).toEqual({ retentionDays: 40, rawTextDays: 30 });
    expect((await builder.surveyAction(surveyId, { ...details, retentionDays: "30" })).status).toBe(302);
    expect(await periods()).toEqual({ retentionDays: 30, rawTextDays: 30 });

    // A copy keeps both periods; a new survey kept 30 days keeps the words no longer than that.
    expect((await builder.surveyAction(surveyId, { intent: "duplicate", slug: "own-words-copy" })).status).toBe(302);
    const [copy] = await t.db.select({ retentionDays: surveys.retentionDays, rawTextDays: surveys.rawTextDays }).from(surveys).where(eq(surveys.slug, "own-words-copy"));
    expect(copy).toEqual({ retentionDays: 30, rawTextDays: 30 });
    const created = await builder.post(listRoute.action as RouteFn, `/staff/p/${P}/surveys`, {}, { title: "Short", slug: "short-keep", audience: "parents", retentionDays: "30" });
    expect(created.status).toBe(302);
    const [short] = await t.db.select({ retentionDays: surveys.retentionDays, rawTextDays: surveys.rawTextDays }).from(surveys).where(eq(surveys.slug, "short-keep"));
    expect(short).toEqual({ retentionDays: 30, rawTextDays: 30 });
  });

  it("refuses skip logic on a later question and moves that would break it", async () => {
    const { builder } = await admin();
    const surveyId = await buildSurvey(builder, "skip-rules");
    const forward = await builder.editQuestion(surveyId, "q1", { type: "yes_no", "title.en": "A", optionRows: "0", showIf: "q2:o1" });
    expect(forward).toMatchObject({ status: 400, data: { errors: { showIf: "showIfEarlier" } } });
    const moved = await builder.surveyAction(surveyId, { intent: "up", question: "q2" });
    expect(moved).toMatchObject({ status: 400, data: { errors: { "question-q2": "moveBreaksSkipLogic" } } });
    const removed = await builder.surveyAction(surveyId, { intent: "remove", question: "q1" });
    expect(removed).toMatchObject({ status: 400, data: { errors: { "question-q1": "questionInUse" } } });
    expect(await builder.surveyAction(surveyId, { intent: "down", question: "q2" })).toMatchObject({ status: 302 });
    const [draft] = await versionsOf(surveyId);
    expect(draft!.definition.questions.map((q) => q.id)).toEqual(["q1", "q3", "q2"]);
    expect(await builder.surveyAction(surveyId, { intent: "remove", question: "q3" })).toMatchObject({ status: 302 });
    expect((await versionsOf(surveyId))[0]!.definition.questions.map((q) => q.id)).toEqual(["q1", "q2"]);
  });

  it("duplicates, exports and imports (round trip and clear errors), and closes", async () => {
    const { user, builder } = await admin();
    const surveyId = await buildSurvey(builder, "original");
    await builder.surveyAction(surveyId, { intent: "publish" });

    const taken = await builder.surveyAction(surveyId, { intent: "duplicate", slug: "original" });
    expect(taken).toMatchObject({ status: 400, data: { errors: { duplicateSlug: "slugTaken" } } });
    const copied = await builder.surveyAction(surveyId, { intent: "duplicate", slug: "original-copy" });
    expect(copied.status).toBe(302);
    const copyId = copied.location!.split("/").pop()!;
    const [copyRow] = await t.db.select().from(surveys).where(eq(surveys.id, copyId));
    expect(copyRow).toMatchObject({ slug: "original-copy", status: "draft", retentionDays: 365, audience: "young_people" });
    const [copyDraft] = await versionsOf(copyId);
    expect(copyDraft).toMatchObject({ version: 1, publishedAt: null });
    expect(copyDraft!.definition.questions.map((q) => q.id)).toEqual(["q1", "q2", "q3"]);

    // Export: a JSON attachment of the newest definition.
    const exported = (await exportRoute.loader({
      context: context(),
      request: builder.client.request(`/staff/p/${P}/surveys/${surveyId}/export`),
      params: { partnership: P, surveyId },
    } as never)) as Response;
    expect(exported.headers.get("Content-Disposition")).toBe('attachment; filename="original-v1.json"');
    expect(exported.headers.get("Cache-Control")).toBe("no-store");
    const json = await exported.text();
    expect(JSON.parse(json).questions).toHaveLength(3);

    // Import into the copy: a round trip gives the same definition as a draft.
    await builder.get(importRoute.loader as RouteFn, `/staff/p/${P}/surveys/${copyId}/import`, { surveyId: copyId });
    const changed = JSON.parse(json);
    changed.title.en = "Imported";
    const imported = await builder.post(importRoute.action as RouteFn, `/staff/p/${P}/surveys/${copyId}/import`, { surveyId: copyId }, { definition: JSON.stringify(changed) });
    expect(imported.status).toBe(302);
    expect((await versionsOf(copyId))[0]!.definition).toEqual(changed);

    // Import errors: not JSON, and JSON that breaks the rules, each said plainly.
    const notJson = await builder.post(importRoute.action as RouteFn, `/staff/p/${P}/surveys/${copyId}/import`, { surveyId: copyId }, { definition: "{ nope" });
    expect(notJson).toMatchObject({ status: 400, data: { errors: { definition: "importInvalid" } } });
    expect((notJson.data as { problems: { message: string }[] }).problems[0]!.message).toMatch(/^This is not JSON/);
    const broken = { ...changed, questions: [{ ...changed.questions[1] }] };
    const badRules = await builder.post(importRoute.action as RouteFn, `/staff/p/${P}/surveys/${copyId}/import`, { surveyId: copyId }, { definition: JSON.stringify(broken) });
    expect(badRules.status).toBe(400);
    expect((badRules.data as { problems: { path: string; message: string }[] }).problems).toEqual([
      { path: "questions.0.showIf", message: "question q2 depends on q1, which does not come before it" },
    ]);
    expect((await versionsOf(copyId))[0]!.definition.title.en).toBe("Imported");

    // Close: the public address stops, and the audit says so.
    expect(await builder.surveyAction(surveyId, { intent: "close" })).toMatchObject({ status: 302 });
    const [closed] = await t.db.select().from(surveys).where(eq(surveys.id, surveyId));
    expect(closed!.status).toBe("closed");
    const gone = await new Respondent("original").client.run((c, r) => loadStartPage(c, r, "original"), new Request("http://heard.test/s/original"));
    expect(gone.status).toBe(404);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.actorId, user.id))).map((a) => a.action).sort();
    expect(actions).toEqual(["export", "survey_closed", "survey_created", "survey_created", "survey_published"]);
    const [duplicated] = await t.db.select().from(auditLog).where(and(eq(auditLog.subjectId, copyId), eq(auditLog.action, "survey_created")));
    expect(duplicated!.details).toEqual({ duplicateOf: surveyId });
  });

  it("keeps what the editor does not show (an option's Easy Read hint, the survey's Easy Read summary), and shows again what it does edit", async () => {
    const { builder } = await admin();
    const surveyId = await buildSurvey(builder, "kept-fields");
    const draft = (await versionsOf(surveyId))[0]!.definition;
    // Bands, codes, Easy Read words and a picture, imported.
    const withExtras = {
      ...draft,
      easyRead: { summary: { en: "Tell us about home. Tell us about school." } },
      ageBands: [
        { id: "8-10", label: { en: "8 to 10" } },
        { id: "11-18", label: { en: "11 to 18" } },
      ],
      questions: draft.questions.map((q) =>
        q.id === "q1"
          ? {
              ...q,
              code: "trusted-adult",
              ageBands: ["11-18"],
              easyRead: { title: { en: "Is there a grown-up you trust?", pl: "Czy jest dorosły, któremu ufasz?" } },
              options: q.options.map((o) =>
                o.id === "yes" ? { ...o, icon: "yes", easyRead: { label: { en: "Yes, there is" }, hint: { en: "Someone you can talk to" } } } : o,
              ),
            }
          : q,
      ),
    };
    const imported = await builder.post(importRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}/import`, { surveyId }, { definition: JSON.stringify(withExtras) });
    expect(imported.status, JSON.stringify(imported.data)).toBe(302);

    // The form as the editor shows it in English only: its fields hold what was imported.
    const edited = await builder.editQuestion(surveyId, "q1", {
      type: "yes_no",
      "title.en": "Do you have an adult you trust?",
      "easyRead.title.en": "Is there a grown-up you trust?",
      optionRows: "3",
      "option.0.id": "yes",
      "option.0.label.en": "Yes",
      "option.0.easyRead.label.en": "Yes, there is",
      "option.0.icon": "yes",
      "option.1.id": "no",
      "option.1.label.en": "No",
      "option.2.id": "prefer-not-to-say",
      "option.2.label.en": "I'd rather not say",
      "option.2.exclusive": "yes",
      ageBands: ["11-18"],
      code: "trusted-adult",
    });
    expect(edited.status, JSON.stringify(edited.data)).toBe(302);
    const after = (await versionsOf(surveyId))[0]!.definition;
    const q1 = after.questions.find((q) => q.id === "q1")!;
    expect(q1.title.en).toBe("Do you have an adult you trust?");
    // Polish Easy Read words stay when Polish is not shown.
    expect(q1).toMatchObject({ code: "trusted-adult", ageBands: ["11-18"], easyRead: { title: { en: "Is there a grown-up you trust?", pl: "Czy jest dorosły, któremu ufasz?" } } });
    expect(q1.options.find((o) => o.id === "yes")).toMatchObject({ icon: "yes", easyRead: { label: { en: "Yes, there is" }, hint: { en: "Someone you can talk to" } } });
    expect(after.ageBands).toEqual(withExtras.ageBands);
    expect(after.easyRead).toEqual(withExtras.easyRead);
    // Fields the form edits clear when sent empty: the hint and "sensitive" were not sent.
    expect(q1.hint).toBeUndefined();
    expect(q1.sensitive).toBeUndefined();
    expect((await builder.surveyAction(surveyId, { intent: "publish" })).status).toBe(302);
  });

  it("lets analysts build, refuses other roles, a foreign partnership's survey, and forms without the CSRF token", async () => {
    const { builder } = await admin();
    const surveyId = await builder.createSurvey("ours");

    const analyst = (await admin("analyst@northshire.test", ["analyst"])).builder;
    expect((await analyst.surveyPage(surveyId)).status).toBe(200);

    const lead = (await admin("lead@northshire.test", ["safeguarding_lead"])).builder;
    expect((await lead.get(listRoute.loader as RouteFn, `/staff/p/${P}/surveys`, {})).status).toBe(404);

    // Another partnership, its admin, and its survey.
    await t.db.insert(partnerships).values({ ...NORTHSHIRE, slug: "southshire", name: "Southshire" });
    const southAdmin = await createStaffUser(t.db, { email: "admin@southshire.test", roles: ["partnership_admin"], partnershipSlug: "southshire" });
    const south = new Builder(await signedInClient(context, t.db, southAdmin.id));
    const southPage = await south.client.run(
      (c, r) => listRoute.loader({ context: c, request: r, params: { partnership: "southshire" } } as never),
      south.client.request("/staff/p/southshire/surveys"),
    );
    south.csrf = (southPage.data as { csrf: string }).csrf;
    const southCreated = await south.client.run(
      (c, r) => listRoute.action({ context: c, request: r, params: { partnership: "southshire" } } as never),
      south.client.request("/staff/p/southshire/surveys", { csrf: south.csrf, title: "Theirs", slug: "theirs", audience: "parents", retentionDays: "730" }),
    );
    const theirId = southCreated.location!.split("/").pop()!;

    // Northshire's admin, at Northshire's address, with Southshire's survey id: 404 everywhere.
    expect((await builder.surveyPage(theirId)).status).toBe(404);
    expect((await builder.surveyAction(theirId, { intent: "publish" })).status).toBe(404);
    expect((await builder.surveyAction(theirId, { intent: "close" })).status).toBe(404);
    expect((await builder.editQuestion(theirId, "q1", { "title.en": "x" })).status).toBe(404);
    expect((await builder.get(previewRoute.loader as RouteFn, `/staff/p/${P}/surveys/${theirId}/preview`, { surveyId: theirId })).status).toBe(404);
    const exportTheirs = await builder.client.run(
      (c, r) => exportRoute.loader({ context: c, request: r, params: { partnership: P, surveyId: theirId } } as never),
      builder.client.request(`/staff/p/${P}/surveys/${theirId}/export`),
    );
    expect(exportTheirs.status).toBe(404);
    // And at Southshire's address: not a member, so 404.
    const atSouth = await builder.client.run(
      (c, r) => surveyRoute.loader({ context: c, request: r, params: { partnership: "southshire", surveyId: theirId } } as never),
      builder.client.request(`/staff/p/southshire/surveys/${theirId}`),
    );
    expect(atSouth.status).toBe(404);
    expect((await builder.surveyPage("not-a-uuid")).status).toBe(404);

    // No CSRF token, or another session's: refused before anything changes.
    const before = await versionsOf(surveyId);
    expect((await builder.surveyAction(surveyId, { intent: "add-question", questionType: "free_text", questionTitle: "X", csrf: "" })).status).toBe(403);
    expect((await builder.post(surveyRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}`, { surveyId }, { intent: "add-question", questionType: "free_text", questionTitle: "X" }, { csrf: analyst.csrf })).status).toBe(403);
    expect(await versionsOf(surveyId)).toEqual(before);

    // Not signed in: sent to sign in.
    const stranger = new TestClient(context);
    const signIn = await stranger.run(
      (c, r) => surveyRoute.loader({ context: c, request: r, params: { partnership: P, surveyId } } as never),
      stranger.request(`/staff/p/${P}/surveys/${surveyId}`),
    );
    expect(signIn.status).toBe(302);
    expect(signIn.location).toMatch(/^\/staff\/sign-in/);
  });

  it("serves information pages and draft-text sections on the public journey", async () => {
    const { builder } = await admin();
    const surveyId = await builder.createSurvey("our-plan", "Our plan");
    await builder.surveyAction(surveyId, { intent: "details", title: "Our plan", summary: "Read and comment.", minutes: "3", audience: "parents", ageBand: "", retentionDays: "730" });
    await builder.addQuestion(surveyId, "information", "About the plan");
    await builder.addQuestion(surveyId, "draft_text", "What do you think of section 1?");
    expect((await builder.editQuestion(surveyId, "q1", { type: "information", "title.en": "About the plan", "body.en": "We wrote a plan.\n\nTell us what you think." })).status).toBe(302);
    expect((await builder.editQuestion(surveyId, "q2", { type: "draft_text", "title.en": "What do you think of section 1?", "body.en": "We will open more family hubs.", maxLength: "500" })).status).toBe(302);
    expect((await builder.surveyAction(surveyId, { intent: "publish" })).status).toBe(302);

    const respondent = new Respondent("our-plan");
    const { responseId } = await respondent.start();
    expect(await respondent.answer(responseId, "q1", [])).toMatchObject({ location: "/s/our-plan/q/q2" });
    expect(await respondent.answer(responseId, "q2", "Good idea")).toMatchObject({ location: "/s/our-plan/check" });
    expect((await respondent.send(responseId)).location).toBe("/s/our-plan/done");
    const stored = await t.db.select().from(answers).where(eq(answers.responseId, responseId));
    expect(stored).toEqual([{ responseId, questionId: "q2", value: { text: "Good idea" } }]);
  });
});
