import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  JAVASCRIPT_MODES,
  NARROW,
  PHONE,
  clickAndLoad,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectOnlyAppRequests,
  expectReflow,
  withBrowser,
  type BrowserSession,
} from "../support/browser";
import { focused, pressButton, tabTo } from "../support/browser-keyboard";

// The help pages: get help now, the early-help directory, "Worried about a
// child?" and "Your data and your rights". They must work for someone on a
// phone, with JavaScript off, by keyboard alone, and on paper.

const PAGES = [
  { path: "/help", title: "Get help now" },
  { path: "/help/services", title: "Find support near you" },
  { path: "/help/services?need=food&who=parents&area=Kingsbridge", title: "Find support near you" },
  { path: "/worried-about-a-child", title: "Worried about a child?" },
  { path: "/your-data", title: "Your data and your rights" },
] as const;

const SENSITIVE = /neglect|abuse|harm|hurt|violen/i;

const heading = async (page: Page) => (await page.locator("h1").first().innerText()).trim();
const serviceNames = (page: Page) => page.locator(".service h3").allInnerTexts();
const resultCount = async (page: Page) => (await page.locator("#results").innerText()).trim();

async function visit(session: BrowserSession, path: string): Promise<void> {
  const response = await session.page.goto(session.url(path));
  expect(response?.status(), path).toBe(200);
}

