import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { AppLoadContext } from "@remix-run/node";
import type { Database } from "~/modules/db/client.server";
import { staffSessions } from "#db/schema/index.ts";

/** Idle timeout: a session unused this long is over (a warning comes before it). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Absolute timeout: however busy, a session ends this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function isLocalhost(request: Request): boolean {
  const host = new URL(request.url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/**
 * The staff session cookie. In production a `__Host-` cookie (Secure, no
 * Domain, Path=/), so no other site or sub-domain can set or read it; on
 * localhost a plain name so `npm start` over HTTP works.
 */
export function staffCookieName(context: AppLoadContext, request: Request): string {
  return context.production && !isLocalhost(request) ? "__Host-heard_staff" : "heard_staff";
}

export function staffCookieHeader(context: AppLoadContext, request: Request, token: string | null): string {
  const secure = context.production && !isLocalhost(request);
  const parts = [
    `${staffCookieName(context, request)}=${token ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
    // No Max-Age while signed in: the cookie goes when the browser closes; the server ends the session anyway.
    ...(token ? [] : ["Max-Age=0"]),
  ];
  return parts.join("; ");
}

export function readStaffToken(context: AppLoadContext, request: Request): string | null {
  const name = staffCookieName(context, request);
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(/;\s*/)) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at) === name) {
      const value = part.slice(at + 1);
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** Starts a session (at sign-in: always a new token, so a planted one is never reused). */
export async function createStaffSession(
  db: Database,
  userId: string,
  { secondFactorDone, now = new Date() }: { secondFactorDone: boolean; now?: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId,
    secondFactorDone,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
  });
  return token;
}

export interface LiveSession {
  tokenHash: string;
  userId: string;
  secondFactorDone: boolean;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * The session for this token if it is live (not revoked, not past its
 * absolute end, used within the idle timeout), and marks it used now.
 */
export async function touchStaffSession(db: Database, token: string, now = new Date()): Promise<LiveSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select()
    .from(staffSessions)
    .where(and(eq(staffSessions.tokenHash, tokenHash), isNull(staffSessions.revokedAt), gt(staffSessions.expiresAt, now)));
  if (!row || now.getTime() - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) return null;
  await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash));
  return { tokenHash, userId: row.userId, secondFactorDone: row.secondFactorDone, lastSeenAt: now, expiresAt: row.expiresAt };
}

export async function revokeStaffSession(db: Database, token: string, now = new Date()): Promise<void> {
  await db.update(staffSessions).set({ revokedAt: now }).where(eq(staffSessions.tokenHash, hashToken(token)));
}

/** "Sign out everywhere", and what happens when an account is disabled or its password changes. */
export async function revokeAllStaffSessions(db: Database, userId: string, now = new Date()): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)));
}
