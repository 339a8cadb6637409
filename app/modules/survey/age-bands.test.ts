import { describe, expect, it } from "vitest";
import { forAgeBand, knownAgeBand, stepAfter, visibleQuestions, unansweredRequired } from "~/modules/responses/journey";
import { GROWING_UP_SURVEY } from "~/modules/demo/demo-surveys";
import { surveyDefinition, type SurveyDefinitionInput } from "./definition";
import { answersByCode, questionsByCode } from "./codes";

const en = (text: string) => ({ en: text });
const yesNo = [
  { id: "yes", label: en("Yes") },
  { id: "no", label: en("No") },
];
const banded = (questions: SurveyDefinitionInput["questions"]): SurveyDefinitionInput => ({
  title: en("T"),
  summary: en("S"),
  minutes: 1,
  ageBands: [
    { id: "8-10", label: en("8 to 10") },
    { id: "11-18", label: en("11 to 18") },
  ],
  questions,
});

describe("age bands in a definition", () => {
  it("accepts versions of one question for different bands sharing a code", () => {
    const parsed = surveyDefinition.safeParse(
      banded([
        { id: "safe-young", code: "safe", ageBands: ["8-10"], type: "yes_no", title: en("Safe?"), options: yesNo },
        { id: "safe", ageBands: ["11-18"], type: "yes_no", title: en("Safe at home?"), options: yesNo },
      ]),
    );
    expect(parsed.success).toBe(true);
  });

  it("refuses a question for a band the survey does not have", () => {
    const parsed = surveyDefinition.safeParse(
      banded([{ id: "a", ageBands: ["4-5"], type: "yes_no", title: en("A"), options: yesNo }]),
    );
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("age band 4-5");
  });

  it("refuses a shared code on questions of different types, or that one band would see twice", () => {
    const differentTypes = surveyDefinition.safeParse(
      banded([
        { id: "a", code: "x", ageBands: ["8-10"], type: "yes_no", title: en("A"), options: yesNo },
        { id: "b", code: "x", ageBands: ["11-18"], type: "free_text", title: en("B") },
      ]),
    );
    expect(differentTypes.success).toBe(false);
    const sameBand = surveyDefinition.safeParse(
      banded([
        { id: "a", code: "x", ageBands: ["8-10"], type: "yes_no", title: en("A"), options: yesNo },
        { id: "b", code: "x", ageBands: ["8-10", "11-18"], type: "yes_no", title: en("B"), options: yesNo },
      ]),
    );
    expect(sameBand.success).toBe(false);
    // A code equal to another question's id counts too (the id is that question's code).
    const everyone = surveyDefinition.safeParse(
      banded([
        { id: "x", type: "yes_no", title: en("A"), options: yesNo },
        { id: "b", code: "x", ageBands: ["8-10"], type: "yes_no", title: en("B"), options: yesNo },
      ]),
    );
    expect(everyone.success).toBe(false);
  });

  it("keeps definitions without bands valid, and refuses a repeated band id", () => {
    expect(surveyDefinition.safeParse({ title: en("T"), summary: en("S"), minutes: 1, questions: [{ id: "a", type: "free_text", title: en("A") }] }).success).toBe(true);
    const repeated = banded([{ id: "a", type: "free_text", title: en("A") }]);
    repeated.ageBands = [{ id: "8-10", label: en("a") }, { id: "8-10", label: en("b") }];
    expect(surveyDefinition.safeParse(repeated).success).toBe(false);
  });
});

describe("the journey for an age band", () => {
  const definition = surveyDefinition.parse(GROWING_UP_SURVEY);

  it("shows each band the questions for everyone and its own, never another band's", () => {
    const young = visibleQuestions(forAgeBand(definition, "8-10"), {}).map((q) => q.id);
    const older = visibleQuestions(forAgeBand(definition, "11-18"), {}).map((q) => q.id);
    expect(young).toEqual(["about", "feel-home-8-10", "feel-safe-8-10", "talk-to", "like-doing-8-10", "promise", "one-wish-8-10"]);
    expect(older).toEqual(["about", "feel-home", "feel-safe", "talk-to", "like-doing", "promise", "one-change"]);
    // No band chosen: only the questions for everyone.
    expect(visibleQuestions(forAgeBand(definition, null), {}).map((q) => q.id)).toEqual(["about", "talk-to", "promise"]);
  });

  it("steps from one question of the band to the next, skipping the other band's", () => {
    expect(stepAfter(forAgeBand(definition, "8-10"), {}, "feel-home-8-10")).toEqual({ kind: "question", questionId: "feel-safe-8-10" });
    expect(stepAfter(forAgeBand(definition, "11-18"), {}, "about")).toEqual({ kind: "question", questionId: "feel-home" });
  });

  it("does not ask for another band's required questions", () => {
    const strict = surveyDefinition.parse(
      banded([
        { id: "a", ageBands: ["8-10"], required: true, type: "yes_no", title: en("A"), options: yesNo },
        { id: "b", ageBands: ["11-18"], required: true, code: "a", type: "yes_no", title: en("B"), options: yesNo },
      ]),
    );
    expect(unansweredRequired(forAgeBand(strict, "8-10"), {}).map((q) => q.id)).toEqual(["a"]);
    expect(unansweredRequired(forAgeBand(strict, "11-18"), {}).map((q) => q.id)).toEqual(["b"]);
  });

  it("knows only the survey's own bands", () => {
    expect(knownAgeBand(definition, "8-10")).toBe("8-10");
    expect(knownAgeBand(definition, "parents")).toBeNull();
    expect(knownAgeBand(definition, undefined)).toBeNull();
  });
});

describe("shared question codes", () => {
  const definition = surveyDefinition.parse(GROWING_UP_SURVEY);

  it("groups each band's version of a question under one code", () => {
    const byCode = questionsByCode(definition);
    expect(byCode.get("feel-home")?.map((q) => q.id)).toEqual(["feel-home-8-10", "feel-home"]);
    expect(byCode.get("one-change")?.map((q) => q.id)).toEqual(["one-wish-8-10", "one-change"]);
    expect(byCode.get("talk-to")?.map((q) => q.id)).toEqual(["talk-to"]);
  });

  it("maps a response's answers to codes, so both bands' answers land in the same place", () => {
    const young = answersByCode(definition, { "feel-home-8-10": { choice: "happy" }, "feel-safe-8-10": { choice: "yes" }, "talk-to": { choice: "teacher" } });
    const older = answersByCode(definition, { "feel-home": { choice: "sad" }, "one-change": { text: "More buses" }, gone: { choice: "x" } });
    expect(young).toEqual({ "feel-home": { choice: "happy" }, "feel-safe": { choice: "yes" }, "talk-to": { choice: "teacher" } });
    expect(older).toEqual({ "feel-home": { choice: "sad" }, "one-change": { text: "More buses" } });
  });
});
