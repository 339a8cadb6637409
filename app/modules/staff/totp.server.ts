import { randomBytes } from "node:crypto";
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { staffUsers } from "#db/schema/index.ts";

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
 * Spends a time step for this user, if it is later than any they have used:
 * one conditional UPDATE, so of two requests with the same code (in any app
 * processes, at the same moment) exactly one gets it.
 */
async function spendStep(db: Database, userId: string, step: number): Promise<boolean> {
  const spent = await db
    .update(staffUsers)
    .set({ totpLastStep: step })
    .where(and(eq(staffUsers.id, userId), or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step))))
    .returning({ id: staffUsers.id });
  return spent.length === 1;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "format" | "wrong" | "replayed" };

/**
 * Checks a code against the secret (RFC 6238, one step of drift either
 * way) and refuses one from a time step this user has already spent (the
 * step is spent at once, in the database).
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
  if (!(await spendStep(db, userId, step))) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}
