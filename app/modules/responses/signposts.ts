import { NEEDS, type Need } from "~/modules/help/needs";
import type { SurveyDefinition } from "~/modules/survey/definition";
import type { Answers } from "./journey";

/**
 * The needs the chosen options point to, in the directory's order. Only
 * options chosen count; free text never does.
 */
export function signpostedNeeds(definition: SurveyDefinition, answers: Answers): Need[] {
  const found = new Set<Need>();
  for (const question of definition.questions) {
    const value = answers[question.id];
    // Only chosen options signpost: typed text and a draft section's agreement do not.
    if (!value || !("choice" in value || "choices" in value)) continue;
    const chosen = "choice" in value ? [value.choice] : value.choices;
    for (const option of question.options) {
      if (chosen.includes(option.id)) for (const need of option.signposts ?? []) found.add(need);
    }
  }
  return NEEDS.filter((need) => found.has(need));
}
