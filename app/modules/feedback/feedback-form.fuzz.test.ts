import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters, hugeText, nastyText } from "../../../tests/support/fuzz-values";
import { AGE_BANDS, FEEDBACK_FROM, FEEDBACK_MAX_LENGTH, PREFER_NOT_TO_SAY, SOMEWHERE_ELSE, parseFeedback } from "./feedback-form";
import { checkFormStart, signFormStart } from "./form-timer.server";

// Properties of the feedback form's reader and its signed timer, on arbitrary strings.

const AREAS = ["Eastmoor", "Kingsbridge"];
const choice = (known: readonly string[]) => fc.oneof(fc.constantFrom("", ...known), nastyText);

describe("feedback form (property-based)", () => {
  it("reads any values as a message it may store, or errors it can show", () => {
    fc.assert(
      fc.property(
        fc.record({
          text: fc.oneof(nastyText, hugeText, fc.constant("A message")),
          from: choice([...FEEDBACK_FROM, PREFER_NOT_TO_SAY]),
          age: choice([...AGE_BANDS, PREFER_NOT_TO_SAY]),
          area: choice([...AREAS, SOMEWHERE_ELSE, PREFER_NOT_TO_SAY]),
          honeypot: nastyText,
        }),
        (values) => {
          const parsed = parseFeedback(values, AREAS);
          if (parsed.kind === "invalid") {
            expect(Object.keys(parsed.errors).length).toBeGreaterThan(0);
            for (const e of Object.values(parsed.errors)) expect(e.key).toMatch(/^feedback:errors\.\w+$/);
            return;
          }
          const { text, from, ageBand, area } = parsed.feedback;
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(FEEDBACK_MAX_LENGTH);
          expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
          if (from !== null) expect(FEEDBACK_FROM).toContain(from);
          if (ageBand !== null) expect([...AGE_BANDS, PREFER_NOT_TO_SAY]).toContain(ageBand);
          if (area !== null) expect([...AREAS, SOMEWHERE_ELSE, PREFER_NOT_TO_SAY]).toContain(area);
        },
      ),
      fuzzParameters(1000),
    );
  });

  it("never accepts a start time it did not sign, and never throws", () => {
    const secret = "a-fuzz-secret-that-is-long-enough-0001";
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.tuple(fc.integer({ min: 0 }), fc.string({ minLength: 43, maxLength: 43 })).map(([n, s]) => `${n}.${s}`)), fc.uuid(), (token, id) => {
        expect(checkFormStart([secret], id, token, Date.now()).kind).toBe("invalid");
      }),
      fuzzParameters(1000),
    );
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 0, max: 4_000_000_000_000 }), (id, at) => {
        expect(checkFormStart([secret], id, signFormStart(secret, id, at), at + 60_000).kind).toBe("ok");
      }),
      fuzzParameters(200),
    );
  });
});
