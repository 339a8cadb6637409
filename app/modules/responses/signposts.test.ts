import { describe, expect, it } from "vitest";
import { YOUNG_PEOPLE_SURVEY, PARENTS_SURVEY } from "~/modules/demo/demo-surveys";
import { surveyDefinition } from "~/modules/survey/definition";
import { signpostedNeeds } from "./signposts";

const young = surveyDefinition.parse(YOUNG_PEOPLE_SURVEY);
const parents = surveyDefinition.parse(PARENTS_SURVEY);

describe("needs signposted by the options chosen", () => {
  it("collects the needs of chosen options once each, in the directory's order, ignoring free text", () => {
    expect(
      signpostedNeeds(young, {
        "school-feel": { choice: "very-sad" },
        "home-basics": { choices: ["none"] },
        "trusted-adult": { choice: "no" },
        "one-change": { text: "food money housing" },
      }),
    ).toEqual(["food", "housing", "school", "lonely"]);
    expect(signpostedNeeds(parents, { needs: { choices: ["stress", "money", "food"] } })).toEqual(["food", "money", "mental-health"]);
  });

  it("finds none when no chosen option carries a signpost", () => {
    expect(signpostedNeeds(young, { "home-feel": { choice: "happy" }, "home-basics": { choices: ["food", "bed"] } })).toEqual([]);
  });

  it("accepts only needs the directory knows", () => {
    const broken = structuredClone(PARENTS_SURVEY) as { questions: { options?: { signposts?: string[] }[] }[] };
    broken.questions[2]!.options![0]!.signposts = ["unicorns"];
    expect(surveyDefinition.safeParse(broken).success).toBe(false);
  });
});
