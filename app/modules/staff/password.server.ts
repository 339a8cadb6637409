import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * argon2id with OWASP's first recommended setting: 19 MiB of memory, 2
 * passes, 1 lane. (`Algorithm` is a const enum that isolated modules cannot
 * read: 2 is Argon2id.)
 */
export const ARGON2_OPTIONS = {
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

/** A hash of nothing anyone can type, verified when the email is unknown, so both take as long. */
let dummyHash: Promise<string> | undefined;

/**
 * True when `password` fits `passwordHash`. With no hash (unknown email, or
 * an invitation not yet accepted) it still does the same work and says no.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword(`no such account ${Math.random()}`);
    await verify(await dummyHash, password.normalize("NFC")).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // zxcvbn-ts's list of about 30,000 passwords seen most often in breaches (lower-case).
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

export type PasswordProblem = "missing" | "tooShort" | "tooLong" | "common";

/**
 * NIST SP 800-63B / ASVS 5.0 password rules: length only (12 to 128; spaces
 * and any characters allowed; no rules about kinds of characters), and no
 * password that is common, or a common one with digits or symbols stuck
 * on, or a few characters repeated, or made of the person's email.
 */
export function passwordProblem(password: string, { email }: { email?: string } = {}): PasswordProblem | null {
  if (password.length === 0) return "missing";
  // Length in characters as a person counts them (an emoji is one).
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  return isCommonPassword(password, email) ? "common" : null;
}

export function isCommonPassword(password: string, email?: string): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  const list = commonPasswords();
  const squeezed = lower.replace(/\s+/g, "");
  const core = squeezed.replace(/^[\d\W_]+/u, "").replace(/[\d\W_]+$/u, "");
  if (list.has(lower) || list.has(squeezed) || (core.length >= 6 && list.has(core))) return true;
  // A few characters over and over: "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword".
  if (/^(.{1,8})\1+$/su.test(squeezed)) return true;
  // Straight runs on the keyboard or the number line, whatever their length.
  if ("01234567890123456789".includes(squeezed) || "abcdefghijklmnopqrstuvwxyz".includes(squeezed)) return true;
  if (email) {
    const local = email.toLowerCase().split("@")[0] ?? "";
    const letters = (text: string) => text.replace(/[\d\W_]+/gu, "");
    if (local.length >= 4 && (letters(core) === letters(local) || squeezed.includes(email.toLowerCase()))) return true;
  }
  return ["heard", "heardheard"].includes(core);
}
