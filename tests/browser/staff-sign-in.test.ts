import { describe, expect, it } from "vitest";
import { JAVASCRIPT_MODES, withBrowser } from "../support/browser";
import { expectSkipLinkFirst, focused, tabTo } from "../support/browser-keyboard";
import {
  STAFF_CODE_PATH,
  STAFF_SIGN_IN_PATH,
  demoStaff,
  enterTotp,
  submitAndWait,
  waitForHydration,
} from "../support/browser-staff";
import { checkPage, mainHeading, pathOf } from "../support/browser-survey";

// Staff sign-in in the browser: password then TOTP code for an admin, the
// staff header (not the public one), sign out; errors; keyboard alone;
// cookie and cache headers; CSRF. Every page is checked with axe.

const SIGN_IN_TITLE = "Sign in to Heard";
const CODE_TITLE = "Enter the code from your authenticator app";
const HOME_TITLE = "Your partnerships";

describe.each(JAVASCRIPT_MODES)("staff sign-in ($mode)", ({ javaScript }) => {
  it("an admin signs in with password and code, reaches /staff and signs out", async () => {
    await withBrowser({ javaScript }, async (session) => {
      const { page } = session;
      const admin = demoStaff("partnershipAdmin");
      const response = await page.goto(session.url(STAFF_SIGN_IN_PATH));
      expect(response?.headers()["cache-control"]).toBe("no-store");
      expect(await mainHeading(page)).toBe(SIGN_IN_TITLE);
      expect(await page.title()).toBe(`${SIGN_IN_TITLE} – Heard`);
      // The staff header, not the public one.
      expect(await page.locator(".staff-header").count()).toBe(1);
      expect(await page.locator(".quick-exit, .site-footer").count()).toBe(0);
      await expect.poll(() => page.locator("#email").getAttribute("autocomplete")).toBe("username");
      expect(await page.locator("#password").getAttribute("autocomplete")).toBe("current-password");
      await checkPage(session, "sign-in page");

      await page.locator("#email").fill(admin.email);
      await page.locator("#password").fill(admin.password);
      await submitAndWait(page, () => page.getByRole("button", { name: "Sign in" }).click(), (url) => url.pathname === STAFF_CODE_PATH);
      expect(await mainHeading(page)).toBe(CODE_TITLE);
      expect(await page.locator("#code").getAttribute("autocomplete")).toBe("one-time-code");
      await checkPage(session, "code page");
      await enterTotp(page, admin.totpSecret!, admin.email);

      expect(pathOf(page)).toBe("/staff");
      expect(await mainHeading(page)).toBe(HOME_TITLE);
      expect(await page.title()).toBe(`${HOME_TITLE} – Heard`);
      const header = await page.locator(".staff-header").innerText();
      expect(header).toContain("Signed in as Alex Admin (demo)");
      expect(await page.locator(".staff-nav a").getAttribute("href")).toBe("/staff/p/northshire");
      expect(await page.locator("main").innerText()).toContain("Partnership admin");
      await checkPage(session, "staff home");

      const cookies = await session.context.cookies();
      const staffCookie = cookies.find((c) => c.name === "heard_staff");
      expect(staffCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(staffCookie?.domain).toBe("127.0.0.1");
      expect((await session.context.request.get(session.url("/staff"))).headers()["cache-control"]).toBe("no-store");

      await submitAndWait(page, () => page.locator(".staff-header").getByRole("button", { name: "Sign out" }).click(), (url) => url.pathname === STAFF_SIGN_IN_PATH);
      expect(await page.locator("main").innerText()).toContain("You have signed out.");
      // Signed out: /staff sends the browser back to sign in.
      await page.goto(session.url("/staff"));
      expect(pathOf(page)).toBe(STAFF_SIGN_IN_PATH);
    });
  });

  it("shows GOV.UK errors for an empty form, and keeps the email", async () => {
    await withBrowser({ javaScript }, async (session) => {
      const { page } = session;
      await page.goto(session.url(STAFF_SIGN_IN_PATH));
      await page.locator("#email").fill("someone");
      const submitted = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Sign in" }).click();
      expect((await submitted).status()).toBe(400);
      await page.locator(".error-summary").waitFor();
      await expect.poll(() => page.title()).toBe(`Error: ${SIGN_IN_TITLE} – Heard`);
      const summary = await page.locator(".error-summary").innerText();
      expect(summary).toContain("Enter an email address in the correct format, like name@example.org");
      expect(summary).toContain("Enter your password");
      await expect.poll(async () => (await focused(page)).tag).toBe("div");
      expect(await page.locator("#email").inputValue()).toBe("someone");
      await checkPage(session, "sign-in errors");
    });
  });
});

describe("staff sign-in by keyboard alone", () => {
  it("signs an analyst in with Tab, typing and Enter", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      const analyst = demoStaff("analyst");
      await page.goto(session.url(STAFF_SIGN_IN_PATH));
      await waitForHydration(page);
      await expectSkipLinkFirst(page);
      await tabTo(page, "the email field", (f) => f.id === "email");
      await page.keyboard.type(analyst.email);
      await tabTo(page, "the password field", (f) => f.id === "password");
      await page.keyboard.type(analyst.password);
      await tabTo(page, "the Sign in button", (f) => f.tag === "button" && f.label === "Sign in");
      await submitAndWait(page, () => page.keyboard.press("Enter"), (url) => url.pathname === "/staff");
      expect(await mainHeading(page)).toBe(HOME_TITLE);
      expect(await page.locator("main").innerText()).toContain("Analyst");
      // Sign out, by keyboard too.
      await tabTo(page, "Sign out", (f) => f.tag === "button" && f.label === "Sign out");
      await submitAndWait(page, () => page.keyboard.press("Enter"), (url) => url.pathname === STAFF_SIGN_IN_PATH);
    });
  });
});

describe("staff forms and CSRF", () => {
  it("refuses a sign-out without the CSRF token (403) and accepts it with the token", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page } = session;
      const analyst = demoStaff("analyst");
      await page.goto(session.url(STAFF_SIGN_IN_PATH));
      await page.locator("#email").fill(analyst.email);
      await page.locator("#password").fill(analyst.password);
      await submitAndWait(page, () => page.getByRole("button", { name: "Sign in" }).click(), (url) => url.pathname === "/staff");

      const forged = await session.context.request.post(session.url("/staff/sign-out"), {
        form: { csrf: "not-the-token" },
        headers: { Origin: session.origin },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(forged.headers()["cache-control"]).toBe("no-store");
      // Still signed in.
      expect((await session.context.request.get(session.url("/staff"), { maxRedirects: 0 })).status()).toBe(200);

      const csrf = await page.locator(".staff-header input[name=csrf]").inputValue();
      const real = await session.context.request.post(session.url("/staff/sign-out"), {
        form: { csrf },
        headers: { Origin: session.origin },
        maxRedirects: 0,
      });
      expect(real.status()).toBe(302);
      expect(real.headers()["location"]).toBe("/staff/sign-in?signedOut=1");
      expect((await session.context.request.get(session.url("/staff"), { maxRedirects: 0 })).status()).toBe(302);
    });
  });
});
