import { randomBytes } from "node:crypto";
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { auditLog } from "#db/schema/index.ts";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ALGORITHM = "SHA-1";
/** One step either side, for clocks a little out. */
const WINDOW = 1;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A new secret of 160 bits (RFC 4226's recommendation), base32 without padding. */
export function newTotpSecret(): string {
  return newTotpSecretFor(randomBytes(20));
}

/** Base32 (RFC 4648, no padding) of the first 20 bytes of `seed`. */
export function newTotpSecretFor(seed: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of seed.subarray(0, 20)) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function totpAuthUri(secret: string, accountName: string): string {
  return getTOTPAuthUri({
    secret,
    accountName,
    issuer: "Heard",
    period: TOTP_PERIOD,
    digits: TOTP_DIGITS,
    algorithm: TOTP_ALGORITHM,
  });
}

/** The code for now (for tests and the demo). */
export async function currentTotpCode(secret: string): Promise<string> {
  return (await generateTOTP({ secret, period: TOTP_PERIOD, digits: TOTP_DIGITS, algorithm: TOTP_ALGORITHM })).otp;
}

/** Digits only: people type spaces and dashes ("123 456"). */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/**
 * The last time step each user spent, in this process: it closes the gap
 * between checking the audit log and writing to it, when the same code is
 * sent twice at once.
 */
const spentSteps = new Map<string, number>();

/**
 * The highest time step this user has used, from the audit log (the sign-in
 * and set-up entries record it), so a code is refused after it has been
 * used, in every app process and after a restart. A `totp_last_step` column
 * on staff_users would be the tidier home for this.
 */
async function lastSpentStep(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ step: sql<string | null>`${auditLog.details}->>'totpStep'` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, userId),
        inArray(auditLog.action, ["sign_in", "second_factor_enabled"]),
        sql`${auditLog.details}->>'totpStep' is not null`,
      ),
    )
    .orderBy(desc(sql`(${auditLog.details}->>'totpStep')::bigint`))
    .limit(1);
  const fromLog = row?.step ? Number(row.step) : -1;
  return Math.max(fromLog, spentSteps.get(userId) ?? -1);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "format" | "wrong" | "replayed" };

/**
 * Checks a code against the secret (RFC 6238, one step of drift either
 * way) and refuses one from a time step this user has already spent. On
 * success the step is reserved in this process at once; the caller records
 * it (as `totpStep` in the audit entry) in the same breath.
 */
export async function checkTotpCode(db: Database, userId: string, secret: string, code: string): Promise<TotpCheck> {
  const otp = normaliseCode(code);
  if (!/^\d{6}$/.test(otp)) return { ok: false, reason: "format" };
  const result = await verifyTOTP({
    otp,
    secret,
    period: TOTP_PERIOD,
    digits: TOTP_DIGITS,
    algorithm: TOTP_ALGORITHM,
    window: WINDOW,
  });
  if (!result) return { ok: false, reason: "wrong" };
  const step = Math.floor(Date.now() / 1000 / TOTP_PERIOD) + result.delta;
  if (step <= (await lastSpentStep(db, userId))) return { ok: false, reason: "replayed" };
  // Check-and-set in one synchronous step: no other request in this process gets between.
  if (step <= (spentSteps.get(userId) ?? -1)) return { ok: false, reason: "replayed" };
  spentSteps.set(userId, step);
  return { ok: true, step };
}

/** For tests: forget the in-process guard (as a restart would). */
export function forgetSpentSteps(): void {
  spentSteps.clear();
}
