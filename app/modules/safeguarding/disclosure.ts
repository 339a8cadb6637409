/**
 * Does this free text perhaps disclose current harm (abuse, neglect, domestic
 * abuse, self-harm or suicidal thoughts happening now)? Recall first: a missed
 * disclosure is worse than an extra help panel.
 *
 * PLACEHOLDER: the real detector replaces this body; the signature stays.
 */
export interface DisclosureAssessment {
  disclosure: boolean;
  /** Short labels of what was found (for tests and the analyser), never shown to the person. */
  signals: string[];
}

export function assessDisclosure(text: string): DisclosureAssessment {
  const signals = /\b(hits? me|hurts? me|kill myself|no food)\b/i.test(text) ? ["placeholder"] : [];
  return { disclosure: signals.length > 0, signals };
}

export function mayDiscloseHarm(text: string): boolean {
  return assessDisclosure(text).disclosure;
}
