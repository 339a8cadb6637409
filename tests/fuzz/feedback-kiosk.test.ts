import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { partnerships } from "#db/schema/index.ts";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { seedDemo } from "~/modules/demo/seed.server";
import { AGE_BANDS, FEEDBACK_FROM, PREFER_NOT_TO_SAY, SOMEWHERE_ELSE } from "~/modules/feedback/feedback-form";
import { loadFeedbackPage, sendFeedback } from "~/modules/feedback/feedback.server";
import { signFormStart } from "~/modules/feedback/form-timer.server";
import { createKioskCode, createVenue } from "~/modules/kiosk/kiosk.server";
import { exitKiosk, loadAnswerPage, receiveKioskRecord, sendAnswerPage, setUpTablet } from "~/modules/kiosk/pages.server";
import { agreementField, answerField } from "~/modules/kiosk/paths";
import { loadLinkPage } from "~/modules/links/public.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { AGREEMENTS, cleanText } from "~/modules/responses/journey";
import { exitThisPage } from "~/modules/safety/exit.server";
import { findOpenSurvey, forgetOpenSurveys } from "~/modules/survey/surveys.server";
import {
  FUZZ_SECRET,
  assertClearRefusal,
  describeOutcome,
  fieldValue,
  formBody,
  fuzzContext,
  fuzzParameters,
  fuzzRequest,
  hugeText,
  nastyText,
  outcomeOf,
  postedValues,
  storeWatch,
  wellFormed,
  type FieldSpec,
} from "../support/fuzz";
import { BASE, TestClient } from "../support/integration-client";
import { setUpTestDatabase } from "../support/test-database";

// Anonymous feedback, the kiosk (set-up, its one-page form, the JSON kiosk.js
// sends), the exits and school links under arbitrary posts. The honeypot and
// the form timer are passed (a real signed time) so cases reach validation.

const t = setUpTestDatabase();
const context = fuzzContext(() => t.db);
const RUNS = 100;
const AREAS = ["Eastmoor", "Kingsbridge"];
// Compared as posted: a multipart body sends line breaks as CRLF, and its parser drops a leading byte order mark.
const lines = (text: string) => text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");

function feedbackSpec(id: string): FieldSpec {
  return {
    feedback: [id],
    started: [signFormStart(FUZZ_SECRET, id, Date.now() - 20_000)],
    p: ["northshire"],
    text: ["The youth club closed", "We need more buses"],
    from: [...FEEDBACK_FROM, PREFER_NOT_TO_SAY],
    age: [...AGE_BANDS, PREFER_NOT_TO_SAY],
    area: [...AREAS, SOMEWHERE_ELSE, PREFER_NOT_TO_SAY],
    website: [""],
  };
}

/** A tablet set up as the demo kiosk (it shows the parents' survey), or as a feedback kiosk. */
async function kioskClient(kind: "survey" | "feedback"): Promise<TestClient> {
  const client = new TestClient(context);
  let code: string = DEMO_KIOSK.code;
  if (kind === "feedback") {
    const [row] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
    const venueId = await createVenue(t.db, { partnershipId: row!.id, name: "Feedback corner", surveyId: null });
    code = (await createKioskCode(t.db, { venueId, createdBy: null })).code;
  }
  const done = await client.run(setUpTablet, client.request("/kiosk", { code }));
  expect(done.status).toBe(302);
  return client;
}

