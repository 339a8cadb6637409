import { describe, expect, it } from "vitest";
import { DEMO_STAFF } from "~/modules/demo/demo-staff.server";
import { clickAndLoad, expectNoAxeViolations, expectReflow, JAVASCRIPT_MODES, withBrowser } from "../support/browser";
import { demoStaff, signInAsStaff, submitAndWait, waitForHydration } from "../support/browser-staff";
import { mainHeading, pathOf } from "../support/browser-survey";

// The team dashboard: server-drawn charts with their tables, the period
// form, with JavaScript off (plain HTML) and on (hydrated). It only reads,
// so it uses the shared app.

const DASHBOARD = "/staff/p/northshire/dashboard";
const lead = DEMO_STAFF.find((m) => m.roles.includes("safeguarding_lead"))!;

describe("team dashboard", () => {
  for (const { javaScript, mode } of JAVASCRIPT_MODES) {
    it(`the safeguarding lead opens it from the overview, sees charts, tables and open triage items, and picks quarters (${mode})`, async () => {
      await withBrowser({ javaScript }, async (session) => {
        const { page } = session;
        await signInAsStaff(page, session.origin, lead);
        await page.goto(session.url("/staff/p/northshire"));
        if (javaScript) await waitForHydration(page);
        const link = page.getByRole("link", { name: "Dashboard", exact: true });
        if (javaScript) await submitAndWait(page, () => link.click(), (url) => url.pathname === DASHBOARD);
        else await clickAndLoad(page, link);
        expect(pathOf(page)).toBe(DASHBOARD);
        expect(await mainHeading(page)).toBe("Dashboard");
        expect(await page.title()).toBe("Dashboard – Heard");

        // Each chart is drawn (hidden from screen readers) with its table.
        const charts = page.locator("main figure.chart");
        expect(await charts.count()).toBeGreaterThanOrEqual(4);
        for (const figure of await charts.all()) {
          expect(await figure.locator("svg.chart__svg").getAttribute("aria-hidden")).toBe("true");
          expect(await figure.locator("table").count()).toBe(1);
        }
        expect(await page.getByRole("heading", { name: "Open triage items" }).count()).toBe(1);
        expect(await page.getByRole("heading", { name: "How much is coded" }).count()).toBe(1);
        // Every count in the statistics tables is [c] or a multiple of 5 from 10 up.
        const cells = await page.locator("main [data-statistics] td.table__cell--numeric:not([data-percent])").allInnerTexts();
        expect(cells.length).toBeGreaterThan(20);
        for (const text of cells) expect(text === "[c]" || (Number(text.replace(/,/g, "")) >= 10 && Number(text.replace(/,/g, "")) % 5 === 0), text).toBe(true);

        if (javaScript) await waitForHydration(page);
        await expectNoAxeViolations(page, `dashboard (${mode})`, { javaScript });
        await expectReflow(page, `dashboard (${mode})`);

        // The period form is a plain GET form.
        await page.locator("#range").selectOption("8q");
        const apply = page.getByRole("button", { name: "Show dashboard" });
        if (javaScript) await submitAndWait(page, () => apply.click(), (url) => url.search.includes("range=8q"));
        else await clickAndLoad(page, apply);
        expect(new URL(page.url()).searchParams.get("range")).toBe("8q");
        expect(await page.locator('[data-table="time-channel"] tbody tr').count()).toBe(9);
        expect(await page.locator('[data-table="time-channel"] thead th').first().innerText()).toBe("Quarter");
        await expectNoAxeViolations(page, `dashboard by quarter (${mode})`, { javaScript });
      });
    });
  }

  it("an analyst sees no triage items", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(DASHBOARD));
      expect(await mainHeading(page)).toBe("Dashboard");
      expect(await page.locator('[data-section="triage"]').count()).toBe(0);
      expect(await page.locator('main a[href*="/triage"]').count()).toBe(0);
    });
  });
});
