import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_SURVEYS } from "~/modules/demo/demo-surveys";
import { surveyDefinition, type Question, type SurveyDefinition } from "~/modules/survey/definition";
import { fuzzParameters, hugeText, nastyText } from "../../../tests/support/fuzz-values";
import { parseCompleted } from "./completed";
import { cleanText, maxLengthOf, parseAnswer } from "./journey";

// Properties of the answer parsers every public form uses (the web journey,
// the kiosk, answers imports), on arbitrary strings.

const definitions: SurveyDefinition[] = DEMO_SURVEYS.map((s) => surveyDefinition.parse(s.definition));
const questions: Question[] = definitions.flatMap((d) => d.questions);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const anyValues = (question: Question) =>
  fc.array(fc.oneof(fc.constantFrom(...question.options.map((o) => o.id), "", "yes"), nastyText, hugeText), { maxLength: 6 });

describe("answer parsing (property-based)", () => {
  it("cleans any text to something PostgreSQL stores: no control characters, no lone surrogates, idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.string({ unit: "binary" })), (raw) => {
        const text = cleanText(raw);
        expect(text).not.toMatch(CONTROL);
        expect(text).not.toMatch(LONE_SURROGATE);
        expect(text).not.toContain("\r");
        expect(cleanText(text)).toBe(text);
      }),
      fuzzParameters(500),
    );
    // The case the kiosk's JSON found: a lone surrogate became a 500 at the jsonb insert.
    expect(cleanText("a\ud800b\udfff")).toBe("a\ufffdb\ufffd");
    expect(cleanText("😀")).toBe("😀");
  });

  it("reads any submitted values for any question as an answer the question allows, a skip, or an error with a message key", () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), anyValues(q), fc.array(nastyText, { maxLength: 3 }))), ([question, submitted, agreement]) => {
        const parsed = parseAnswer(question, submitted, agreement);
        if (parsed.kind === "invalid") {
          expect(parsed.error.key).toMatch(/^(errors|consult:errors)\./);
          return;
        }
        if (parsed.kind === "skipped") {
          // A required question is never skipped (an information page has nothing to answer).
          expect(question.required && question.type !== "information").toBe(false);
          return;
        }
        const value = parsed.value;
        const known = new Set(question.options.map((o) => o.id));
        if ("choice" in value) expect(known.has(value.choice)).toBe(true);
        if ("choices" in value) for (const c of value.choices) expect(known.has(c)).toBe(true);
        if ("text" in value && typeof value.text === "string") {
          expect(value.text.length).toBeLessThanOrEqual(maxLengthOf(question));
          expect(cleanText(value.text)).toBe(value.text);
          expect(value.text).not.toBe("");
        }
      }),
      fuzzParameters(1000),
    );
  });

  it("reads any whole response (kiosk, import) without throwing, with an error per refused question", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...definitions).chain((d) =>
          fc.tuple(fc.constant(d), fc.dictionary(fc.oneof(fc.constantFrom(...d.questions.map((q) => q.id)), nastyText), fc.array(fc.oneof(nastyText, fc.constantFrom("", ...d.questions.flatMap((q) => q.options.map((o) => o.id)))), { maxLength: 4 }))),
        ),
        ([definition, raw]) => {
          const result = parseCompleted(definition, raw);
          if (result.ok) for (const id of Object.keys(result.answers)) expect(definition.questions.some((q) => q.id === id)).toBe(true);
          else for (const id of Object.keys(result.errors)) expect(definition.questions.some((q) => q.id === id)).toBe(true);
        },
      ),
      fuzzParameters(500),
    );
  });
});
