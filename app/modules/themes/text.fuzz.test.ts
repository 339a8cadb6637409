import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessDisclosure } from "~/modules/safeguarding/disclosure";
import { fuzzParameters, nastyText } from "../../../tests/support/fuzz-values";
import { DEFAULT_CODEBOOK } from "./codebook";
import { sentimentOf, suggestCodes } from "./suggest";
import { parseText } from "./text";

// Every free-text answer and message goes through these when it is stored
// (sentiment) and when staff code it (suggestions): any words at all.

/** Words that are also the names of what every JavaScript object inherits. */
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__"];

describe("text analysis (property-based)", () => {
  it("reads words that objects inherit as words (\"constructor\" was a 500 when feedback was stored)", () => {
    for (const word of INHERITED) {
      expect(() => sentimentOf(word), word).not.toThrow();
      const units = parseText(`my ${word} is ${word}`).units.map((u) => u.word);
      if (!word.includes("_")) expect(units).toContain(word.toLowerCase());
      expect(assessDisclosure(`${word} ${word}`).disclosure).toBe(false);
    }
  });

  it("analyses any text without throwing", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...INHERITED, "no one", "mum", "hungry", "don't"), nastyText), { maxLength: 20 }).map((w) => w.join(" ")), (text) => {
        sentimentOf(text);
        suggestCodes(text, DEFAULT_CODEBOOK);
      }),
      fuzzParameters(200),
    );
  });
});
