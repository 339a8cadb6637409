import { createHmac } from "node:crypto";
import { and, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { signInThrottle } from "#db/schema/index.ts";

/** Failures allowed in a window before the key is locked. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The throttle's own key, derived from the cookie secret (so every process agrees on it). */
export function throttleSecret(cookieSecrets: readonly string[]): string {
  return createHmac("sha256", cookieSecrets[0] ?? "").update("sign-in-throttle").digest("base64url");
}

/**
 * The key for a client address: an HMAC under a server secret and the UTC
 * day, so the table never holds an address, and a key cannot be followed
 * from one day to the next. (A lock that spans midnight ends early: fine.)
 */
export function addressThrottleKey(secret: string, address: string, now = new Date()): string {
  const day = Math.floor(now.getTime() / DAY_MS);
  return `address:${createHmac("sha256", secret).update(`${day}:${address}`).digest("base64url")}`;
}

/**
 * The key for an account: the user's id when the email is known, else an
 * HMAC of the email (so unknown emails are throttled the same way, and no
 * email anyone typed is stored).
 */
export function accountThrottleKey(secret: string, { userId, email }: { userId?: string | null; email: string }): string {
  if (userId) return `account:${userId}`;
  return `account:${createHmac("sha256", secret).update(`email:${email.trim().toLowerCase()}`).digest("base64url")}`;
}

export interface ThrottleState {
  locked: boolean;
  /** When the earliest lock among the keys ends (for the message). */
  lockedUntil: Date | null;
}

/** Whether any of these keys is locked now. */
export async function throttleState(db: Database, keys: string[], now = new Date()): Promise<ThrottleState> {
  const live = keys.filter(Boolean);
  if (live.length === 0) return { locked: false, lockedUntil: null };
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, live));
  const locks = rows.map((r) => r.lockedUntil).filter((d): d is Date => !!d && d.getTime() > now.getTime());
  if (locks.length === 0) return { locked: false, lockedUntil: null };
  return { locked: true, lockedUntil: new Date(Math.max(...locks.map((d) => d.getTime()))) };
}

/**
 * Counts a failure against each key, in one statement per key so two
 * processes cannot lose a count. A window older than FAILURE_WINDOW_MS starts
 * again; the MAX_FAILURES-th failure in a window locks the key for LOCK_MS.
 */
export async function recordSignInFailure(db: Database, keys: string[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const lockEnd = new Date(now.getTime() + LOCK_MS);
  for (const key of keys.filter(Boolean)) {
    const fresh = sql`${signInThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz`;
    const failures = sql`case when ${fresh} then 1 else ${signInThrottle.failures} + 1 end`;
    await db
      .insert(signInThrottle)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: MAX_FAILURES <= 1 ? lockEnd : null })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures,
          windowStartedAt: sql`case when ${fresh} then ${now.toISOString()}::timestamptz else ${signInThrottle.windowStartedAt} end`,
          lockedUntil: sql`case when ${failures} >= ${MAX_FAILURES} then ${lockEnd.toISOString()}::timestamptz else ${signInThrottle.lockedUntil} end`,
        },
      });
  }
  await forgetOldThrottles(db, now);
}

/** A successful sign-in clears the account's count (not the address's: one account proves nothing about the others tried). */
export async function clearSignInFailures(db: Database, key: string): Promise<void> {
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, [key]));
}

/** Rows whose window and lock are long over say nothing useful: remove them. */
export async function forgetOldThrottles(db: Database, now = new Date()): Promise<void> {
  const stale = new Date(now.getTime() - DAY_MS);
  await db
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.windowStartedAt, stale),
        or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now)),
      ),
    );
}
