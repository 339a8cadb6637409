import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codebookCodes, codings, implementationGroupCodes, implementationGroups, partnerships, staffUsers } from "#db/schema/index.ts";
import { openDatabase } from "~/modules/db/client.server";
import { seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { lastCompleteQuarter } from "~/modules/reports/periods";
import { ukToday } from "~/modules/workspace/dates";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, expectNoAxeViolations, JAVASCRIPT_MODES, withBrowser } from "../support/browser";
import { clickAndSettle, demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { addTextItems } from "../support/coding";
import { TMP_DIR } from "../support/paths";

// Issue 7: an analyst chooses a group and a quarter, sees the chart with its
// table, and saves "What this tells us"; with JavaScript off and on; axe-clean.
// Its own app, on a database seeded here with coded texts in the last complete quarter.

const BASE = "/staff/p/northshire";
const quarter = lastCompleteQuarter(ukToday());
let app: RunningApp;
let dataDir = "";

beforeAll(async () => {
  await mkdir(TMP_DIR, { recursive: true });
  dataDir = await mkdtemp(path.join(TMP_DIR, "summary-"));
  const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
  await handle.migrate();
  const db = handle.db;
  await seedDemo(db);
  await seedDemoStaff(db);
  const [p] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
  const [analyst] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, demoStaff("analyst").email));
  const code = async (c: string) =>
    (await db.select({ id: codebookCodes.id }).from(codebookCodes).where(and(eq(codebookCodes.partnershipId, p!.id), eq(codebookCodes.code, c))))[0]!.id;
  const [group] = await db.insert(implementationGroups).values({ partnershipId: p!.id, name: "Neglect subgroup" }).returning();
  await db.insert(implementationGroups).values({ partnershipId: p!.id, name: "Another subgroup", position: 2 });
  const basic = await code("basic_needs");
  const school = await code("school");
  await db.insert(implementationGroupCodes).values([
    { groupId: group!.id, codeId: basic },
    { groupId: group!.id, codeId: school },
  ]);
  // 24 texts about basic needs, 4 about school (shown as [c]).
  const texts = Array.from({ length: 28 }, (_, i) => ({ text: `Text ${i}`, surveySlug: "demo-young-people", receivedOn: quarter.from }));
  const ids = await addTextItems(db, "northshire", texts);
  await db.insert(codings).values(ids.map((id, i) => ({ textItemId: id, codeId: i < 24 ? basic : school, coderId: analyst!.id, decision: "accepted" as const })));
  await handle.close();
  app = await startApp({ HEARD_DATA_DIR: dataDir });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("themed summary", () => {
  it.each(JAVASCRIPT_MODES)("$mode: choose a group and quarter, see the chart and its table, save what this tells us", async ({ javaScript, mode }) => {
    await withBrowser({ javaScript, appUrl: app.url }, async (session) => {
      const { page } = session;
      const go = javaScript ? clickAndSettle : clickAndLoad;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(`${BASE}/summaries`));
      if (javaScript) await waitForHydration(page);
      expect(await page.locator("h1").innerText()).toBe("Themed summaries");
      await expectNoAxeViolations(page, `summaries form (${mode})`, { javaScript });

      await page.getByLabel("Implementation group").selectOption({ label: "Neglect subgroup" });
      await page.getByLabel("Period").selectOption({ label: quarter.label });
      await go(page, page.getByRole("button", { name: "Show summary" }));
      expect(await page.locator("#summary-heading").innerText()).toBe(`Neglect subgroup: ${quarter.label}`);
      // The chart (drawn on the server) and its table: 24 → 25, 4 → [c].
      expect(await page.locator("svg.chart__svg").count()).toBe(1);
      const rows = await page.locator(".chart__table tbody tr").allInnerTexts();
      expect(rows.some((r) => /25/.test(r))).toBe(true);
      expect(rows.some((r) => r.includes("[c]"))).toBe(true);
      expect(await page.locator("a[href*='/summaries/export/pdf?']").count()).toBe(1);
      await expectNoAxeViolations(page, `summary (${mode})`, { javaScript });

      await page.getByLabel("What this tells us").fill(`Food is the big worry (${mode}).`);
      await go(page, page.getByRole("button", { name: "Save" }));
      expect(await page.locator(".notification-banner").innerText()).toContain("“What this tells us” is saved.");
      expect(await page.locator("[data-note]").innerText()).toBe(`Food is the big worry (${mode}).`);
      await expectNoAxeViolations(page, `summary after saving (${mode})`, { javaScript });
    });
  });
});
