import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FEEDBACK_MAX_LENGTH } from "~/modules/feedback/feedback-form";
import { assessDisclosure, mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { fuzzParameters, nastyText } from "../../../tests/support/fuzz-values";
import { PLACEHOLDERS, redact } from "./redact";

// Redaction and the disclosure detector read every free-text answer and
// feedback message: any unicode at all, quickly (no runaway regular expressions).

const words = fc.constantFrom("my", "mum", "hits", "me", "Jo", "Smith", "lives", "at", "12", "High", "Street", "LS1 4AB", "07700 900123", "jo@example.org", "@jo_s", "https://x.example", "aged", "9", "school", "—", "I", "want", "to", "die", "dad", "scared", "home");
const sentence = fc.array(fc.oneof(words, nastyText), { maxLength: 40 }).map((parts) => parts.join(" "));
/**
 * Long, repetitive text up to the longest any form accepts (feedback's 5,000
 * characters: longer text is refused before it is analysed): where a
 * backtracking expression would take seconds.
 */
const adversarial = fc
  .tuple(fc.constantFrom("a ", "my mum ", "07700 ", "@@@@", "ab.", "Jo ", "1 1 1 ", "http://", "\u202e", "😀 ", "my dad my dad "), fc.integer({ min: 1_000, max: FEEDBACK_MAX_LENGTH }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

describe("redaction and disclosure (property-based)", () => {
  it("redacts any text: replacements inside the text, in order, each shown as its placeholder", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, nastyText), (text) => {
        const result = redact(text, { schoolNames: ["Eastmoor Academy"], placeNames: ["Eastmoor"] });
        let last = 0;
        for (const r of result.replaced) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(result.text).toContain(PLACEHOLDERS[r.kind]);
          last = r.end;
        }
        if (result.replaced.length === 0) expect(result.text).toBe(text);
      }),
      fuzzParameters(500),
    );
  });

  it("assesses any text, agreeing with mayDiscloseHarm", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, nastyText), (text) => {
        const assessment = assessDisclosure(text);
        expect(mayDiscloseHarm(text)).toBe(assessment.disclosure);
        if (!assessment.disclosure) expect(assessment.signals).toEqual([]);
      }),
      fuzzParameters(500),
    );
  });

  it("reads long repetitive text in good time", () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const started = performance.now();
        redact(text);
        mayDiscloseHarm(text);
        // Generous for a busy CI machine; a runaway expression takes far longer.
        expect(performance.now() - started).toBeLessThan(1_500);
      }),
      fuzzParameters(20),
    );
  });
});