describe("help pages", () => {
  it.each(JAVASCRIPT_MODES)("pass axe and fit 320px, with neutral titles ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      for (const { path, title } of PAGES) {
        await visit(session, path);
        expect(await heading(session.page), path).toBe(title);
        expect(await session.page.title(), path).toBe(`${title} – Heard`);
        expect(`${path} ${await session.page.title()} ${await heading(session.page)}`).not.toMatch(SENSITIVE);
        await expectNoAxeViolations(session.page, path, { javaScript });
        await expectReflow(session.page, path);
      }
      expectOnlyAppRequests(session);
    });
  });

  it("give the numbers to call as tel: links, and the partnership's reviewed contacts", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      await visit(session, "/help");
      const tel = await session.page.locator("main a[href^='tel:']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(tel).toEqual(expect.arrayContaining(["tel:999", "tel:08001111", "tel:08088005000", "tel:01632960100", "tel:01632960200"]));
      // Big enough to hit with a thumb.
      for (const link of await session.page.locator("main a.phone-link").all()) {
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      const main = await session.page.locator("main").innerText();
      expect(main).toContain("Northshire Children's Services front door");
      expect(main).toContain("Monday to Friday, 9am to 5pm");
      expect(main).toContain("We last checked these local contacts on 2 November 2026.");
      for (const name of ["Find support near you", "Worried about a child?", "Staying safe online", "Your data and your rights"]) {
        await expect(session.page.getByRole("main").getByRole("link", { name, exact: true }).count(), name).resolves.toBe(1);
      }

      await visit(session, "/worried-about-a-child");
      const worried = await session.page.locator("main").innerText();
      expect(worried).toContain("the persistent failure to meet a child's basic physical and/or psychological needs");
      expect(worried).toContain("You do not need to be sure");
      const worriedTel = await session.page.locator("main a[href^='tel:']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(worriedTel).toEqual(expect.arrayContaining(["tel:999", "tel:01632960100", "tel:08088005000"]));

      await visit(session, "/your-data");
      const data = await session.page.locator("main").innerText();
      expect(data).toContain("Home, school and getting help: 2 years");
      expect(data).toContain("0303 123 1113");
    });
  });

  it("filter the directory with JavaScript off, by plain GET form", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await visit(session, "/help/services");
      const everything = await serviceNames(page);
      expect(everything.length).toBeGreaterThanOrEqual(14);
      expect(await resultCount(page)).toBe(`${everything.length} services found`);

      await page.getByLabel("Food", { exact: true }).check();
      await page.getByLabel("Parents and carers", { exact: true }).check();
      await clickAndLoad(page, page.getByRole("button", { name: "Show services" }));
      const url = new URL(page.url());
      expect(url.pathname).toBe("/help/services");
      expect(url.searchParams.getAll("need")).toEqual(["food"]);
      expect(url.searchParams.get("who")).toBe("parents");
      const food = await serviceNames(page);
      expect(food.length).toBeGreaterThan(0);
      expect(food.length).toBeLessThan(everything.length);
      expect(food).toContain("Northshire Food Network");
      expect(food).not.toContain("Talk It Through");
      expect(await resultCount(page)).toBe(`${food.length} services match what you chose`);
      expect(await page.locator("main").innerText()).toContain("You chose: Food; Parents and carers");
      // What was chosen stays chosen.
      expect(await page.getByLabel("Food", { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel("Parents and carers", { exact: true }).isChecked()).toBe(true);

      await page.getByLabel("Where do you live?").selectOption("Wexham Vale");
      await clickAndLoad(page, page.getByRole("button", { name: "Show services" }));
      expect(new URL(page.url()).searchParams.get("area")).toBe("Wexham Vale");
      const wexham = await serviceNames(page);
      expect(wexham).toContain("Wexham Vale Children's Centre");
      expect(wexham).not.toContain("Kingsbridge Community Pantry");

      await clickAndLoad(page, page.getByRole("link", { name: "Clear filters" }));
      expect(new URL(page.url()).search).toBe("");
      expect(await serviceNames(page)).toEqual(everything);

      // The address never names anything sensitive, even for the most sensitive need.
      await page.getByLabel("Hurting or fear at home (domestic abuse)").check();
      await clickAndLoad(page, page.getByRole("button", { name: "Show services" }));
      expect(page.url()).not.toMatch(SENSITIVE);
      expect(await serviceNames(page)).toContain("Safe at Home Northshire");
    });
  });

  it("ignore filter values they do not know", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      await visit(session, "/help/services?need=food&need=%3Cscript%3E&who=aliens&area=Atlantis");
      expect(await resultCount(session.page)).toMatch(/services match what you chose$/);
      expect(await session.page.getByLabel("Anyone", { exact: true }).isChecked()).toBe(true);
      expect(await session.page.getByLabel("Where do you live?").inputValue()).toBe("");
    });
  });

  it.each(JAVASCRIPT_MODES)("filter the directory by keyboard alone ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await visit(session, "/help/services");
      const before = await serviceNames(page);
      const box = await tabTo(page, "the Food box", (f) => f.type === "checkbox" && f.label === "Food", 40);
      expect(box.checked).toBe(false);
      await page.keyboard.press("Space");
      expect((await focused(page)).checked).toBe(true);
      await pressButton(page, "Show services", "Enter");
      expect(new URL(page.url()).searchParams.getAll("need")).toEqual(["food"]);
      const after = await serviceNames(page);
      expect(after.length).toBeLessThan(before.length);
    });
  });

  it("fit 320px without sideways scrolling", async () => {
    await withBrowser({ javaScript: false, viewport: NARROW }, async (session) => {
      for (const { path } of PAGES) {
        await visit(session, path);
        await expectNoSidewaysScroll(session.page, path);
      }
    });
  });

  it("print the directory without the header, footer or filter form", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await visit(session, "/help/services?need=food");
      expect(await page.locator("form.filter-form").isVisible()).toBe(true);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("form.filter-form").isVisible()).toBe(false);
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      expect(await page.locator(".site-footer").isVisible()).toBe(false);
      expect(await page.locator(".service").first().isVisible()).toBe(true);
      // Paper has no links: the web address of each service is printed.
      const website = page.locator(".service a.link--url").first();
      expect(await website.innerText()).toMatch(/\.example$/);
      const otherLink = await page.locator("main a[href^='/help']").first().evaluate((a) => getComputedStyle(a, "::after").content);
      expect(otherLink).toBe("none");
      // The page's own navigation links are left off the paper.
      expect(await page.locator("main .print-hidden").first().isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
      expect(await page.locator("form.filter-form").isVisible()).toBe(true);
    });
  });
});
