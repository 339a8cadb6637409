import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { demoStaff, signInAsStaff } from "../support/browser-staff";

// A platform admin creates a partnership, and a member of staff changes their
// password, in the browser: plain forms, axe-clean in every state. Both change
// demo data, so this file runs its own app.

let app: RunningApp;

async function axe(session: BrowserSession, label: string): Promise<void> {
  await expectNoAxeViolations(session.page, label, { javaScript: session.javaScript });
}

const heading = async (page: Page) => (await page.locator("main h1").innerText()).trim();
const submit = (page: Page) => clickAndLoad(page, page.locator("main form button[type=submit]").last());

describe("platform and account pages", () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("a platform admin creates a partnership from /staff; a clash on its short name is a clear error", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("platformAdmin"));
      await page.goto(session.url("/staff"));
      await axe(session, "/staff with the platform link");
      await clickAndLoad(page, page.getByRole("link", { name: "Partnerships on Heard" }));
      expect(await heading(page)).toBe("Partnerships on Heard");
      expect(await page.locator("main table").innerText()).toContain("Northshire Safeguarding Children Partnership");
      await axe(session, "partnerships page");

      await page.locator("#name").fill("Southvale Safeguarding Children Partnership");
      await page.locator("#slug").fill("northshire");
      await page.locator("#adminEmail").fill("lead@southvale.example");
      await submit(page);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator(".error-summary").innerText()).toContain("This short name is already used by another partnership");
      expect(await page.locator("#name").inputValue()).toBe("Southvale Safeguarding Children Partnership");
      await axe(session, "partnerships page with a slug clash");

      await page.locator("#slug").fill("southvale");
      await submit(page);
      expect(new URL(page.url()).search).toBe("?created=southvale");
      expect(await page.locator(".notification-banner").innerText()).toContain("Southvale Safeguarding Children Partnership has been created");
      const row = page.locator("main table tr", { hasText: "southvale" });
      expect(await row.innerText()).toContain("Not yet reviewed");
      await axe(session, "partnerships page after creating one");
      expect(app.output()).toContain("/staff/invitations/");

      // Its help page shows the placeholder contacts without pretending they were checked (no "1 January 1970").
      await page.goto(session.url("/help?p=southvale"));
      const help = await page.locator("main").innerText();
      expect(help).toContain("Children's services front door (not yet reviewed)");
      expect(help).not.toMatch(/1970|last checked/);
    });
  });

  it("an analyst, who is no platform admin, has no link to it and gets a 404", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url, allowBrowserProblems: true }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url("/staff"));
      expect(await page.getByRole("link", { name: "Partnerships on Heard" }).count()).toBe(0);
      const response = await page.goto(session.url("/staff/platform/partnerships"));
      expect(response?.status()).toBe(404);
    });
  });

  it("a member of staff changes their password; a wrong current one is a clear error", async () => {
    const analyst = demoStaff("analyst");
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, analyst);
      await page.goto(session.url("/staff"));
      await clickAndLoad(page, page.getByRole("link", { name: "Change your password" }));
      expect(await heading(page)).toBe("Change your password");
      await axe(session, "password page");

      await page.locator("#currentPassword").fill("not my password at all");
      await page.locator("#newPassword").fill("a brand new and long passphrase");
      await page.locator("#confirmPassword").fill("a brand new and long passphrase");
      await submit(page);
      expect(await page.locator(".error-summary").innerText()).toContain("Enter your correct current password");
      // Passwords are never put back in the page.
      expect(await page.locator("#newPassword").inputValue()).toBe("");
      await axe(session, "password page with errors");

      await page.locator("#currentPassword").fill(analyst.password);
      await page.locator("#newPassword").fill("a brand new and long passphrase");
      await page.locator("#confirmPassword").fill("a brand new and long passphrase");
      await submit(page);
      expect(await page.locator(".notification-banner").innerText()).toContain("Your password has been changed");
      await axe(session, "password page after the change");
      // Still signed in here.
      await page.goto(session.url("/staff"));
      expect(new URL(page.url()).pathname).toBe("/staff");
    });
  });
});
