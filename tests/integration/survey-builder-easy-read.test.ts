import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import type { i18n as I18n } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from "react-router-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { surveyVersions } from "#db/schema/index.ts";
import { QuestionField } from "~/components/question-field";
import { seedDemo } from "~/modules/demo/seed.server";
import { i18nForRequest } from "~/modules/i18n/i18n.server";
import { beginResponse, loadQuestionPage, loadStartPage } from "~/modules/responses/respondent.server";
import type { Question } from "~/modules/survey/definition";
import { forgetOpenSurveys } from "~/modules/survey/surveys.server";
import * as questionRoute from "~/routes/staff-p-surveys-question";
import * as surveyRoute from "~/routes/staff-p-surveys-survey";
import * as listRoute from "~/routes/staff-p-surveys";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// The survey builder edits Easy Read words, pictures, age bands and shared
// question codes; publishing holds them to the survey definition, and the
// public journey in Easy Read shows what was typed.

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
type Form = Record<string, string | string[]>;

async function builderFor(email = "easy@northshire.test") {
  const user = await createStaffUser(t.db, { email, roles: ["partnership_admin"], partnershipSlug: P });
  const client = await signedInClient(context, t.db, user.id);
  let csrf = "";
  const get = async (fn: RouteFn, path: string, params: Record<string, string>) => {
    const result = await client.run((c, r) => fn({ context: c, request: r, params: { partnership: P, ...params } }), client.request(path));
    const loaded = result.data as { csrf?: string } | undefined;
    if (loaded?.csrf) csrf = loaded.csrf;
    return result;
  };
  const post = (fn: RouteFn, path: string, params: Record<string, string>, form: Form) =>
    client.run((c, r) => fn({ context: c, request: r, params: { partnership: P, ...params } }), client.request(path, { csrf, ...form }));
  return {
    async createSurvey(slug: string) {
      await get(listRoute.loader as RouteFn, `/staff/p/${P}/surveys`, {});
      const created = await post(listRoute.action as RouteFn, `/staff/p/${P}/surveys`, {}, { title: "School and you", slug, audience: "children", retentionDays: "365" });
      expect(created.status).toBe(302);
      return created.location!.split("/").pop()!;
    },
    surveyPage: (surveyId: string) => get(surveyRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}`, { surveyId }),
    surveyAction: (surveyId: string, form: Form) => post(surveyRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}`, { surveyId }, form),
    questionPage: (surveyId: string, questionId: string) =>
      get(questionRoute.loader as RouteFn, `/staff/p/${P}/surveys/${surveyId}/questions/${questionId}`, { surveyId, questionId }),
    editQuestion: (surveyId: string, questionId: string, form: Form) =>
      post(questionRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}/questions/${questionId}`, { surveyId, questionId }, form),
    async addQuestion(surveyId: string, questionType: string, questionTitle: string) {
      const added = await post(surveyRoute.action as RouteFn, `/staff/p/${P}/surveys/${surveyId}`, { surveyId }, { intent: "add-question", questionType, questionTitle });
      expect(added.status, JSON.stringify(added.data)).toBe(302);
      return added.location!.split("/").pop()!;
    },
  };
}

type Builder = Awaited<ReturnType<typeof builderFor>>;

const BANDS: Form = {
  intent: "age-bands",
  bandRows: "4",
  "band.0.was": "",
  "band.0.id": "8-10",
  "band.0.label.en": "I am 8, 9 or 10",
  "band.1.was": "",
  "band.1.id": "11-18",
  "band.1.label.en": "I am 11 to 18",
  "band.2.was": "",
  "band.2.id": "",
  "band.2.label.en": "",
  "band.3.was": "",
  "band.3.id": "",
  "band.3.label.en": "",
};

/** The younger version of "Do you feel safe at school?": Easy Read words, pictures, for 8 to 10, code safe-school. */
const YOUNGER: Form = {
  type: "single_choice",
  "title.en": "How safe do you feel when you are at school?",
  "hint.en": "Think about the last few weeks.",
  "easyRead.title.en": "Do you feel safe at school?",
  "easyRead.hint.en": "Think about the last few weeks. Pick one.",
  optionRows: "3",
  "option.0.id": "",
  "option.0.label.en": "Safe all of the time",
  "option.0.easyRead.label.en": "Always safe",
  "option.0.icon": "safe",
  "option.1.id": "",
  "option.1.label.en": "Safe some of the time",
  "option.1.icon": "sometimes",
  "option.2.id": "",
  "option.2.label.en": "",
  ageBands: ["8-10"],
  code: "safe-school",
};

async function draftOf(surveyId: string) {
  const [draft] = await t.db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).orderBy(surveyVersions.version);
  return draft!.definition;
}

/** Sets bands and two versions of one question (8 to 10 and 11 to 18) sharing a code. */
async function buildBandedSurvey(builder: Builder, slug: string) {
  const surveyId = await builder.createSurvey(slug);
  expect((await builder.surveyAction(surveyId, { intent: "details", title: "School and you", summary: "Tell us about school.", minutes: "3", audience: "children", ageBand: "", retentionDays: "365" })).status).toBe(302);
  await builder.surveyPage(surveyId);
  const bands = await builder.surveyAction(surveyId, BANDS);
  expect(bands.status, JSON.stringify(bands.data)).toBe(302);
  const q1 = await builder.addQuestion(surveyId, "single_choice", "How safe do you feel when you are at school?");
  const q2 = await builder.addQuestion(surveyId, "single_choice", "How safe do you feel at school?");
  await builder.questionPage(surveyId, q1);
  const saved = await builder.editQuestion(surveyId, q1, YOUNGER);
  expect(saved.status, JSON.stringify(saved.data)).toBe(302);
  const older = await builder.editQuestion(surveyId, q2, {
    type: "single_choice",
    "title.en": "How safe do you feel at school?",
    optionRows: "2",
    "option.0.id": "",
    "option.0.label.en": "Safe all of the time",
    "option.1.id": "",
    "option.1.label.en": "Safe some of the time",
    ageBands: ["11-18"],
    code: "safe-school",
  });
  expect(older.status, JSON.stringify(older.data)).toBe(302);
  return { surveyId, q1, q2 };
}

/** The question as the public page draws it, in the request's language and mode (the root route's data says which). */
async function renderQuestion(question: Question, i18n: I18n, easyRead: boolean): Promise<string> {
  const handler = createStaticHandler([{ id: "root", path: "/", loader: () => ({ easyRead }), element: createElement(QuestionField, { question, values: [] }) }]);
  const routerContext = await handler.query(new Request("http://heard.test/"));
  if (routerContext instanceof Response) throw new Error("the router answered with a response");
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })),
  );
}

describe(`survey builder: Easy Read, pictures, age bands and codes on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("saves Easy Read words, a picture, bands and a code, publishes, and the public page in Easy Read shows them", async () => {
    const builder = await builderFor();
    const slug = "school-and-you";
    const { surveyId, q1 } = await buildBandedSurvey(builder, slug);

    const definition = await draftOf(surveyId);
    expect(definition.ageBands).toEqual([
      { id: "8-10", label: { en: "I am 8, 9 or 10" } },
      { id: "11-18", label: { en: "I am 11 to 18" } },
    ]);
    const saved = definition.questions.find((q) => q.id === q1)!;
    expect(saved).toMatchObject({
      ageBands: ["8-10"],
      code: "safe-school",
      easyRead: { title: { en: "Do you feel safe at school?" }, hint: { en: "Think about the last few weeks. Pick one." } },
    });
    expect(saved.options.map((o) => [o.label.en, o.easyRead?.label?.en, o.icon])).toEqual([
      ["Safe all of the time", "Always safe", "safe"],
      ["Safe some of the time", undefined, "sometimes"],
    ]);

    // The editor shows them again: the band boxes and the survey's bands.
    const editor = await builder.questionPage(surveyId, q1);
    expect((editor.data as { bands: { id: string }[] }).bands.map((b) => b.id)).toEqual(["8-10", "11-18"]);

    // A code left as the id is not stored; emptying Easy Read words removes them.
    const q3 = await builder.addQuestion(surveyId, "free_text", "Anything else?");
    const plain = await builder.editQuestion(surveyId, q3, { type: "free_text", "title.en": "Anything else?", code: q3, "easyRead.title.en": "" });
    expect(plain.status).toBe(302);
    const q3Saved = (await draftOf(surveyId)).questions.find((q) => q.id === q3)!;
    expect(q3Saved.code).toBeUndefined();
    expect(q3Saved.easyRead).toBeUndefined();
    expect(q3Saved.ageBands).toBeUndefined();

    await builder.surveyPage(surveyId);
    const published = await builder.surveyAction(surveyId, { intent: "publish" });
    expect(published.status, JSON.stringify(published.data)).toBe(302);
    forgetOpenSurveys(t.db);

    // The public journey, in Easy Read, for 8 to 10.
    const respondent = new TestClient(context);
    const start = await respondent.run((c, r) => loadStartPage(c, r, slug), respondent.request(`/s/${slug}?easy=1`));
    const { responseId, ageBands } = start.data as { responseId: string; ageBands: { id: string }[] };
    expect(ageBands.map((b) => b.id)).toEqual(["8-10", "11-18"]);
    const begun = await respondent.run((c, r) => beginResponse(c, r, slug), respondent.request(`/s/${slug}?easy=1`, { response: responseId, ageBand: "8-10" }));
    expect(begun.status).toBe(302);

    const request = respondent.request(`/s/${slug}/q/${q1}?easy=1`);
    const page = await respondent.run((c, r) => loadQuestionPage(c, r, slug, q1), request);
    expect(page.status).toBe(200);
    const question = (page.data as { question: Question }).question;
    const easyHtml = await renderQuestion(question, await i18nForRequest(request), true);
    expect(easyHtml).toMatch(/<h1[^>]*>(<[^>]+>)*Do you feel safe at school\?/);
    expect(easyHtml).toContain("Always safe");
    expect(easyHtml.match(/class="option-icon"/g)?.length).toBe(2);
    expect(easyHtml).not.toContain("How safe do you feel when you are at school?");

    // The standard version: the standard words, no pictures.
    const standardHtml = await renderQuestion(question, await i18nForRequest(respondent.request(`/s/${slug}/q/${q1}?easy=0`)), false);
    expect(standardHtml).toContain("How safe do you feel when you are at school?");
    expect(standardHtml).not.toContain("option-icon");
  });

  it("refuses a bad band id, one band alone, a band the survey lacks, a bad code and an unknown picture, each with its error", async () => {
    const builder = await builderFor();
    const surveyId = await builder.createSurvey("bad-bands");
    await builder.surveyPage(surveyId);

    const badId = await builder.surveyAction(surveyId, { ...BANDS, "band.0.id": "Eight to ten!" });
    expect(badId.status).toBe(400);
    expect((badId.data as { errors: Record<string, string> }).errors).toEqual({ "band.0.id": "bandId" });
    // What was typed comes back, to be shown again.
    expect((badId.data as { values: Record<string, string> }).values["band.0.id"]).toBe("Eight to ten!");

    const duplicate = await builder.surveyAction(surveyId, { ...BANDS, "band.1.id": "8-10" });
    expect((duplicate.data as { errors: Record<string, string> }).errors).toEqual({ "band.1.id": "bandDuplicate" });
    const noLabel = await builder.surveyAction(surveyId, { ...BANDS, "band.1.label.en": " " });
    expect((noLabel.data as { errors: Record<string, string> }).errors).toEqual({ "band.1.label.en": "bandLabel" });
    const alone = await builder.surveyAction(surveyId, { ...BANDS, "band.1.id": "", "band.1.label.en": "" });
    expect((alone.data as { errors: Record<string, string> }).errors).toEqual({ ageBands: "bandCount" });
    expect((await draftOf(surveyId)).ageBands).toBeUndefined();

    expect((await builder.surveyAction(surveyId, BANDS)).status).toBe(302);
    const q1 = await builder.addQuestion(surveyId, "single_choice", "How safe do you feel when you are at school?");
    await builder.questionPage(surveyId, q1);
    const wrong = await builder.editQuestion(surveyId, q1, { ...YOUNGER, ageBands: ["8-10", "parents"], code: "Safe School", "option.1.icon": "dragon" });
    expect(wrong.status).toBe(400);
    expect((wrong.data as { errors: Record<string, string> }).errors).toEqual({
      ageBands: "ageBandUnknown",
      code: "codeFormat",
      "option.o2.icon": "iconUnknown",
    });
    expect((await draftOf(surveyId)).questions[0]!.ageBands).toBeUndefined();

    // A band a question is shown to cannot be removed; renaming one renames it in the question.
    expect((await builder.editQuestion(surveyId, q1, YOUNGER)).status).toBe(302);
    const removing = await builder.surveyAction(surveyId, {
      ...BANDS,
      "band.0.was": "8-10",
      "band.0.remove": "yes",
      "band.1.was": "11-18",
      "band.2.id": "parents",
      "band.2.label.en": "I am a parent or carer",
    });
    expect((removing.data as { errors: Record<string, string> }).errors).toEqual({ ageBands: "bandInUse" });
    const renamed = await builder.surveyAction(surveyId, { ...BANDS, "band.0.was": "8-10", "band.0.id": "8-11", "band.1.was": "11-18", "band.1.id": "12-18" });
    expect(renamed.status).toBe(302);
    const definition = await draftOf(surveyId);
    expect(definition.ageBands?.map((b) => b.id)).toEqual(["8-11", "12-18"]);
    expect(definition.questions[0]!.ageBands).toEqual(["8-11"]);
  });

  it("publishing still holds bands and codes to the survey definition", async () => {
    const builder = await builderFor();
    const { surveyId, q2 } = await buildBandedSurvey(builder, "shared-code");
    // The older version now also shown to 8 to 10: two versions of one code for one band.
    const clash = await builder.editQuestion(surveyId, q2, {
      type: "single_choice",
      "title.en": "How safe do you feel at school?",
      optionRows: "2",
      "option.0.id": "o1",
      "option.0.label.en": "Safe all of the time",
      "option.1.id": "o2",
      "option.1.label.en": "Safe some of the time",
      ageBands: ["8-10", "11-18"],
      code: "safe-school",
    });
    expect(clash.status).toBe(302);
    await builder.surveyPage(surveyId);
    const refused = await builder.surveyAction(surveyId, { intent: "publish" });
    expect(refused.status).toBe(400);
    const problems = (refused.data as { problems: { path: string; message: string }[] }).problems;
    expect(problems.map((p) => p.path)).toContain("questions.1.code");
  });

  it("lists Easy Read words missing in a language that has the standard words", async () => {
    const builder = await builderFor();
    const { surveyId, q1 } = await buildBandedSurvey(builder, "easy-missing");
    await builder.questionPage(surveyId, q1);
    const polish = await builder.editQuestion(surveyId, q1, { ...YOUNGER, lang: "pl", "title.pl": "Jak bezpiecznie czujesz się w szkole?" });
    expect(polish.status, JSON.stringify(polish.data)).toBe(302);
    const page = await builder.surveyPage(surveyId);
    const report = (page.data as { report: { language: string; missing: { questionId: string | null; field: string }[] }[] }).report;
    const missing = report.find((r) => r.language === "pl")!.missing.map((m) => `${m.questionId ?? "survey"}:${m.field}`);
    // The Easy Read title is missing (Polish has the title); the Easy Read hint is not listed (Polish has no hint yet: that is what is missing).
    expect(missing).toContain(`${q1}:easyRead.title`);
    expect(missing).toContain(`${q1}:hint`);
    expect(missing).not.toContain(`${q1}:easyRead.hint`);
    expect(missing).toContain("survey:ageBand.8-10.label");
  });
});
