import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "../support/browser";
import { demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
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
