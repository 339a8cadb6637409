import { describe, expect, it } from "vitest";
import { FEEDBACK_MAX_LENGTH, parseFeedback, type FeedbackValues } from "./feedback-form";

const AREAS = ["Kingsbridge", "Eastmoor"];
const blank: FeedbackValues = { text: "", from: "", age: "", area: "", honeypot: "" };

describe("reading a feedback post", () => {
  it("needs only the message, cleaned", () => {
    expect(parseFeedback({ ...blank, text: "  The buses are late.\r\nThanks  " }, AREAS)).toEqual({
      kind: "ok",
      feedback: { text: "The buses are late.\nThanks", from: null, ageBand: null, area: null },
    });
  });

  it("keeps the optional answers, and 'prefer not to say' for age and area", () => {
    const parsed = parseFeedback({ ...blank, text: "Hi", from: "parent_carer", age: "prefer-not-to-say", area: "Eastmoor" }, AREAS);
    expect(parsed).toEqual({ kind: "ok", feedback: { text: "Hi", from: "parent_carer", ageBand: "prefer-not-to-say", area: "Eastmoor" } });
    const unsaid = parseFeedback({ ...blank, text: "Hi", from: "prefer-not-to-say", area: "somewhere-else" }, AREAS);
    expect(unsaid).toMatchObject({ feedback: { from: null, area: "somewhere-else" } });
  });

  it("says what is wrong: no message, too long, or a choice the page did not offer", () => {
    expect(parseFeedback(blank, AREAS)).toEqual({ kind: "invalid", errors: { text: { key: "feedback:errors.writeText" } } });
    const long = "a".repeat(FEEDBACK_MAX_LENGTH + 1);
    expect(parseFeedback({ ...blank, text: long }, AREAS)).toEqual({
      kind: "invalid",
      errors: { text: { key: "feedback:errors.tooLong", values: { max: FEEDBACK_MAX_LENGTH, count: FEEDBACK_MAX_LENGTH + 1 } } },
    });
    expect(parseFeedback({ ...blank, text: "a".repeat(FEEDBACK_MAX_LENGTH) }, AREAS).kind).toBe("ok");
    const odd = parseFeedback({ ...blank, text: "Hi", from: "robot", age: "99", area: "Atlantis" }, AREAS);
    expect(odd).toEqual({
      kind: "invalid",
      errors: { from: { key: "feedback:errors.chooseFrom" }, age: { key: "feedback:errors.chooseAge" }, area: { key: "feedback:errors.chooseArea" } },
    });
  });
});
