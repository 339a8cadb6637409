import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { JAVASCRIPT_MODES, clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { clickAndSettle, demoStaff, signInAsStaff } from "../support/browser-staff";
import { focused, tabTo } from "../support/browser-keyboard";
import { mainHeading } from "../support/browser-survey";
import { TMP_DIR } from "../support/paths";

// Answers from paper, end to end: an analyst uploads a CSV file, matches its
// columns (one already matched by its heading, one chosen by keyboard), sees
// the preview and the check (one row cannot come in), leaves that row out and
// imports the rest; the survey page then counts them. With JavaScript off
// (plain forms) and on (the hydrated page); axe on every step.

const SURVEYS_PATH = "/staff/p/northshire/surveys";
const SURVEY_TITLE = "Home, school and getting help";
const CSV = [
  "Is there an adult you could talk to if you were worried?;asked-for-help;Better",
  "Yes;No;More places to play football",
  "no;yes;",
  "maybe;no;A bus to the park",
].join("\r\n");

let app: RunningApp;
let csvFile = "";

beforeAll(async () => {
  app = await startApp();
  await mkdir(TMP_DIR, { recursive: true });
  csvFile = path.join(TMP_DIR, `paper-answers-${Date.now().toString(36)}.csv`);
  await writeFile(csvFile, `\ufeff${CSV}`, "utf8");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  if (csvFile) await rm(csvFile, { force: true });
});

async function check(session: BrowserSession, label: string) {
  await expectNoAxeViolations(session.page, `${label} (${session.javaScript ? "JavaScript on" : "JavaScript off"})`, { javaScript: session.javaScript });
}

/** Links on these pages are plain links (a full load either way); a form's button: a full page load with JavaScript off, a client-side submission with it on. */
async function press(session: BrowserSession, target: Locator) {
  if (session.javaScript) await clickAndSettle(session.page, target);
  else await clickAndLoad(session.page, target);
}

async function responsesSent(page: Page): Promise<number> {
  const text = await page.locator("#responses-sent").innerText();
  const count = /^(\d+)/.exec(text);
  if (!count) throw new Error(`no count in "${text}"`);
  return Number(count[1]);
}

describe("importing answers from a CSV file", () => {
  it.each(JAVASCRIPT_MODES)("an analyst uploads, matches columns, checks and imports; the survey counts them ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(SURVEYS_PATH));
      const surveyHref = await page.getByRole("link", { name: SURVEY_TITLE, exact: true }).getAttribute("href");
      expect(surveyHref).toMatch(/^\/staff\/p\/northshire\/surveys\/[0-9a-f-]{36}$/);
      await page.goto(session.url(surveyHref!));
      const before = await responsesSent(page);

      // The survey page links to the import (the survey is published).
      await clickAndLoad(page, page.getByRole("link", { name: "Import answers from paper or another tool (CSV file)" }));
      expect(new URL(page.url()).pathname).toBe(`${surveyHref}/import-answers`);
      expect(await mainHeading(page)).toBe("Choose the file");
      expect(await page.title()).toBe("Import answers – Heard");
      await check(session, "import: upload");

      // Nothing chosen: the error summary and the message by the field.
      await press(session, page.getByRole("button", { name: "Upload and continue" }));
      expect(await page.locator(".error-summary").innerText()).toContain("Choose a CSV file to upload");
      expect(await page.title()).toBe("Error: Import answers – Heard");
      await check(session, "import: upload error");

      await page.locator("#file").setInputFiles(csvFile);
      await press(session, page.getByRole("button", { name: "Upload and continue" }));
      expect(await mainHeading(page)).toBe("Match the columns to questions");

      // Matched by its heading (the question's title) and by the question's id; "Better" is left for the person.
      expect(await page.locator("#column-0").inputValue()).toBe("trusted-adult");
      expect(await page.locator("#column-1").inputValue()).toBe("asked-for-help");
      expect(await page.locator("#column-2").inputValue()).toBe("");
      // The preview: the first rows as text.
      const preview = page.locator("#preview tbody tr");
      expect(await preview.count()).toBe(3);
      expect(await preview.nth(0).innerText()).toContain("More places to play football");
      expect(await page.locator("#preview thead").innerText()).toContain("Better");
      await check(session, "import: match columns");

      // Column "Better" by keyboard: Tab from the column before it, then arrow keys to the question.
      await page.locator("#column-1").focus();
      await tabTo(page, "the Better column", (f) => f.id === "column-2", 5);
      for (let i = 0; i < 20 && (await page.locator("#column-2").inputValue()) !== "one-change"; i++) await page.keyboard.press("ArrowDown");
      expect(await page.locator("#column-2").inputValue()).toBe("one-change");
      expect((await focused(page)).id).toBe("column-2");

      await press(session, page.getByRole("button", { name: "Check the rows" }));
      expect(await mainHeading(page)).toBe("Check the rows");
      expect(await page.locator("#ready").innerText()).toBe("2 rows are ready to import.");
      expect(await page.locator("#failing").innerText()).toBe("1 row cannot be imported");
      const failure = page.locator("#failures tbody tr");
      expect(await failure.count()).toBe(1);
      expect(await failure.locator("th").innerText()).toBe("Row 4");
      expect(await failure.locator("td").innerText()).toBe(
        "“maybe” in column “Is there an adult you could talk to if you were worried?” is not an option of “Is there an adult you could talk to if you were worried?”",
      );
      await check(session, "import: check");

      await press(session, page.getByRole("button", { name: "Import the 2 rows that are ready, and leave out the rest" }));
      expect(new URL(page.url()).searchParams.get("imported")).toMatch(/^[0-9a-f-]{36}$/);
      expect(await mainHeading(page)).toBe("Answers imported");
      expect(await page.locator("#import-done .panel__body").innerText()).toBe("2 responses imported, 1 row left out");
      await check(session, "import: done");

      await clickAndLoad(page, page.getByRole("link", { name: "Back to the survey" }));
      expect(new URL(page.url()).pathname).toBe(surveyHref);
      expect(await responsesSent(page)).toBe(before + 2);
    });
  });
});
