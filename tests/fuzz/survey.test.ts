import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "~/modules/demo/seed.server";
import { AGREEMENT_FIELD, AGREEMENTS, cleanText } from "~/modules/responses/journey";
import { answerQuestion, beginResponse, loadCheckPage, loadQuestionPage, loadStartPage, sendResponse } from "~/modules/responses/respondent.server";
import { visibleQuestions, forAgeBand } from "~/modules/responses/journey";
import { findOpenSurvey, forgetOpenSurveys } from "~/modules/survey/surveys.server";
import type { Question } from "~/modules/survey/definition";
import {
  assertClearRefusal,
  describeOutcome,
  formBody,
  fuzzContext,
  fuzzParameters,
  fuzzRequest,
  nastyText,
  outcomeOf,
  postedValues,
  storedCounts,
  storeWatch,
  type FieldSpec,
  type FuzzBody,
} from "../support/fuzz";
import { TestClient } from "../support/integration-client";
import { setUpTestDatabase } from "../support/test-database";

// The respondent's journey under arbitrary posts: the start page, one
// question of every type, and "Check your answers". Never a server error; a
// refusal says why, keeps what was typed and stores nothing; good input
// still goes through afterwards.

const t = setUpTestDatabase();
const context = fuzzContext(() => t.db);
const RUNS = 100;
const SURVEYS = ["demo-young-people", "demo-parents", "demo-draft-strategy", "demo-growing-up"] as const;

interface Started {
  client: TestClient;
  slug: string;
  responseId: string;
  questions: Question[];
}

/** A respondent with a response begun on `slug` (its first age band, when it has them). */
async function begin(slug: string): Promise<Started> {
  const client = new TestClient(context);
  const page = await client.run((c, r) => loadStartPage(c, r, slug), client.request(`/s/${slug}`));
  const { responseId, ageBands } = page.data as { responseId: string; ageBands: { id: string }[] };
  const band = ageBands[0]?.id;
  const started = await client.run((c, r) => beginResponse(c, r, slug), client.request(`/s/${slug}`, { response: responseId, ...(band ? { ageBand: band } : {}) }));
  expect(started.status).toBe(302);
  const survey = (await findOpenSurvey(t.db, slug))!;
  const definition = forAgeBand(survey.definition, band ?? null);
  return { client, slug, responseId, questions: visibleQuestions(definition, {}).filter((q) => !q.showIf) };
}

function headersOf(client: TestClient): Record<string, string> {
  return client.cookie ? { Cookie: client.cookie } : {};
}

/** The fields a question's page posts, and the values it could send. */
function questionSpec(question: Question, responseId: string): FieldSpec {
  const answer =
    question.type === "free_text" || question.type === "draft_text"
      ? ["Nothing to do after school", "", "I want more help\nand less waiting"]
      : question.options.map((o) => o.id);
  return {
    response: [responseId],
    answer,
    ...(question.type === "draft_text" ? { [AGREEMENT_FIELD]: [...AGREEMENTS] } : {}),
  };
}

