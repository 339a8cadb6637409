import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "../support/browser";
import { focused } from "../support/browser-keyboard";
import { STAFF_SIGN_IN_PATH, demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { checkPage, mainHeading, pathOf } from "../support/browser-survey";

// The idle-timeout warning on hydrated staff pages (GOV.UK's timeout warning):
// the browser's clock is moved on, not waited for. 30 minutes idle end the
// session; the warning comes 5 minutes before.

const WARNING_TITLE = "You will be signed out soon";

async function signedInAnalyst(page: Page, origin: string): Promise<void> {
  // The fake clock must be in place before the page's timers start.
  await page.clock.install();
  await signInAsStaff(page, origin, demoStaff("analyst"));
  expect(pathOf(page)).toBe("/staff");
  await waitForHydration(page);
}

const dialog = (page: Page) => page.getByRole("alertdialog");

describe("staff idle timeout", () => {
  it("warns 5 minutes before, and 'Stay signed in' keeps the session (by keyboard)", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      await signedInAnalyst(page, session.origin);
      await page.clock.fastForward("20:00");
      expect(await dialog(page).count(), "no warning after 20 minutes").toBe(0);

      await page.clock.fastForward("06:00");
      await dialog(page).waitFor();
      expect(await dialog(page).innerText()).toContain(WARNING_TITLE);
      expect(await dialog(page).innerText()).toMatch(/signed out in about [45] minutes/);
      // The dialog holds focus: the person meets it at once.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("[role=alertdialog]"))).toBe(true);
      await checkPage(session, "idle warning");

      const ping = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/staff/session"));
      await page.keyboard.press("Tab");
      await expect.poll(async () => (await focused(page)).label).toBe("Stay signed in");
      await page.keyboard.press("Enter");
      expect((await ping).status()).toBeLessThan(300);
      await dialog(page).waitFor({ state: "detached" });
      await expect.poll(() => page.locator("[aria-live=polite]").first().innerText()).toContain("You are still signed in.");

      // The count starts again from "Stay signed in": no warning 20 minutes later.
      await page.clock.fastForward("20:00");
      expect(await dialog(page).count()).toBe(0);
      expect(pathOf(page)).toBe("/staff");
    });
  });

  it("signs out on the server when the time runs out, and says why", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      await signedInAnalyst(page, session.origin);
      await Promise.all([
        page.waitForURL((url) => url.pathname === STAFF_SIGN_IN_PATH, { waitUntil: "load" }),
        page.clock.fastForward("31:00"),
      ]);
      expect(await mainHeading(page)).toBe("Sign in to Heard");
      expect(await page.locator("main").innerText()).toContain("signed out");
      // Not only the page: the session is gone on the server.
      const after = await page.goto(session.url("/staff"));
      expect(pathOf(page)).toBe(STAFF_SIGN_IN_PATH);
      expect(after?.status()).toBe(200);
    });
  });
});
