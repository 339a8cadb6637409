import type { Step } from "./journey";

/** The address of each page of a survey's journey. */
export function surveyPath(slug: string, step?: Step | "done"): string {
  if (!step || (typeof step === "object" && step.kind === "start")) return `/s/${slug}`;
  if (step === "done") return `/s/${slug}/done`;
  if (step.kind === "check") return `/s/${slug}/check`;
  return `/s/${slug}/q/${step.questionId}`;
}