describe("fuzzing the survey journey", () => {
  beforeEach(async () => {
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("answers every question type's page with no server error, a clear message, what was typed kept, and nothing stored on refusal", async () => {
    // One question of each type, from whichever demo survey has it.
    const byType = new Map<string, Started & { question: Question }>();
    for (const slug of SURVEYS) {
      const started = await begin(slug);
      for (const question of started.questions) if (!byType.has(question.type)) byType.set(question.type, { ...started, question });
    }
    expect([...byType.keys()].sort()).toEqual(["draft_text", "face_scale", "free_text", "information", "multiple_choice", "single_choice", "yes_no"]);

    for (const [type, { client, slug, responseId, question }] of byType) {
      const path = `/s/${slug}/q/${question.id}`;
      const watch = await storeWatch(t.db);
      await fc.assert(
        fc.asyncProperty(formBody(questionSpec(question, responseId)), fc.boolean(), async (body: FuzzBody, change) => {
          const request = fuzzRequest(change ? `${path}?change=1` : path, body, headersOf(client));
          const outcome = await outcomeOf(() => answerQuestion(context(), request, slug, question.id));
          await watch.check(outcome.status >= 400);
          const problem = assertClearRefusal(outcome);
          if (problem) throw new Error(`${type}: ${problem}`);
          if (outcome.status >= 400) {
            // What was typed comes back to the page.
            const typed = postedValues(body, "answer");
            if (typed && (question.type === "free_text" || question.type === "draft_text")) {
              // Compared as stored: a multipart body sends line breaks as CRLF, and its parser drops a byte order mark.
              const shown = cleanText(((outcome.data as { values?: string[] }).values ?? []).join("\n"));
              for (const value of typed) if (cleanText(value) !== "") expect(shown, `${type}: lost what was typed`).toContain(cleanText(value));
            }
          } else {
            expect([200, 302], `${type}: ${describeOutcome(outcome)}`).toContain(outcome.status);
          }
        }),
        fuzzParameters(Math.ceil(RUNS * 0.6)),
      );
      // Good input still goes through.
      const good = question.type === "free_text" || question.type === "draft_text" ? { answer: "More clubs", ...(question.type === "draft_text" ? { agreement: "agree" } : {}) } : { answer: question.options[0]?.id ?? "" };
      const ok = await client.run((c, r) => answerQuestion(c, r, slug, question.id), client.request(path, { response: responseId, ...good }));
      expect(ok.status, type).toBe(302);
    }
  });

  it("starts a response from any start-page post with no server error", async () => {
    for (const slug of ["demo-young-people", "demo-growing-up"]) {
      const survey = (await findOpenSurvey(t.db, slug))!;
      const bands = (survey.definition.ageBands ?? []).map((b) => b.id);
      await fc.assert(
        fc.asyncProperty(formBody({ response: [crypto.randomUUID(), "not-a-uuid"], ageBand: bands, link: ["NOPE-NOPE"] }), fc.boolean(), async (body, withCookie) => {
          const client = new TestClient(context);
          if (withCookie) await begin(slug).then((s) => (client.cookie = s.client.cookie));
          const before = await storedCounts(t.db);
          const outcome = await outcomeOf(() => beginResponse(context(), fuzzRequest(`/s/${slug}`, body, headersOf(client)), slug));
          // The page shows "choose" as the age band's own message.
          const shown = (outcome.data as { errors?: { ageBand?: string } } | undefined)?.errors?.ageBand === "choose" ? { ...outcome, data: { errors: { ageBand: { key: "easy:ageBand.error" } } } } : outcome;
          const problem = assertClearRefusal(shown);
          if (problem) throw new Error(problem);
          if (outcome.status >= 400) {
            // Only a survey with age bands refuses: "Choose how old you are".
            expect(bands.length).toBeGreaterThan(0);
            expect(outcome.data).toMatchObject({ errors: { ageBand: "choose" } });
            expect(await storedCounts(t.db)).toEqual(before);
          } else {
            expect(outcome.status, describeOutcome(outcome)).toBe(302);
          }
        }),
        // Two surveys: with the CI default, half each, so the start page meets RUNS cases in all (FUZZ_RUNS gives each the full count).
        fuzzParameters(Math.ceil(RUNS / 2)),
      );
    }
  });

  it("answers 'Check your answers' posts with no server error and a clear message", async () => {
    const started = await begin("demo-young-people");
    const path = `/s/${started.slug}/check`;
    const watch = await storeWatch(t.db);
    await fc.assert(
      fc.asyncProperty(formBody({ response: [started.responseId] }), async (body) => {
        const outcome = await outcomeOf(() => sendResponse(context(), fuzzRequest(path, body, headersOf(started.client)), started.slug));
        await watch.check(outcome.status >= 400);
        const problem = assertClearRefusal(outcome);
        if (problem) throw new Error(problem);
        if (outcome.status < 400) expect(outcome.status).toBe(302);
      }),
      fuzzParameters(RUNS),
    );
  });

  it("answers any survey slug and question id, on every page and post, with no server error", async () => {
    const started = await begin("demo-young-people");
    const anyId = fc.oneof(nastyText, fc.constantFrom("demo-young-people", "home-feel", "check", "..", "%2e%2e", "q", ""));
    await fc.assert(
      fc.asyncProperty(anyId, anyId, fc.boolean(), async (slug, questionId, withCookie) => {
        const headers = withCookie ? headersOf(started.client) : {};
        const get = () => new Request(`http://heard.test/s/x`, { headers });
        const post = () => fuzzRequest("/s/x", { kind: "urlencoded", fields: [["response", started.responseId], ["answer", "yes"]] }, headers);
        for (const run of [
          () => loadStartPage(context(), get(), slug),
          () => loadQuestionPage(context(), get(), slug, questionId),
          () => loadCheckPage(context(), get(), slug),
          () => beginResponse(context(), post(), slug),
          () => answerQuestion(context(), post(), slug, questionId),
          () => answerQuestion(context(), post(), "demo-young-people", questionId),
        ]) {
          const problem = assertClearRefusal(await outcomeOf(run));
          if (problem) throw new Error(`slug ${JSON.stringify(slug)}, question ${JSON.stringify(questionId)}: ${problem}`);
        }
      }),
      fuzzParameters(RUNS),
    );
  });
});