describe("fuzzing feedback, the kiosk, exits and links", () => {
  beforeEach(async () => {
    forgetPartnerships();
    forgetOpenSurveys(t.db);
    await seedDemo(t.db);
  });

  it("answers any feedback post with no server error, a clear message, the message kept, and nothing stored on refusal", async () => {
    const client = new TestClient(context);
    const watch = await storeWatch(t.db);
    await fc.assert(
      fc.asyncProperty(
        fc.uuid({ version: 4 }).chain((id) => formBody(feedbackSpec(id))),
        async (body) => {
          const outcome = await outcomeOf(() => sendFeedback(context(), fuzzRequest("/feedback?p=northshire", body, client.cookie ? { Cookie: client.cookie } : {})));
          await watch.check(outcome.status >= 400);
          const problem = assertClearRefusal(outcome);
          if (problem) throw new Error(problem);
          if (outcome.status >= 400) {
            const typed = postedValues(body, "text");
            const kept = (outcome.data as { values?: { text?: string } }).values?.text;
            if (typed?.[0] !== undefined) expect(lines(kept ?? ""), "the message was lost").toBe(lines(typed[0]));
            // The page sent back can be sent again: it carries its id and signed time.
            expect(outcome.data).toMatchObject({ feedbackId: expect.any(String), started: expect.any(String) });
          } else {
            expect([200, 302], describeOutcome(outcome)).toContain(outcome.status);
          }
        },
      ),
      fuzzParameters(RUNS),
    );
    // A good message still goes through.
    const id = crypto.randomUUID();
    const good = await client.run(sendFeedback, client.request("/feedback?p=northshire", { ...Object.fromEntries(Object.entries(feedbackSpec(id)).map(([k, v]) => [k, v[0]!])), text: "Thank you" }));
    expect(good.status).toBe(302);
  });

  it("answers the feedback page and the exits for any partnership, query and body with no server error", async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, formBody({ p: ["northshire"] }), async (p, body) => {
        const query = `?p=${encodeURIComponent(wellFormed(p))}`;
        for (const run of [
          () => loadFeedbackPage(context(), new Request(`${BASE}/feedback${query}`)),
          () => exitThisPage(context(), new Request(`${BASE}/exit${query}`)),
          () => exitThisPage(context(), fuzzRequest(`/exit${query}`, body, { Cookie: `heard_response=${encodeURIComponent(wellFormed(p))}` })),
          () => exitKiosk(context(), fuzzRequest(`/kiosk/exit${query}`, body, { Cookie: `heard_kiosk=${encodeURIComponent(wellFormed(p))}` })),
        ]) {
          const outcome = await outcomeOf(run);
          const problem = assertClearRefusal(outcome);
          if (problem) throw new Error(`p=${JSON.stringify(p)}: ${problem}`);
        }
      }),
      fuzzParameters(RUNS),
    );
  });

  it("answers any school or setting link code with its own page, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nastyText, hugeText, fc.constant(undefined)), async (code) => {
        const outcome = await outcomeOf(() => loadLinkPage(context(), code));
        expect(outcome.status, describeOutcome(outcome)).toBeLessThan(500);
        // The page's words follow its state: unknown, closed or unavailable.
        if (outcome.status >= 400) expect(["unknown", "closed"]).toContain((outcome.data as { state: string }).state);
      }),
      fuzzParameters(RUNS),
    );
  });

  it("answers any kiosk set-up code with no server error and a clear message", async () => {
    const watch = await storeWatch(t.db);
    await fc.assert(
      fc.asyncProperty(formBody({ code: ["ABCD-EFGH-JKMN", "", " "] }), async (body) => {
        const outcome = await outcomeOf(() => setUpTablet(context(), fuzzRequest("/kiosk", body)));
        await watch.check(outcome.status >= 400);
        const problem = assertClearRefusal(outcome);
        if (problem) throw new Error(problem);
      }),
      fuzzParameters(RUNS),
    );
  });

  it("answers any post of the kiosk's one-page form (survey and feedback) with no server error, what was typed kept, nothing stored on refusal", async () => {
    const survey = (await findOpenSurvey(t.db, DEMO_KIOSK.surveySlug))!;
    const surveySpec: FieldSpec = {
      response: [crypto.randomUUID()],
      version: [survey.versionId, "not-a-version"],
      ...Object.fromEntries(
        survey.definition.questions.flatMap((q) => [
          [answerField(q.id), q.type === "free_text" || q.type === "draft_text" ? ["Longer opening hours", ""] : q.options.map((o) => o.id)],
          ...(q.type === "draft_text" ? [[agreementField(q.id), [...AGREEMENTS]]] : []),
        ]),
      ),
    };
    const textFields = survey.definition.questions.filter((q) => q.type === "free_text").map((q) => q.id);
    const feedbackFields: FieldSpec = { ...feedbackSpec(crypto.randomUUID()), response: [crypto.randomUUID()] };
    for (const [kind, spec] of [["survey", surveySpec], ["feedback", feedbackFields]] as const) {
      const client = await kioskClient(kind);
      const watch = await storeWatch(t.db);
      await fc.assert(
        fc.asyncProperty(fc.uuid({ version: 4 }), formBody(spec), async (id, body) => {
          // A fresh id for each case, as each page load makes one.
          if (body.kind !== "raw") body.fields = body.fields.map(([n, v]) => [n, n === "response" && v === spec.response![0] ? id : v]);
          const outcome = await outcomeOf(() => sendAnswerPage(context(), fuzzRequest("/kiosk/answer", body, { Cookie: client.cookie })));
          await watch.check(outcome.status >= 400);
          const problem = assertClearRefusal(outcome);
          if (problem) throw new Error(`${kind}: ${problem}`);
          if (outcome.status >= 400) {
            const values = (outcome.data as { values?: Record<string, string[]> }).values ?? {};
            for (const field of kind === "survey" ? textFields : ["text"]) {
              const typed = postedValues(body, kind === "survey" ? answerField(field) : field) ?? [];
              const shown = lines((values[field] ?? []).join("\n"));
              const wanted = kind === "survey" ? typed : typed.slice(0, 1);
              // Compared as stored: line breaks, control characters and outer spaces (a byte order mark too) are tidied.
              for (const v of wanted) if (cleanText(v) !== "") expect(cleanText(shown), `${kind}: lost what was typed in ${field}`).toContain(cleanText(v));
            }
          } else {
            expect([200, 302], describeOutcome(outcome)).toContain(outcome.status);
          }
        }),
        fuzzParameters(RUNS),
      );
      const page = await client.run(loadAnswerPage, client.request("/kiosk/answer"));
      expect(page.status, `${kind}: the kiosk still works`).toBe(200);
    }
  });

  it("answers any JSON (or not) sent to /kiosk/send with no server error, storing only what is valid", async () => {
    const survey = (await findOpenSurvey(t.db, DEMO_KIOSK.surveySlug))!;
    const client = await kioskClient("survey");
    const names = survey.definition.questions.map((q) => answerField(q.id));
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...names, "text", "response"), nastyText), fc.oneof(fieldValue(survey.definition.questions.flatMap((q) => q.options.map((o) => o.id))), hugeText));
    const record = fc.record(
      {
        id: fc.oneof(fc.uuid({ version: 4 }), nastyText),
        version: fc.oneof(fc.constant(survey.versionId), nastyText, fc.integer()),
        fields: fc.oneof(fc.array(pair, { maxLength: 30 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const json = fc.oneof(
      { weight: 4, arbitrary: record.map((r) => JSON.stringify(r)) },
      // JSON with lone surrogates and NULs written as escapes, which JSON.stringify keeps.
      { weight: 2, arbitrary: fc.tuple(fc.uuid({ version: 4 }), fc.constantFrom(...names), fc.constantFrom("\\ud800", "\\u0000", "\\udfff x", "a\\u0000b", "\\ud83d\\ude00")).map(([id, name, escaped]) => `{"id":"${id}","version":"${survey.versionId}","fields":[["${name}","${escaped}"],["${name}","ok"]]}`) },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: nastyText },
    );
    const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "");
    const watch = await storeWatch(t.db);
    await fc.assert(
      fc.asyncProperty(json, contentType, fc.boolean(), async (body, type, asKiosk) => {
        const headers: Record<string, string> = { "Content-Type": type, ...(asKiosk ? { Cookie: client.cookie } : {}) };
        const request = new Request(`${BASE}/kiosk/send`, { method: "POST", headers, body });
        const outcome = await outcomeOf(() => receiveKioskRecord(context(), request));
        await watch.check(outcome.status >= 400);
        if (outcome.status >= 500) throw new Error(`server error: ${describeOutcome(outcome)}\nbody: ${body.slice(0, 300)}`);
        if (outcome.status >= 400) {
          // kiosk.js reads an error code or the errors by question.
          expect(outcome.data, describeOutcome(outcome)).toMatchObject(expect.objectContaining(outcome.status === 422 ? { errors: expect.any(Object) } : { error: expect.any(String) }));
        } else {
          expect(outcome.status, describeOutcome(outcome)).toBe(200);
        }
      }),
      fuzzParameters(RUNS),
    );
  });
});
