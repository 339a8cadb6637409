import { createHmac, timingSafeEqual } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { StaffAccess } from "./access.server";

/** The hidden field every staff form carries. */
export const CSRF_FIELD = "csrf";

/**
 * A CSRF token bound to the session: an HMAC of the session's token hash
 * under the app secret. A form from another site cannot know it; a token
 * from another session does not fit this one. (SameSite=Lax and Remix's
 * origin check are further layers, not the defence.)
 */
export function csrfTokenFor(context: AppLoadContext, access: Pick<StaffAccess, "session">): string {
  return createHmac("sha256", context.cookieSecrets[0]!).update(`csrf:${access.session.tokenHash}`).digest("base64url");
}

/** Refuses (403) a staff form whose CSRF token is missing or wrong. */
export function assertCsrf(context: AppLoadContext, access: Pick<StaffAccess, "session">, form: FormData): void {
  const sent = Buffer.from(String(form.get(CSRF_FIELD) ?? ""));
  const expected = Buffer.from(csrfTokenFor(context, access));
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    // A Response, not data(): resource routes (sign-out, the session ping) keep its headers that way.
    throw new Response(JSON.stringify({ error: "csrf" }), {
      status: 403,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
