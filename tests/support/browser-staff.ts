import { createHash, createHmac } from "node:crypto";
import { generateTOTP } from "@epic-web/totp";
import type { Locator, Page } from "playwright-core";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, inject } from "vitest";
import { DEMO_STAFF, type DemoStaffMember } from "~/modules/demo/demo-staff.server";
import { TMP_DIR } from "./paths";

// Signing demo staff in through the real pages, with JavaScript on or off.

export const STAFF_SIGN_IN_PATH = "/staff/sign-in";
export const STAFF_CODE_PATH = "/staff/sign-in/code";

export const demoStaff = (kind: "platformAdmin" | "partnershipAdmin" | "analyst"): DemoStaffMember =>
  DEMO_STAFF.find((m) =>
    kind === "platformAdmin" ? m.platformAdmin : kind === "partnershipAdmin" ? m.roles.includes("partnership_admin") : m.roles.includes("analyst"),
  )!;

/**
 * Submits a staff form and waits until the browser shows a page whose path
 * is not `from` (or until `done` holds): works for full page loads (JavaScript
 * off) and for Remix's client-side navigations (JavaScript on).
 */
export async function submitAndWait(page: Page, submit: () => Promise<unknown>, until: (url: URL) => boolean): Promise<void> {
  await Promise.all([page.waitForURL(until, { waitUntil: "load" }), submit()]);
  await settled(page);
  await page.locator("h1").first().waitFor();
}

/**
 * Waits until a client-side navigation has rendered its page: the address
 * changes a moment before React does. Root marks <html data-busy> meanwhile.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.hasAttribute("data-busy"));
}

/**
 * Clicks a link or button on a hydrated staff page and waits until the page
 * it leads to has rendered: a client-side navigation fires no "load", and a
 * form that fails stays at the same address, so this counts finished
 * navigations (root.tsx's data-settled) instead.
 */
export async function clickAndSettle(page: Page, target: Locator): Promise<void> {
  await waitForHydration(page);
  const before = await page.evaluate(() => Number(document.documentElement.dataset.settled ?? 0));
  await target.click();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.settled ?? 0) > n, before);
}

/** The page a request is for: a hydrated form posts to `<path>.data` (single fetch). */
export function documentPath(url: string): string {
  return new URL(url).pathname.replace(/\.data$/, "").replace(/^\/_root$/, "/");
}

/** The code the app shows now, computed from the secret like an authenticator app. */
export async function totpCode(secret: string): Promise<string> {
  return (await generateTOTP({ secret, period: 30, digits: 6, algorithm: "SHA-1" })).otp;
}

/** The code for any 30-second step (RFC 6238: SHA-1, 6 digits), as an authenticator app shows it then. */
export function totpCodeAt(secret: string, step: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const key: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of secret.replace(/=+$/, "").toUpperCase()) {
    value = ((value << 5) | alphabet.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      key.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", Buffer.from(key)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const STEP_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / STEP_MS);
const LEDGER_DIR = path.join(TMP_DIR, "totp-steps");

/**
 * Codes are single-use per account and step, and test files in other workers
 * sign the same demo admins in to the same app. A small ledger on disk (one
 * file per app and account, behind a mkdir lock) hands each sign-in a step
 * nobody has used: this one or, as the app allows one step of drift, the next.
 * Null when both are taken (wait for a new step). A refused code would count
 * towards the sign-in throttle, so guessing is not an option.
 */
async function claimStep(account: string): Promise<number | null> {
  await mkdir(LEDGER_DIR, { recursive: true });
  const file = path.join(LEDGER_DIR, createHash("sha256").update(account).digest("hex").slice(0, 24));
  const lock = `${file}.lock`;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      // A lock left by a worker that died is stale after a few seconds.
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 5_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 20));
    }
  }
  try {
    const last = Number((await readFile(file, "utf8").catch(() => "")) || -1);
    const now = currentStep();
    const step = Math.max(now, last + 1);
    if (step > now + 1) return null;
    await writeFile(file, String(step));
    return step;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * The code page: enters a code for a step that no other test has used for
 * this account on this app (see claimStep); if the app refuses it all the
 * same, waits for a new step and tries again.
 */
export async function enterTotp(page: Page, secret: string, email: string): Promise<void> {
  // The helper's codes must be the authenticator's (compared when no step began meanwhile).
  const before = currentStep();
  const library = await totpCode(secret);
  if (currentStep() === before && library !== totpCodeAt(secret, before)) throw new Error("totpCodeAt disagrees with @epic-web/totp");
  const account = `${new URL(page.url()).origin} ${email}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    let step = await claimStep(account);
    while (step === null) {
      await page.waitForTimeout(STEP_MS - (Date.now() % STEP_MS) + 200);
      step = await claimStep(account);
    }
    await page.locator("#code").fill(totpCodeAt(secret, step));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && documentPath(r.url()) === STAFF_CODE_PATH),
      page.locator("main form button[type=submit]").first().click(),
    ]);
    if (response.status() !== 400) {
      await page.waitForURL((url) => url.pathname !== STAFF_CODE_PATH, { waitUntil: "load" });
      await page.locator("h1").first().waitFor();
      return;
    }
    await page.waitForTimeout(STEP_MS - (Date.now() % STEP_MS) + 500);
  }
  throw new Error("the TOTP code was refused three times");
}

/** Signs a demo member of staff in from the sign-in page, with their code if they have one. */
export async function signInAsStaff(page: Page, origin: string, who: DemoStaffMember): Promise<void> {
  await page.goto(new URL(STAFF_SIGN_IN_PATH, origin).toString());
  await page.locator("#email").fill(who.email);
  await page.locator("#password").fill(who.password);
  await submitAndWait(page, () => page.locator("main form button[type=submit]").click(), (url) => url.pathname !== STAFF_SIGN_IN_PATH);
  if (who.totpSecret) {
    expect(new URL(page.url()).pathname).toBe(STAFF_CODE_PATH);
    await enterTotp(page, who.totpSecret, who.email);
  }
}

/**
 * The link in the newest invitation mailed to `email`: with HEARD_SMTP_URL
 * unset the app prints its mails to its log (tests/support/browser-global.ts
 * keeps the log in a file). Waits a little for the mail to be written.
 */
export async function mailedInvitationLink(email: string, timeoutMs = 5_000): Promise<URL> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readFile(inject("appLog"), "utf8");
    const mails = log.split("Heard: email not sent").filter((mail) => mail.includes(`To: ${email.toLowerCase()}\n`));
    const link = mails.at(-1)?.match(/https?:\/\/\S+\/staff\/invitations\/[A-Za-z0-9_-]+/);
    if (link) return new URL(link[0]);
    if (Date.now() > deadline) throw new Error(`no invitation to ${email} in the app's log`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until a staff page has hydrated (root.tsx marks <html data-hydrated>); JavaScript on only. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
}
