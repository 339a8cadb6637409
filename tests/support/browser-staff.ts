import { generateTOTP } from "@epic-web/totp";
import type { Locator, Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { expect, inject } from "vitest";
import { DEMO_STAFF, type DemoStaffMember } from "~/modules/demo/demo-staff.server";

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

/**
 * The code page: enters the current code; a code already spent in this
 * 30-second step (codes are single-use, and other tests sign the same demo
 * admin in) is refused, so it waits for the next step and tries again.
 */
export async function enterTotp(page: Page, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.locator("#code").fill(await totpCode(secret));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && documentPath(r.url()) === STAFF_CODE_PATH),
      page.locator("main form button[type=submit]").first().click(),
    ]);
    if (response.status() !== 400) {
      await page.waitForURL((url) => url.pathname !== STAFF_CODE_PATH, { waitUntil: "load" });
      await page.locator("h1").first().waitFor();
      return;
    }
    const msLeft = 30_000 - (Date.now() % 30_000);
    await page.waitForTimeout(msLeft + 500);
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
    await enterTotp(page, who.totpSecret);
  }
}

/**
 * The path of the newest invitation mailed to `email`: with HEARD_SMTP_URL
 * unset the app prints its mails to its log (tests/support/browser-global.ts
 * keeps the log in a file). Waits a little for the mail to be written.
 */
export async function mailedInvitationPath(email: string, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readFile(inject("appLog"), "utf8");
    const mails = log.split("Heard: email not sent").filter((mail) => mail.includes(`To: ${email.toLowerCase()}\n`));
    const link = mails.at(-1)?.match(/https?:\/\/\S+(\/staff\/invitations\/[A-Za-z0-9_-]+)/);
    if (link) return link[1]!;
    if (Date.now() > deadline) throw new Error(`no invitation to ${email} in the app's log`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until a staff page has hydrated (root.tsx marks <html data-hydrated>); JavaScript on only. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
}
