import { describe, expect, it } from "vitest";
import { MIN_FORM_MS, checkFormStart, signFormStart } from "./form-timer.server";

const SECRET = "a-secret-that-is-long-enough-for-tests-01";
const OLD_SECRET = "an-older-secret-still-held-for-rotation-02";
const ID = "6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5";

describe("the signed time a form was shown", () => {
  const shown = 1_800_000_000_000;
  const token = signFormStart(SECRET, ID, shown);

  it("accepts a post after the minimum time, with any secret held", () => {
    expect(checkFormStart([SECRET], ID, token, shown + MIN_FORM_MS)).toEqual({ kind: "ok", issuedAt: shown });
    expect(checkFormStart([OLD_SECRET, SECRET], ID, token, shown + 60_000).kind).toBe("ok");
  });

  it("says a post was too fast before the minimum time", () => {
    expect(checkFormStart([SECRET], ID, token, shown + MIN_FORM_MS - 1)).toEqual({ kind: "too_fast", issuedAt: shown });
  });

  it("refuses a token that was altered, moved to another form, forged or from the future", () => {
    const earlier = token.replace(/^\d+/, String(shown - 60_000));
    expect(checkFormStart([SECRET], ID, earlier, shown + 10_000).kind).toBe("invalid");
    expect(checkFormStart([SECRET], "00000000-0000-4000-8000-000000000000", token, shown + 10_000).kind).toBe("invalid");
    expect(checkFormStart([OLD_SECRET], ID, token, shown + 10_000).kind).toBe("invalid");
    expect(checkFormStart([SECRET], ID, "", shown).kind).toBe("invalid");
    expect(checkFormStart([SECRET], ID, "12.abc", shown).kind).toBe("invalid");
    const future = signFormStart(SECRET, ID, shown + 10 * 60_000);
    expect(checkFormStart([SECRET], ID, future, shown).kind).toBe("invalid");
  });
});
