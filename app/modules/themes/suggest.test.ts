import { describe, expect, it } from "vitest";
import { DEFAULT_CODEBOOK } from "./codebook";
import { type CodeDefinition, type LearnedExample, sentimentOf, suggestCodes, SUGGEST_TUNING } from "./suggest";
import { THEME_FIXTURES } from "./theme-fixtures";

const README_CODES = [
  "basic_needs", "safety_supervision", "health", "emotional_needs", "parental_difficulties", "money_housing", "school",
  "being_heard", "professionals", "barriers_to_help", "support_sources", "early_help_access", "young_carers",
  "adolescent_risk", "parenting_support", "isolation",
];

const codesOf = (text: string, codebook = DEFAULT_CODEBOOK, learned: LearnedExample[] = []) =>
  suggestCodes(text, codebook, learned).map((s) => s.code);

describe("the default codebook", () => {
  it("has the 16 codes exactly as the codebook names them, each fully described", () => {
    expect(DEFAULT_CODEBOOK.map((c) => c.code)).toEqual(README_CODES);
    for (const code of DEFAULT_CODEBOOK) {
      expect(code.label.length).toBeGreaterThan(3);
      expect(code.staffDescription.length).toBeGreaterThan(10);
      expect(code.childDescription.length).toBeGreaterThan(10);
      expect(code.examplePhrases.length).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps children's descriptions short and plain (sentences under 25 words)", () => {
    for (const code of DEFAULT_CODEBOOK) {
      for (const sentence of code.childDescription.split(/[.:]\s/)) expect(sentence.split(/\s+/).length).toBeLessThan(25);
    }
  });
});

describe("suggestCodes on made-up sentences", () => {
  it("has at least five fixtures per code", () => {
    for (const code of README_CODES) expect(THEME_FIXTURES.filter((f) => f.codes[0] === code).length).toBeGreaterThanOrEqual(5);
  });

  it("finds each sentence's main code for most sentences of every code (per-code recall ≥ 0.8)", () => {
    const recall = new Map<string, { hit: number; all: number }>();
    for (const fixture of THEME_FIXTURES) {
      const main = fixture.codes[0]!;
      const row = recall.get(main) ?? { hit: 0, all: 0 };
      row.all++;
      if (codesOf(fixture.text).includes(main)) row.hit++;
      recall.set(main, row);
    }
    const low = [...recall].filter(([, r]) => r.hit / r.all < 0.8).map(([code, r]) => `${code} ${r.hit}/${r.all}`);
    expect(low).toEqual([]);
  });

  it("suggests at most three codes, best first, with scores between 0 and 1", () => {
    for (const fixture of THEME_FIXTURES) {
      const suggestions = suggestCodes(fixture.text, DEFAULT_CODEBOOK, []);
      expect(suggestions.length).toBeLessThanOrEqual(SUGGEST_TUNING.maxCodes);
      const scores = suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const score of scores) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it("gives as reasons phrases that are in the text", () => {
    const text = "My dad drinks every night and I look after my little sisters.";
    const suggestions = suggestCodes(text, DEFAULT_CODEBOOK, []);
    expect(suggestions.map((s) => s.code)).toEqual(expect.arrayContaining(["parental_difficulties", "young_carers"]));
    for (const s of suggestions) {
      expect(s.reason.phrases.length).toBeGreaterThan(0);
      for (const phrase of s.reason.phrases) expect(text).toContain(phrase);
    }
    expect(suggestions.find((s) => s.code === "young_carers")!.reason.phrases).toContain("look after my little sisters");
  });

  it("reads text-speak, other spellings and curly apostrophes", () => {
    expect(codesOf("im sooo hungery, no food in da house")).toContain("basic_needs");
    expect(codesOf("my mam’s always drunk")).toContain("parental_difficulties");
    expect(codesOf("no1 listens 2 me")).toContain("being_heard");
  });

  it("counts a negated cue marked for it for less ('not lonely')", () => {
    const lonely = suggestCodes("I feel lonely", DEFAULT_CODEBOOK, []).find((s) => s.code === "isolation");
    const notLonely = suggestCodes("I'm not lonely", DEFAULT_CODEBOOK, []).find((s) => s.code === "isolation");
    expect(lonely).toBeDefined();
    expect(notLonely?.score ?? 0).toBeLessThan(lonely!.score);
  });

  it("suggests nothing for empty or unrelated text", () => {
    expect(suggestCodes("", DEFAULT_CODEBOOK, [])).toEqual([]);
    expect(suggestCodes("   ", DEFAULT_CODEBOOK, [])).toEqual([]);
    expect(suggestCodes("The quarterly figures are attached.", DEFAULT_CODEBOOK, [])).toEqual([]);
  });
});

describe("suggestCodes learns from a partnership's codes", () => {
  const custom: CodeDefinition = {
    code: "transport",
    label: "Getting around",
    staffDescription: "Buses, lifts, the cost and safety of travel to school, services and activities.",
    childDescription: "How you get to places, like buses and lifts.",
    examplePhrases: ["the bus is too expensive", "no buses to the youth club", "I can't get a lift"],
  };
  const codebook = [...DEFAULT_CODEBOOK, custom];

  it("suggests a partnership's new code from its example phrases", () => {
    const text = "There are no buses after six so I can't get to the club";
    expect(codesOf(text, DEFAULT_CODEBOOK)).not.toContain("transport");
    const suggestion = suggestCodes(text, codebook, []).find((s) => s.code === "transport");
    expect(suggestion).toBeDefined();
    expect(suggestion!.reason.phrases.every((p) => text.includes(p))).toBe(true);
  });

  it("suggests a code for a text like ones analysts coded with it, naming them", () => {
    const learned: LearnedExample[] = [
      { id: "L1", text: "The train fare to the sixth form costs a fortune every week", codes: ["transport"] },
      { id: "L2", text: "Train fares went up again and I walk an hour instead", codes: ["transport"] },
      { id: "L3", text: "My teacher is lovely", codes: ["school"] },
    ];
    const text = "The train fare is too much for me now";
    expect(codesOf(text, codebook, [])).not.toContain("transport");
    const suggestion = suggestCodes(text, codebook, learned).find((s) => s.code === "transport");
    expect(suggestion).toBeDefined();
    expect(suggestion!.reason.similar).toEqual(expect.arrayContaining(["L1", "L2"]));
    expect(suggestion!.reason.similar).not.toContain("L3");
  });

  it("ignores learned codes the codebook does not have", () => {
    const learned: LearnedExample[] = [{ id: "x", text: "the train fare is too much", codes: ["retired_code"] }];
    expect(codesOf("the train fare is too much for me", DEFAULT_CODEBOOK, learned)).not.toContain("retired_code");
  });
});

describe("sentimentOf", () => {
  it.each([
    ["My youth worker is brilliant and really helped me", "positive"],
    ["I love my nan, she makes me feel safe", "positive"],
    ["The family hub was so kind and welcoming", "positive"],
    ["I'm scared and hungry and nobody cares", "negative"],
    ["My dad hits me when he is drunk", "negative"],
    ["I hate school, everyone bullies me", "negative"],
    ["It was not helpful at all", "negative"],
    ["I go to school on the bus", "neutral"],
    ["We live in a flat with my mum and two brothers", "neutral"],
    ["", "neutral"],
  ] as const)("%j is %s", (text, expected) => {
    expect(sentimentOf(text)).toBe(expected);
  });
});

describe("speed", () => {
  it("measures texts per second on one core (printed, not asserted)", () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `${THEME_FIXTURES[i % THEME_FIXTURES.length]!.text} (${i})`);
    const started = performance.now();
    for (const text of texts) {
      suggestCodes(text, DEFAULT_CODEBOOK, []);
      sentimentOf(text);
    }
    const perSecond = Math.round(texts.length / ((performance.now() - started) / 1000));
    console.log(`themes + sentiment: ${perSecond} texts per second (goal 2,000)`);
    expect(perSecond).toBeGreaterThan(0);
  });
});
