// The kiosk's addresses and form fields. No sensitive word in any of them:
// a tablet in a children's centre is shared by everyone who visits.

export const KIOSK_PATHS = {
  /** Type the code that turns this tablet into a kiosk. */
  setUp: "/kiosk",
  start: "/kiosk/start",
  /** The whole survey (or the feedback form) as one page. */
  answer: "/kiosk/answer",
  thanks: "/kiosk/thanks",
  /** "Exit this page" on a kiosk: drops what the person was doing, keeps the tablet a kiosk. */
  exit: "/kiosk/exit",
  /** Where kiosk.js sends finished responses (JSON), from the form or the offline queue. */
  send: "/kiosk/send",
} as const;

export const KIOSK_FIELDS = {
  code: "code",
  /** The response (or feedback) id, made when the page was shown. */
  id: "response",
  /** The survey version the form was made from. */
  version: "version",
} as const;

/** A survey question's field: `q-<question id>` (option ids or the typed text). */
export function answerField(questionId: string): string {
  return `q-${questionId}`;
}

/** A draft-text section's "Do you agree?" field: `a-<question id>`. */
export function agreementField(questionId: string): string {
  return `a-${questionId}`;
}

/** Where a section's agreement sits among the raw answers (question ids never contain ":"). */
export function agreementKey(questionId: string): string {
  return `${questionId}:agreement`;
}

/** The staff form's value for "the feedback form" instead of a survey. */
export const FEEDBACK_CHOICE = "feedback";
