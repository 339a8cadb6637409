import { describe, expect, it } from "vitest";
import { DEMO_SURVEYS } from "~/modules/demo/demo-surveys";
import { localize, surveyDefinition } from "./definition";

const en = (text: string) => ({ en: text });
const base = { title: en("T"), summary: en("S"), minutes: 1 };
const yesNo = [
  { id: "yes", label: en("Yes") },
  { id: "no", label: en("No") },
];

describe("survey definitions", () => {
  it("accepts both demo surveys, which cover every question type and skip logic", () => {
    for (const demo of DEMO_SURVEYS) expect(() => surveyDefinition.parse(demo.definition)).not.toThrow();
    const youngPeople = surveyDefinition.parse(DEMO_SURVEYS[0].definition);
    const types = new Set(youngPeople.questions.map((q) => q.type));
    expect([...types].sort()).toEqual(["face_scale", "free_text", "multiple_choice", "single_choice", "yes_no"]);
    expect(youngPeople.questions.length).toBeGreaterThanOrEqual(8);
    expect(youngPeople.questions.length).toBeLessThanOrEqual(12);
    expect(youngPeople.questions.filter((q) => q.type === "free_text")).toHaveLength(2);
    expect(youngPeople.questions.some((q) => q.showIf)).toBe(true);
  });

  it("refuses skip logic that looks forward or names an option that does not exist", () => {
    const forward = surveyDefinition.safeParse({
      ...base,
      questions: [
        { id: "a", type: "yes_no", title: en("A"), showIf: { questionId: "b", anyOf: ["yes"] }, options: yesNo },
        { id: "b", type: "yes_no", title: en("B"), options: yesNo },
      ],
    });
    expect(forward.success).toBe(false);
    const unknownOption = surveyDefinition.safeParse({
      ...base,
      questions: [
        { id: "a", type: "yes_no", title: en("A"), options: yesNo },
        { id: "b", type: "free_text", title: en("B"), showIf: { questionId: "a", anyOf: ["maybe"] } },
      ],
    });
    expect(unknownOption.success).toBe(false);
  });

  it("refuses repeated ids, face scales without five faces, and text without English", () => {
    expect(surveyDefinition.safeParse({ ...base, questions: [
      { id: "a", type: "free_text", title: en("A") },
      { id: "a", type: "free_text", title: en("A again") },
    ] }).success).toBe(false);
    expect(surveyDefinition.safeParse({ ...base, questions: [
      { id: "a", type: "face_scale", title: en("A"), options: yesNo },
    ] }).success).toBe(false);
    expect(surveyDefinition.safeParse({ ...base, title: { pl: "Ankieta" }, questions: [
      { id: "a", type: "free_text", title: en("A") },
    ] }).success).toBe(false);
  });

  it("falls back to English where a language has no text yet", () => {
    expect(localize({ en: "Hello", pl: "Cześć" }, "pl")).toBe("Cześć");
    expect(localize({ en: "Hello" }, "ar")).toBe("Hello");
  });
});
