/**
 * The pictures Easy Read puts beside an option (app/components/icons/option-icon.tsx
 * draws them). A survey names one with an option's `icon`.
 */
export const OPTION_ICONS = [
  "yes",
  "no",
  "not-sure",
  "rather-not-say",
  "none",
  "something-else",
  "home",
  "school",
  "food",
  "clothes",
  "bed",
  "adult",
  "friend",
  "family",
  "teacher",
  "talk",
  "phone",
  "chat",
  "always",
  "sometimes",
  "never",
  "play",
  "sleep",
  "safe",
  "heart",
  "star",
  "money",
] as const;
export type OptionIcon = (typeof OPTION_ICONS)[number];

/** The picture for options every survey has, when the survey names none. */
export function defaultIconFor(optionId: string): OptionIcon | undefined {
  const byId: Record<string, OptionIcon> = {
    yes: "yes",
    no: "no",
    "not-sure": "not-sure",
    "prefer-not-to-say": "rather-not-say",
    none: "none",
    "something-else": "something-else",
    always: "always",
    sometimes: "sometimes",
    never: "never",
  };
  return byId[optionId];
}
