import fc from "fast-check";

// Values for property-based tests (no database): the run count knob and
// strings that have broken forms, databases and pages before.

/** Cases per property: FUZZ_RUNS, or the file's CI default. `npm run test:fuzz` sets 10,000. */
export function fuzzRuns(ciDefault: number): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? Math.floor(fromEnv) : ciDefault;
}

/** fast-check's parameters: the run count, and a seed from FUZZ_SEED to replay a failure. */
export function fuzzParameters(ciDefault: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: fuzzRuns(ciDefault), ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}) };
}

// ---- Strings ---------------------------------------------------------------------

/** Characters that have broken forms, databases and pages before. */
const NASTY = [
  "\u0000", "\u0001", "\u001f", "\u007f", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\uffff",
  "\ud800", "\udfff", "\ud83d", "\ude00", "😀", "👩🏽‍👧", "🏳️‍🌈", "\u0301", "ﷺ", "مرحبا", "שלום", "ł", "ă", "ã", "ے",
  "\r\n", "\r", "\n", "\t", " ", "\u00a0", "\u2028", "%", "%00", "%zz", "&", "=", "+", ";", "\"", "'", "`", "\\", "/", "..",
  "<script>window.__pwned=1</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "{{7*7}}", "=HYPERLINK(\"x\")",
  "'; drop table responses; --", "\\u0000", "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "[object Object]", "NaN", "-1", "1e309", "null", "undefined",
];

/** Any string: short unicode, lone surrogates, control characters, injection attempts. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant("") },
);

/** A huge string: past every limit the forms have (and the body limit's neighbourhood). */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("a", "word ", "😀", "\u202e", "<b>", "\u0000", "ł "), fc.integer({ min: 2_001, max: 30_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** A value for a field: usually one the page could send, sometimes anything at all. */
export function fieldValue(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(known.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 3, arbitrary: nastyText },
    { weight: 1, arbitrary: hugeText },
  );
}

/** The string as UTF-8 carries it: each lone surrogate becomes U+FFFD (String.prototype.toWellFormed). */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
