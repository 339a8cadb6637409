import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/modules/db/client.server";
import { seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { DEFAULT_CODEBOOK } from "~/modules/themes/codebook";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { focused, tabTo } from "../support/browser-keyboard";
import { clickAndSettle, demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { addSuggestions, addTextItems } from "../support/coding";
import { TMP_DIR } from "../support/paths";

// The coding half of issue 6's browser acceptance: an analyst codes answers
// by keyboard alone (accepts one suggestion, rejects another, adds a code),
// makes a code from an emergent group, and, with JavaScript off, accepts a
// suggestion with a plain form. Axe on every page. Its own app, on a database
// seeded here with redacted texts and stored suggestions (the analyser that
// computes them is another helper's work; texts with stored suggestions are
// not analysed again).

const BASE = "/staff/p/northshire";
let app: RunningApp;
let dataDir = "";
let ids: string[] = [];

const TEXTS = [
  { text: "There is never enough food in the house and I am hungry at night.", surveySlug: "demo-young-people", receivedOn: "2026-01-05" },
  { text: "I like my school and my teacher helps me with homework.", surveySlug: "demo-young-people", receivedOn: "2026-01-06" },
  { text: "I worry all the time and cannot sleep, it makes me feel sick.", surveySlug: "demo-young-people", receivedOn: "2026-01-07" },
  { text: "The bus to town costs too much and the buses are always late.", receivedOn: "2026-02-01" },
  { text: "Buses are late every day and the bus fare is too high for us.", receivedOn: "2026-02-02" },
  { text: "I wait ages for the bus, it is always late and expensive.", receivedOn: "2026-02-03" },
];

beforeAll(async () => {
  await mkdir(TMP_DIR, { recursive: true });
  dataDir = await mkdtemp(path.join(TMP_DIR, "coding-"));
  const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
  await handle.migrate();
  await seedDemo(handle.db);
  await seedDemoStaff(handle.db);
  ids = await addTextItems(handle.db, "northshire", TEXTS);
  await addSuggestions(handle.db, "northshire", ids[0]!, [
    { code: "basic_needs", score: 0.9, phrases: ["food", "hungry"] },
    { code: "money_housing", score: 0.55, phrases: ["never enough"] },
  ]);
  await addSuggestions(handle.db, "northshire", ids[1]!, [{ code: "basic_needs", score: 0.6, phrases: ["homework"] }, { code: "school", score: 0.8, phrases: ["school"] }]);
  await addSuggestions(handle.db, "northshire", ids[2]!, [{ code: "isolation", score: 0.6, phrases: ["worry"] }]);
  // The bus texts: only weak suggestions, so the codebook covers them poorly.
  for (const id of ids.slice(3)) await addSuggestions(handle.db, "northshire", id, [{ code: "money_housing", score: 0.2, phrases: ["costs"] }]);
  await handle.close();
  app = await startApp({ HEARD_DATA_DIR: dataDir });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function check(session: BrowserSession, label: string) {
  await expectNoAxeViolations(session.page, label, { javaScript: session.javaScript });
}

/** Presses a key on a hydrated page and waits until the navigation or submission it starts has rendered. */
async function pressAndSettle(page: Page, key: string) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.settled ?? 0));
  await page.keyboard.press(key);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.settled ?? 0) > n, before);
}

const suggestion = (page: Page, code: string) => page.locator(`[data-suggestion="${code}"]`);
const heading2 = (page: Page) => page.locator("#text-heading").innerText();

