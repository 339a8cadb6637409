import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { surveyDefinition, type Question } from "~/modules/survey/definition";
import {
  cleanText,
  formValuesOf,
  hiddenAnswerIds,
  parseAnswer,
  postedPageValues,
  sectionPosition,
  stepAfter,
  stepBefore,
  typedTextOf,
  unansweredRequired,
  visibleQuestions,
} from "./journey";

const en = (text: string) => ({ en: text });
const yesNo = [
  { id: "yes", label: en("Yes") },
  { id: "no", label: en("No") },
  { id: "prefer-not-to-say", label: en("I'd rather not say"), exclusive: true },
];

const definition = surveyDefinition.parse({
  title: en("Test"),
  summary: en("A test survey"),
  minutes: 2,
  questions: [
    { id: "asked", type: "yes_no", title: en("Did you ask?"), required: true, options: yesNo },
    { id: "what-happened", type: "free_text", title: en("What happened?"), showIf: { questionId: "asked", anyOf: ["yes"] } },
    { id: "why-not", type: "multiple_choice", title: en("Why not?"), showIf: { questionId: "asked", anyOf: ["no"] }, options: [
      { id: "scared", label: en("Scared") },
      { id: "fault", label: en("My fault") },
      { id: "none", label: en("None of these"), exclusive: true },
    ] },
    { id: "more", type: "yes_no", title: en("More?"), showIf: { questionId: "why-not", anyOf: ["scared"] }, options: yesNo },
    { id: "last", type: "free_text", title: en("Anything else?"), maxLength: 10 },
  ],
});
const question = (id: string) => definition.questions.find((q) => q.id === id) as Question;
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe("skip logic", () => {
  it("shows only the branch the answer leads to", () => {
    expect(ids(visibleQuestions(definition, {}))).toEqual(["asked", "last"]);
    expect(ids(visibleQuestions(definition, { asked: { choice: "yes" } }))).toEqual(["asked", "what-happened", "last"]);
    expect(ids(visibleQuestions(definition, { asked: { choice: "no" }, "why-not": { choices: ["scared"] } }))).toEqual([
      "asked",
      "why-not",
      "more",
      "last",
    ]);
  });

  it("hides questions whose own condition is hidden, even with an old answer", () => {
    const answers = { asked: { choice: "yes" }, "why-not": { choices: ["scared"] }, more: { choice: "yes" } };
    expect(ids(visibleQuestions(definition, answers))).toEqual(["asked", "what-happened", "last"]);
    expect(hiddenAnswerIds(definition, answers).sort()).toEqual(["more", "why-not"]);
  });

  it("moves forward and back along the visible questions", () => {
    const answers = { asked: { choice: "no" } };
    expect(stepAfter(definition, answers, "asked")).toEqual({ kind: "question", questionId: "why-not" });
    expect(stepAfter(definition, answers, "last")).toEqual({ kind: "check" });
    expect(stepBefore(definition, answers, "last")).toEqual({ kind: "question", questionId: "why-not" });
    expect(stepBefore(definition, answers, "asked")).toEqual({ kind: "start" });
  });

  it("lists required questions not yet answered", () => {
    expect(ids(unansweredRequired(definition, {}))).toEqual(["asked"]);
    expect(ids(unansweredRequired(definition, { asked: { choice: "prefer-not-to-say" } }))).toEqual([]);
  });
});

describe("reading an answer from the form", () => {
  it("accepts a known option and refuses anything else", () => {
    expect(parseAnswer(question("asked"), ["yes"])).toEqual({ kind: "answer", value: { choice: "yes" } });
    expect(parseAnswer(question("asked"), [])).toMatchObject({ kind: "invalid", error: { key: "errors.chooseOne" } });
    expect(parseAnswer(question("asked"), ["maybe"])).toMatchObject({ kind: "invalid", error: { key: "errors.unknownOption" } });
    expect(parseAnswer(question("asked"), ["yes", "no"])).toMatchObject({ kind: "invalid" });
  });

  it("keeps multiple choices in the order shown and enforces exclusive options", () => {
    expect(parseAnswer(question("why-not"), ["fault", "scared", "fault"])).toEqual({
      kind: "answer",
      value: { choices: ["scared", "fault"] },
    });
    expect(parseAnswer(question("why-not"), ["scared", "none"])).toMatchObject({
      kind: "invalid",
      error: { key: "errors.exclusiveOption", values: { option: "none" } },
      kept: ["scared", "none"],
    });
    expect(parseAnswer(question("why-not"), [])).toEqual({ kind: "skipped" });
  });

  it("cleans typed text, lets an optional box stay empty, and keeps text that is too long", () => {
    expect(parseAnswer(question("last"), ["  hi\r\nthere \u0000"])).toEqual({ kind: "answer", value: { text: "hi\nthere" } });
    expect(parseAnswer(question("last"), ["   "])).toEqual({ kind: "skipped" });
    expect(parseAnswer(question("last"), ["far too long for ten"])).toEqual({
      kind: "invalid",
      error: { key: "errors.tooLong", values: { max: 10, count: 20 } },
      kept: ["far too long for ten"],
    });
    expect(cleanText("a\rb")).toBe("a\nb");
  });

  it("never throws and never accepts an option the question does not have, whatever is posted", () => {
    fc.assert(
      fc.property(fc.constantFrom(...definition.questions), fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }), (q, posted) => {
        const parsed = parseAnswer(q, posted);
        if (parsed.kind !== "answer") return;
        const value = parsed.value;
        const known = new Set(q.options.map((o) => o.id));
        if ("choice" in value) expect(known.has(value.choice)).toBe(true);
        if ("choices" in value) expect(value.choices.every((c) => known.has(c))).toBe(true);
        if ("text" in value) expect((value.text ?? "").length).toBeLessThanOrEqual(q.maxLength ?? 2000);
      }),
      { numRuns: 300 },
    );
  });
});

