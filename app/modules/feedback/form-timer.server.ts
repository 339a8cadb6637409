import { createHmac, timingSafeEqual } from "node:crypto";

/** A person cannot read the form, write something and send it faster than this; a script can. */
export const MIN_FORM_MS = 3_000;
/** Clocks of two processes may differ a little; a token from further in the future is forged. */
const FUTURE_SLACK_MS = 60_000;

function mac(secret: string, formId: string, issuedAt: number): string {
  return createHmac("sha256", secret).update(`feedback-form\n${formId}\n${issuedAt}`).digest("base64url");
}

/**
 * When the form was shown, signed, for a hidden field: `<ms>.<hmac>`. It is
 * bound to the form's id, so one token cannot be reused for many posts.
 * Nothing is stored: the time lives only in the person's own page.
 */
export function signFormStart(secret: string, formId: string, issuedAt: number): string {
  return `${issuedAt}.${mac(secret, formId, issuedAt)}`;
}

export type FormStartCheck =
  | { kind: "ok"; issuedAt: number }
  | { kind: "too_fast"; issuedAt: number }
  /** Missing, altered, or signed with a secret no longer held. */
  | { kind: "invalid" };

/** Checks the hidden field against every secret held (the first signs, all verify). */
export function checkFormStart(secrets: readonly string[], formId: string, token: string, now: number): FormStartCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { kind: "invalid" };
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2]!);
  const signed = secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, formId, issuedAt));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!signed || issuedAt > now + FUTURE_SLACK_MS) return { kind: "invalid" };
  return now - issuedAt < MIN_FORM_MS ? { kind: "too_fast", issuedAt } : { kind: "ok", issuedAt };
}