describe("theme coding", () => {
  it("an analyst codes three answers by keyboard alone: accepts a suggestion, rejects one, adds a code", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(`${BASE}/coding`));
      await waitForHydration(page);
      expect(await page.locator("h1").innerText()).toBe("Coding");
      expect(await page.locator("[data-progress]").innerText()).toBe("0 of 6 coded");
      expect(await heading2(page)).toBe("Answer 1 of 6");
      // The reason is shown: the words highlighted in the text and listed.
      expect(await page.locator("[data-text] mark").allInnerTexts()).toEqual(["never enough", "food", "hungry"]);
      expect(await suggestion(page, "basic_needs").innerText()).toContain("“food”, “hungry”");
      expect(await page.locator("[data-shortcuts] summary").innerText()).toBe("Keyboard shortcuts");
      await check(session, "coding screen");

      // 1. Tab to the first suggestion's Accept button, Enter.
      const accept = await tabTo(page, "Accept on Basic needs", (f) => f.label === "Accept", 40);
      expect(accept.tag).toBe("button");
      await pressAndSettle(page, "Enter");
      expect(await suggestion(page, "basic_needs").locator(".tag").innerText()).toBe("Accepted");
      expect(await suggestion(page, "money_housing").locator(".tag").innerText()).toBe("Not decided");
      // Focus stays where it was, on the button just pressed.
      expect((await focused(page)).label).toBe("Accept");
      expect(await page.locator("[data-progress]").innerText()).toBe("1 of 6 coded");

      // 2. j: the next answer (focus moves to its heading); r rejects the first suggestion not decided.
      await pressAndSettle(page, "j");
      expect(await heading2(page)).toBe("Answer 2 of 6");
      expect((await focused(page)).id).toBe("text-heading");
      await pressAndSettle(page, "r");
      expect(await suggestion(page, "school").locator(".tag").innerText()).toBe("Rejected");
      await check(session, "coding screen after a rejection");

      // 3. j again; c goes to "Add a code", type to find a code, arrow down, Enter; Tab to "Add code", Enter.
      await pressAndSettle(page, "j");
      expect(await heading2(page)).toBe("Answer 3 of 6");
      await page.keyboard.press("c");
      expect((await focused(page)).id).toBe("add-code");
      await page.keyboard.type("heal");
      const health = DEFAULT_CODEBOOK.find((c) => c.code === "health")!;
      // Wait until the list has filtered down to it (typing is quicker than the list under load).
      await page.getByRole("option", { name: `${health.label} (health)` }).waitFor();
      await expect.poll(() => page.getByRole("option").first().innerText()).toBe(`${health.label} (health)`);
      // (No axe while the list is open: react-aria hides the rest of the page from assistive technology
      // with aria-hidden meanwhile, by design, which axe's aria-hidden-focus rule reports.)
      await page.keyboard.press("ArrowDown");
      // The option has virtual focus (aria-activedescendant) before Enter picks it; under load React may take a moment.
      await expect.poll(() => page.locator("#add-code").getAttribute("aria-activedescendant")).toBeTruthy();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#add-code").inputValue()).toBe(`${health.label} (health)`);
      await check(session, "add a code: a code chosen");
      const add = await tabTo(page, "Add code", (f) => f.label === "Add code", 5);
      expect(add.tag).toBe("button");
      await pressAndSettle(page, "Enter");
      expect(await page.locator("[data-added=health]").count()).toBe(1);
      expect(await page.locator("[data-progress]").innerText()).toBe("3 of 6 coded");

      // k goes back; the first answer keeps its decision.
      await pressAndSettle(page, "k");
      await pressAndSettle(page, "k");
      expect(await heading2(page)).toBe("Answer 1 of 6");
      expect(await suggestion(page, "basic_needs").locator(".tag").innerText()).toBe("Accepted");

      // "Not yet coded" leaves the three coded answers out.
      await page.locator("#todo").check();
      await clickAndSettle(page, page.getByRole("button", { name: "Show answers" }));
      expect(await heading2(page)).toBe("Answer 1 of 3");
      expect(await page.locator("[data-text]").innerText()).toContain("The bus to town");
    });
  });

  it("makes a code from an emergent group, by keyboard, and the codebook has it", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(`${BASE}/themes/emerging`));
      await waitForHydration(page);
      expect(await page.locator("h1").innerText()).toBe("Emerging themes");
      const group = page.locator("[data-group='0']");
      expect(await group.locator("h2").innerText()).toMatch(/^bus, late/);
      expect(await group.locator("blockquote").count()).toBe(3);
      await check(session, "emerging themes");

      await tabTo(page, "Make this a code", (f) => f.label === "Make this a code", 40);
      await pressAndSettle(page, "Enter");
      expect(await page.locator("#make-code").inputValue()).toBe("bus_late");
      expect(await page.locator("#make-label").inputValue()).toMatch(/^Bus, late/);
      expect(await page.locator("#make-examplePhrases").inputValue()).toContain("bus");
      await check(session, "make a code from a group");
      await page.locator("#make-code").focus();
      await page.keyboard.press("Control+a");
      await page.keyboard.type("transport");
      await page.locator("#make-label").focus();
      await page.keyboard.press("Control+a");
      await page.keyboard.type("Getting about");
      await tabTo(page, "Add code", (f) => f.label === "Add code", 10);
      await pressAndSettle(page, "Enter");
      expect(await page.locator(".notification-banner").innerText()).toContain("Code “Getting about” added");
      await check(session, "emerging themes after making a code");

      await page.goto(session.url(`${BASE}/codebook`));
      await waitForHydration(page);
      expect(await page.locator("[data-code=transport] th").innerText()).toContain("Getting about");
      await check(session, "codebook");

      // The group's texts now have the new code suggested on the coding screen.
      await page.goto(session.url(`${BASE}/coding?item=${ids[3]}`));
      await waitForHydration(page);
      expect(await suggestion(page, "transport").count()).toBe(1);

      for (const [pathname, label] of [
        [`${BASE}/coding/samples`, "coding samples"],
        [`${BASE}/quotes`, "quotes"],
      ] as const) {
        await page.goto(session.url(pathname));
        await waitForHydration(page);
        await check(session, label);
      }
    });
  });

  it("with JavaScript off, Accept is a plain form, and Add a code a native select", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(`${BASE}/coding?item=${ids[4]}`));
      expect(await page.locator("[data-shortcuts]").count()).toBe(0);
      expect(await page.locator("select#add-code").count()).toBe(1);
      await check(session, "coding screen without JavaScript");
      await clickAndLoad(page, suggestion(page, "money_housing").getByRole("button", { name: "Accept" }));
      expect(new URL(page.url()).searchParams.get("item")).toBe(ids[4]);
      expect(await suggestion(page, "money_housing").locator(".tag").innerText()).toBe("Accepted");
      await page.locator("select#add-code").selectOption({ label: "School (school)" });
      await clickAndLoad(page, page.getByRole("button", { name: "Add code" }));
      expect(await page.locator("[data-added=school]").count()).toBe(1);
      await check(session, "coding screen without JavaScript, after accepting");
    });
  });
});