describe("information pages and draft-text sections", () => {
  const withPages = surveyDefinition.parse({
    title: en("Plan"),
    summary: en("Our plan"),
    minutes: 3,
    questions: [
      { id: "about", type: "information", title: en("About our plan"), body: en("We want to hear from you.") },
      { id: "section-1", type: "draft_text", title: en("What do you think?"), body: en("We will open more youth clubs."), maxLength: 20, required: true },
    ],
  });
  const page = (id: string) => withPages.questions.find((q) => q.id === id) as Question;

  it("never stores an answer to an information page, and never asks for one", () => {
    expect(parseAnswer(page("about"), ["anything"])).toEqual({ kind: "skipped" });
    expect(ids(unansweredRequired(withPages, {}))).toEqual(["section-1"]);
  });

  it("takes how far the person agrees with a draft section, and what they would change, with its limit", () => {
    const section = page("section-1");
    expect(parseAnswer(section, ["Good idea"], ["partly_agree"])).toEqual({
      kind: "answer",
      value: { agreement: "partly_agree", text: "Good idea" },
    });
    expect(parseAnswer(section, [""], ["agree"])).toEqual({ kind: "answer", value: { agreement: "agree" } });
    // Required: the agreement must be chosen; what was typed is kept.
    expect(parseAnswer(section, ["Good idea"])).toEqual({
      kind: "invalid",
      error: { key: "consult:errors.chooseAgreement" },
      kept: ["Good idea"],
      field: "agreement",
    });
    // An agreement the page never offers, or two at once: an error by the radios, the text kept.
    for (const bad of [["strongly_agree"], ["agree", "disagree"]]) {
      expect(parseAnswer(section, ["Keep it"], bad)).toEqual({
        kind: "invalid",
        error: { key: "errors.unknownOption" },
        kept: ["Keep it"],
        field: "agreement",
      });
    }
    expect(parseAnswer(section, ["x".repeat(21)], ["disagree"])).toEqual({
      kind: "invalid",
      error: { key: "errors.tooLong", values: { max: 20, count: 21 } },
      kept: ["x".repeat(21), "disagree"],
    });
  });

  it("lets both parts of an optional draft section be left out, and keeps a comment alone as before", () => {
    const optional = { ...page("section-1"), required: false };
    expect(parseAnswer(optional, [""], [])).toEqual({ kind: "skipped" });
    expect(parseAnswer(optional, ["  Only a comment "], [""])).toEqual({ kind: "answer", value: { text: "Only a comment" } });
    expect(parseAnswer(optional, [""], ["not_sure"])).toEqual({ kind: "answer", value: { agreement: "not_sure" } });
  });

  it("shows a draft section's answer again, old and new shapes alike", () => {
    expect(formValuesOf({ agreement: "disagree", text: "Shorter" })).toEqual(["Shorter", "disagree"]);
    expect(formValuesOf({ agreement: "agree" })).toEqual(["", "agree"]);
    // An answer stored before agreement was asked.
    expect(formValuesOf({ text: "Old comment" })).toEqual(["Old comment"]);
    expect(postedPageValues(["typed"], ["agree"])).toEqual(["typed", "agree"]);
    expect(postedPageValues(["typed"], [])).toEqual(["typed"]);
    expect(typedTextOf({ agreement: "agree" })).toBeUndefined();
    expect(typedTextOf({ agreement: "agree", text: "Change it" })).toBe("Change it");
    expect(typedTextOf({ text: "Old" })).toBe("Old");
    expect(typedTextOf({ choice: "yes" })).toBeUndefined();
  });

  it("numbers the draft sections a person is shown", () => {
    const two = surveyDefinition.parse({
      ...withPages,
      questions: [...withPages.questions, { id: "section-2", type: "draft_text", title: en("Next"), body: en("More.") }],
    });
    expect(sectionPosition(two, {}, "section-1")).toEqual({ number: 1, of: 2 });
    expect(sectionPosition(two, {}, "section-2")).toEqual({ number: 2, of: 2 });
    expect(sectionPosition(two, {}, "about")).toBeNull();
  });

  it("refuses these pages without their text, with options, or an information page marked required", () => {
    const base = { title: en("T"), summary: en("S"), minutes: 1 };
    const problems = (q: object) =>
      surveyDefinition.safeParse({ ...base, questions: [q] }).error?.issues.map((i) => i.message) ?? [];
    expect(problems({ id: "a", type: "information", title: en("A") })).toEqual(["question a (information) needs its text"]);
    expect(problems({ id: "a", type: "draft_text", title: en("A"), body: en("B"), options: yesNo })).toEqual([
      "question a (draft_text) cannot have options",
    ]);
    expect(problems({ id: "a", type: "information", title: en("A"), body: en("B"), required: true })).toHaveLength(1);
  });
});
