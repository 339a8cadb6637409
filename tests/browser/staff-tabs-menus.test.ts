import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AXE_TAGS, clickAndLoad, withBrowser } from "../support/browser";
import { clickAndSettle, demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { checkPage, mainHeading, pathOf } from "../support/browser-survey";

// The survey page's sections as react-aria tabs (a contents list without
// JavaScript), and the survey list's row menu (plain links without
// JavaScript): by keyboard, with axe, with and without JavaScript.

const SURVEYS_PATH = "/staff/p/northshire/surveys";
const SURVEY = "Home, school and getting help";
const FIRST_QUESTION = "How do you feel at home most of the time?";
const SECTIONS = ["Questions", "Details", "Age bands", "Translations", "Publish or copy"];

/** The demo survey's page, from the list's own link. */
async function surveyPage(page: Page, url: (path: string) => string): Promise<string> {
  await page.goto(url(SURVEYS_PATH));
  const href = await page.locator("main table").getByRole("link", { name: SURVEY, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/staff\/p\/northshire\/surveys\/[0-9a-f-]{36}$/);
  return href!;
}

const activeRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName.toLowerCase() ?? "");
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
const selectedTab = (page: Page) => page.getByRole("tab", { selected: true }).innerText();
const tabParam = (page: Page) => new URL(page.url()).searchParams.get("tab");

/**
 * axe on an open react-aria popover alone: while it is open react-aria hides
 * the rest of the page from assistive technology (aria-hidden), by design,
 * which axe's aria-hidden-focus rule would report on the page behind.
 */
async function expectPopoverAxeClean(page: Page, selector: string, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).withTags(AXE_TAGS).include(selector).analyze();
  expect(results.passes.length, `axe checked nothing in ${label}`).toBeGreaterThan(0);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`), label).toEqual([]);
}

describe("the survey page's sections (react-aria Tabs, a contents list without JavaScript)", () => {
  it("moves between tabs by keyboard, keeps the tab in the address, and shows a form's errors in its tab", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      const path = await surveyPage(page, session.url);
      await page.goto(session.url(path));
      await waitForHydration(page);

      const tablist = page.getByRole("tablist", { name: "Parts of the survey" });
      await tablist.waitFor();
      expect(await tablist.getByRole("tab").allInnerTexts()).toEqual(SECTIONS);
      expect(await selectedTab(page)).toBe("Questions");
      // One panel at a time, and no contents list once the tabs are there.
      expect(await page.getByRole("tabpanel").count()).toBe(1);
      expect(await page.locator("#questionType").isVisible()).toBe(true);
      expect(await page.locator("#title").isVisible()).toBe(false);
      expect(await page.locator("nav.contents").count()).toBe(0);
      await checkPage(session, "survey page, Questions tab");

      // Tab from the last link above the tabs lands on the selected tab (one tab stop).
      await page.locator("main ul.list").first().locator("a").last().focus();
      await page.keyboard.press("Tab");
      expect(await activeRole(page)).toBe("tab");
      expect(await activeText(page)).toBe("Questions");

      // Right arrow: Details, its panel shows, and the address says so (no page load).
      await page.keyboard.press("ArrowRight");
      expect(await activeText(page)).toBe("Details");
      await expect.poll(() => selectedTab(page)).toBe("Details");
      await page.locator("#title").waitFor();
      expect(await page.locator("#questionType").isVisible()).toBe(false);
      await expect.poll(() => tabParam(page)).toBe("details");
      await checkPage(session, "survey page, Details tab");

      // End: the last tab; Home: the first; left arrow from the first wraps round to the last; then to Translations.
      await page.keyboard.press("End");
      await expect.poll(() => selectedTab(page)).toBe("Publish or copy");
      await page.keyboard.press("Home");
      await expect.poll(() => selectedTab(page)).toBe("Questions");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => selectedTab(page)).toBe("Publish or copy");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => selectedTab(page)).toBe("Translations");
      await expect.poll(() => tabParam(page)).toBe("translations");
      expect(await page.getByRole("tabpanel").getByRole("heading", { level: 2 }).first().innerText()).toBe("Translations");
      await checkPage(session, "survey page, Translations tab");

      // What was typed in one tab is still there after a visit to another.
      await page.getByRole("tab", { name: "Details" }).click();
      await page.locator("#minutes").fill("17");
      await page.getByRole("tab", { name: "Translations" }).click();
      expect(await page.locator("#minutes").isVisible()).toBe(false);
      await page.getByRole("tab", { name: "Details" }).click();
      expect(await page.locator("#minutes").inputValue()).toBe("17");
      await page.getByRole("tab", { name: "Translations" }).click();
      await expect.poll(() => tabParam(page)).toBe("translations");

      // A reload keeps the tab.
      await page.reload();
      await waitForHydration(page);
      await expect.poll(() => selectedTab(page)).toBe("Translations");
      expect(await page.locator("select#lang").isVisible()).toBe(true);

      // Choosing a language (a plain GET form) comes back to the same tab.
      await page.locator("select#lang").selectOption("pl");
      await Promise.all([page.waitForURL((url) => url.searchParams.get("lang") === "pl", { waitUntil: "load" }), page.getByRole("button", { name: "Show", exact: true }).click()]);
      await waitForHydration(page);
      expect(tabParam(page)).toBe("translations");
      await expect.poll(() => selectedTab(page)).toBe("Translations");

      // A form that fails (no title) in the Details tab: the page comes back on
      // that tab, with the error summary focused and its link to the field.
      await page.getByRole("tab", { name: "Details" }).click();
      await expect.poll(() => tabParam(page)).toBe("details");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("pl");
      await page.locator("#title").fill("");
      await clickAndSettle(page, page.getByRole("button", { name: "Save details" }));
      await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary") ?? false)).toBe(true);
      expect(await selectedTab(page)).toBe("Details");
      expect(await page.locator(".error-summary a").first().getAttribute("href")).toBe("#title");
      expect(await page.locator("#title").isVisible()).toBe(true);
      await checkPage(session, "survey page, Details tab with an error");

      // A failing form in another tab: that tab stays selected, the summary takes focus again.
      await page.getByRole("tab", { name: "Publish or copy" }).click();
      await page.locator("#duplicateSlug").fill("Not A Slug!");
      await clickAndSettle(page, page.getByRole("button", { name: "Make a copy" }));
      await expect.poll(() => selectedTab(page)).toBe("Publish or copy");
      await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary") ?? false)).toBe(true);
      expect(await page.locator("#duplicateSlug").isVisible()).toBe(true);
    });
  });

  it("without JavaScript shows every section under a contents list of in-page links", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      const path = await surveyPage(page, session.url);
      // ?tab= chooses nothing without JavaScript: every section is there.
      await page.goto(session.url(`${path}?tab=details`));
      expect(await page.getByRole("tablist").count()).toBe(0);
      const contents = page.getByRole("navigation", { name: "Contents" });
      expect(await contents.getByRole("link").allInnerTexts()).toEqual(SECTIONS);
      for (const id of ["questionType", "title", "bandRows", "lang", "duplicateSlug"]) {
        expect(await page.locator(`[id="${id}"], [name="${id}"]`).count(), id).toBeGreaterThan(0);
      }
      expect(await page.getByRole("region").count()).toBeGreaterThanOrEqual(SECTIONS.length);
      await checkPage(session, "survey page without JavaScript");

      // Each contents link leads to its section's heading on the same page.
      for (const [name, id] of [
        ["Translations", "translations"],
        ["Publish or copy", "publish"],
        ["Age bands", "age-bands"],
      ] as const) {
        await contents.getByRole("link", { name, exact: true }).click();
        await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
        expect(pathOf(page)).toBe(path);
        const heading = page.locator(`h2[id="${id}"]`);
        const box = await heading.boundingBox();
        const viewport = page.viewportSize()!;
        expect(box, `${name} heading`).not.toBeNull();
        expect(box!.y, `${name} heading is in view`).toBeGreaterThanOrEqual(0);
        expect(box!.y, `${name} heading is in view`).toBeLessThan(viewport.height);
      }
    });
  });
});

describe("the survey list's row actions (react-aria Menu, plain links without JavaScript)", () => {
  it("opens a row's menu by keyboard, Escape gives focus back, and Preview opens the preview", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(SURVEYS_PATH));
      await waitForHydration(page);
      await page.getByRole("grid", { name: "Surveys" }).waitFor();
      // Once hydrated, one button per row, and none of the plain links.
      expect(await page.locator("main .row-actions").count()).toBe(0);
      const trigger = page.getByRole("button", { name: `Actions for ${SURVEY}`, exact: true });
      expect(await trigger.getAttribute("aria-haspopup")).toBe("true");
      await checkPage(session, "survey list with row menus");

      // Arrow keys in the grid reach the row's menu button: down from the header to the survey's row, right to Actions.
      await page.getByRole("columnheader", { name: "Survey" }).focus();
      const rows = await page.locator("main table tbody [role=rowheader]").allInnerTexts();
      const row = rows.findIndex((title) => title.trim() === SURVEY);
      expect(row).toBeGreaterThanOrEqual(0);
      for (let i = 0; i <= row; i++) await page.keyboard.press("ArrowDown");
      expect(await activeText(page)).toBe(SURVEY);
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-haspopup"))).toBe("true");
      expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);

      // Enter opens it on the first item; arrows move; Escape closes and focus goes back to the button.
      await page.keyboard.press("Enter");
      const menu = page.getByRole("menu");
      await menu.waitFor();
      expect(await trigger.getAttribute("aria-expanded")).toBe("true");
      expect(await menu.getByRole("menuitem").allInnerTexts()).toEqual(["Open", "Preview", "Export as JSON", "Duplicate"]);
      await expect.poll(() => activeText(page)).toBe("Open");
      expect(await activeRole(page)).toBe("menuitem");
      await expectPopoverAxeClean(page, ".row-menu__popover", "the open row menu");
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => activeText(page)).toBe("Preview");
      await page.keyboard.press("Escape");
      await menu.waitFor({ state: "detached" });
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await trigger.getAttribute("aria-expanded")).not.toBe("true");
      await checkPage(session, "survey list, menu closed again");

      // Space opens it too; Escape again.
      await page.keyboard.press(" ");
      await menu.waitFor();
      await page.keyboard.press("Escape");
      await menu.waitFor({ state: "detached" });

      // Enter again, then Down arrow to Preview and Enter follows it.
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await menu.waitFor();
      await expect.poll(() => activeText(page)).toBe("Open");
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => activeText(page)).toBe("Preview");
      await Promise.all([page.waitForURL((url) => /\/surveys\/[0-9a-f-]{36}\/preview$/.test(url.pathname)), page.keyboard.press("Enter")]);
      await expect.poll(() => mainHeading(page)).toBe(FIRST_QUESTION);
    });
  });

  it("without JavaScript each row has plain links: Preview, Export as JSON and Duplicate work", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(SURVEYS_PATH));
      expect(await page.locator("main table button").count()).toBe(0);
      const about = `for ${SURVEY}`;
      const exportLink = page.getByRole("link", { name: `Export as JSON ${about}`, exact: true });
      expect(await exportLink.getAttribute("download")).not.toBeNull();
      expect(await exportLink.getAttribute("href")).toMatch(/\/surveys\/[0-9a-f-]{36}\/export$/);
      const open = await page.getByRole("link", { name: `Open ${about}`, exact: true }).getAttribute("href");
      expect(open).toBe(await page.getByRole("link", { name: SURVEY, exact: true }).getAttribute("href"));
      await checkPage(session, "survey list without JavaScript");

      await clickAndLoad(page, page.getByRole("link", { name: `Duplicate ${about}`, exact: true }));
      expect(pathOf(page)).toBe(open);
      expect(new URL(page.url()).hash).toBe("#duplicate");
      expect(await page.locator("#duplicateSlug").isVisible()).toBe(true);

      await page.goBack();
      await clickAndLoad(page, page.getByRole("link", { name: `Preview ${about}`, exact: true }));
      expect(pathOf(page)).toBe(`${open}/preview`);
      expect(await mainHeading(page)).toBe(FIRST_QUESTION);
    });
  });
});
