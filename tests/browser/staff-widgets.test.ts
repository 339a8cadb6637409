import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, withBrowser, type BrowserSession } from "../support/browser";
import { clickAndSettle, demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { checkPage } from "../support/browser-survey";

// The hydrated staff UI's react-aria widgets, by keyboard, with axe, and
// without tripping the Content-Security-Policy (the session fails on any
// refused script or style).

const SURVEYS_PATH = "/staff/p/northshire/surveys";

const columnSort = (page: Page, name: string) =>
  page.getByRole("columnheader", { name }).getAttribute("aria-sort");
const firstColumn = (page: Page) =>
  page.getByRole("grid").locator("tbody [role=rowheader]").allInnerTexts();

describe("staff tables (react-aria Table)", () => {
  it("sorts the survey list from the keyboard and says the order", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(SURVEYS_PATH));
      await waitForHydration(page);
      const grid = page.getByRole("grid", { name: "Surveys" });
      await grid.waitFor();
      expect(await columnSort(page, "Survey")).toBe("ascending");
      const ascending = await firstColumn(page);
      expect(ascending.length).toBeGreaterThan(1);
      expect([...ascending].sort((a, b) => a.localeCompare(b, "en-GB"))).toEqual(ascending);
      await checkPage(session, "survey list");

      // Into the grid with Tab, to the "Survey" header with arrow keys, Enter sorts.
      await page.getByRole("columnheader", { name: "Survey" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => columnSort(page, "Survey")).toBe("descending");
      expect(await firstColumn(page)).toEqual([...ascending].reverse());

      // Arrow right twice reaches "Who it is for"; Enter sorts by it, and "Survey" says it is not sorted.
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await expect.poll(() => columnSort(page, "Who it is for")).toBe("ascending");
      expect(await columnSort(page, "Survey")).toBe("none");
      const audiences = await page.getByRole("grid").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.children[2]?.textContent ?? ""));
      expect([...audiences].sort((a, b) => a.localeCompare(b, "en-GB"))).toEqual(audiences);

      // Down the first column by arrow keys, and Enter on the link opens the survey.
      await page.getByRole("columnheader", { name: "Survey" }).focus();
      await page.keyboard.press("ArrowDown");
      const target = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(target.length).toBeGreaterThan(0);
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`${SURVEYS_PATH}/`)), page.keyboard.press("Enter")]);
      await page.locator("h1").first().waitFor();
    });
  });
});

describe("confirming a destructive action (react-aria alert dialog, or a panel without JavaScript)", () => {
  // Removes someone from the demo team: on an app of its own.
  const app = appForThisFile();

  const REMOVE = "Remove Ash Analyst (demo) from the partnership";
  const TEAM = "/staff/p/northshire/team";

  it("asks before removing a member of the team, and Cancel keeps them", async () => {
    // One sign-in for both browsers: a second one would wait for a fresh code (codes are single-use).
    let signedIn: Awaited<ReturnType<BrowserSession["context"]["cookies"]>> = [];
    // Without JavaScript: the button is a link to the page's own question.
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("partnershipAdmin"));
      signedIn = await session.context.cookies();
      await page.goto(session.url(TEAM));
      await clickAndLoad(page, page.getByRole("link", { name: REMOVE }));
      expect(new URL(page.url()).searchParams.get("remove")).toMatch(/^[0-9a-f-]{36}$/);
      const panel = page.getByRole("region", { name: /^Remove Ash Analyst \(demo\) from/ });
      expect(await panel.innerText()).toContain("They will lose every role here");
      await checkPage(session, "team page asking before removing");
      await clickAndLoad(page, panel.getByRole("link", { name: "No, keep them" }));
      expect(await page.getByRole("region", { name: /^Remove / }).count()).toBe(0);
      expect(await page.locator("main").innerText()).toContain("Ash Analyst (demo)");
    });

    // Hydrated: the same question in an alert dialog that holds focus; Escape or "No" keeps them, "Yes" removes.
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await session.context.addCookies(signedIn);
      await page.goto(session.url(TEAM));
      await waitForHydration(page);
      const remove = page.getByRole("button", { name: REMOVE });
      await remove.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain("Remove Ash Analyst (demo) from Northshire");
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("[role=alertdialog]"))).toBe(true);
      await checkPage(session, "remove dialog");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await page.locator("main").innerText()).toContain("Ash Analyst (demo)");

      await remove.click();
      await clickAndSettle(page, page.getByRole("alertdialog").getByRole("button", { name: "Yes, remove them" }));
      expect(new URL(page.url()).searchParams.get("done")).toBe("removed");
      expect(await page.locator(".notification-banner").innerText()).toContain("They have been removed from the partnership.");
      expect(await page.locator("main").innerText()).not.toContain("Ash Analyst (demo)");
    });
  });
});
