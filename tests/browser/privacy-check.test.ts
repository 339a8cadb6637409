import { rm } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { openDatabase } from "~/modules/db/client.server";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, withBrowser } from "../support/browser";
import { demoStaff, signInAsStaff } from "../support/browser-staff";
import { CHECK_PATH, answerAndContinue, mainButton, pathOf, questionPath, reachCheckQuickly } from "../support/browser-survey";
import { findInDatabase } from "../support/privacy-scan";

// Privacy check (issue 8): a person with a marked address (as a proxy in
// front of Heard reports it) and a marked browser answers a survey, sends
// feedback and answers at a kiosk; staff then open the views and the
// export. Neither marker may appear in any column of any table, in the
// app's own output, or in what staff download. A control proves the scan
// finds what is there.

const ADDRESS = "203.0.113.77";
const AGENT = "HeardPrivacyProbe/1.0 (marker-ua-4471; like Chromium)";
const NEEDLES = [ADDRESS, "HeardPrivacyProbe", "marker-ua-4471"];
/** Typed into the free-text answer: the scan must find it (where it belongs). */
const CONTROL = "PRIVACYCONTROL7731";

describe("privacy check", () => {
  let app: RunningApp;
  beforeAll(async () => {
    // The app trusts the proxy on the loopback address, so it reads X-Forwarded-For as the client's address (and hashes it).
    app = await startApp({ HEARD_TRUST_PROXY: "loopback" });
  }, 120_000);
  afterAll(async () => {
    if (app) {
      await app.stop();
      await rm(app.dataDir, { recursive: true, force: true });
    }
  });

  it("stores, logs and exports neither the address nor the user agent", async () => {
    const downloads: string[] = [];
    await withBrowser({ javaScript: true, appUrl: app.url, userAgent: AGENT, extraHTTPHeaders: { "X-Forwarded-For": ADDRESS } }, async (session) => {
      const { page } = session;
      // The browser really sends the markers.
      const echoed = await page.evaluate(() => navigator.userAgent);
      expect(echoed).toBe(AGENT);

      // A survey, with the control in a free-text answer.
      await reachCheckQuickly(page, session.origin);
      await page.goto(session.url(questionPath("one-change")));
      await answerAndContinue(page, { text: `More clubs ${CONTROL}` });
      await page.goto(session.url(CHECK_PATH));
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/s/demo-young-people/done");

      // Feedback (the server refuses a form sent sooner than a person could).
      await page.goto(session.url("/feedback?p=northshire"));
      await page.locator("textarea#text").fill("The bus to the youth club stopped running");
      await page.waitForTimeout(3_300);
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/feedback/sent");

      // A kiosk response (kiosk.js sends it as JSON).
      await page.goto(session.url("/kiosk"));
      await page.locator("#code").fill(DEMO_KIOSK.code);
      await clickAndLoad(page, page.locator("main form button[type=submit]"));
      expect(pathOf(page)).toBe("/kiosk/start");
      await clickAndLoad(page, page.getByRole("link", { name: "Start", exact: true }));
      await page.getByLabel("Most weeks").check();
      await page.getByLabel("Food", { exact: true }).check();
      await page.locator("#q-better-help").fill("Evening sessions please");
      await page.getByRole("button", { name: "Send my answers" }).click();
      await page.locator("[data-kiosk-thanks=sent] h1").waitFor();
      await page.goto(session.url("/kiosk/exit"));

      // Staff: the views that show answers, and the survey export.
      await signInAsStaff(page, session.origin, demoStaff("partnershipAdmin"));
      for (const view of ["responses", "triage", "coding", "quotes", "codebook", "audit"]) {
        const response = await session.context.request.get(session.url(`/staff/p/northshire/${view}`));
        expect(response.status(), view).toBe(200);
        downloads.push(`${view}: ${await response.text()}`);
      }
      await page.goto(session.url("/staff/p/northshire/surveys"));
      const surveyLinks = await page.locator("main a[href*='/surveys/']").evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""));
      const surveyPaths = [...new Set(surveyLinks.map((h) => h.match(/^\/staff\/p\/northshire\/surveys\/[^/?#]+/)?.[0]).filter((p): p is string => !!p))];
      expect(surveyPaths.length).toBeGreaterThan(0);
      for (const surveyPath of surveyPaths) {
        const exported = await session.context.request.get(session.url(`${surveyPath}/export`));
        if (exported.status() === 404) continue;
        expect(exported.headers()["content-disposition"], surveyPath).toMatch(/^attachment/);
        downloads.push(`${surveyPath}/export: ${await exported.text()}`);
      }
      expect(downloads.some((d) => d.includes("/export: "))).toBe(true);

      // The feedback loop's downloads: a themed summary (CSV, and the XML inside Word and Excel files) and the REFI-QDA project.
      await page.goto(session.url("/staff/p/northshire/summaries"));
      const groupId = await page.locator("select#group option").first().getAttribute("value");
      const today = new Date().toISOString().slice(0, 10);
      const summaryQuery = `group=${groupId}&quarter=custom&from=${today.slice(0, 8)}01&to=${today}&feedback=yes`;
      const unzipped = (bytes: Buffer) => Object.values(unzipSync(new Uint8Array(bytes))).map((part) => strFromU8(part)).join("\n");
      for (const format of ["csv", "docx", "xlsx"]) {
        const exported = await session.context.request.get(session.url(`/staff/p/northshire/summaries/export/${format}?${summaryQuery}`));
        expect(exported.status(), format).toBe(200);
        downloads.push(`summary.${format}: ${format === "csv" ? await exported.text() : unzipped(await exported.body())}`);
      }
      const qdpx = await session.context.request.get(session.url("/staff/p/northshire/coding/export.qdpx"));
      expect(qdpx.status()).toBe(200);
      const project = unzipped(await qdpx.body());
      expect(project, "the project holds the redacted answers").toContain("<TextSource");
      downloads.push(`project.qdpx: ${project}`);
    });

    // The exports and staff views.
    for (const download of downloads) for (const needle of NEEDLES) expect(download.includes(needle), `${download.slice(0, 60)} carries ${needle}`).toBe(false);
    // The app's own output (stdout and stderr), all of it.
    const output = app.output();
    expect(output).toContain("Heard is running at");
    for (const needle of NEEDLES) expect(output, `the logs carry ${needle}`).not.toContain(needle);

    // Every column of every table, read after the app has stopped (PGlite has one process at a time).
    await app.stop("SIGTERM", { keepData: true });
    const handle = await openDatabase({ dataDir: path.join(app.dataDir, "pglite") });
    try {
      expect(await findInDatabase(handle.db, NEEDLES)).toEqual([]);
      // The control: the scan finds the marker typed into the answer (and the address's neighbours are not the marker).
      expect(await findInDatabase(handle.db, [CONTROL])).toContain("public.answers.value");
    } finally {
      await handle.close();
    }
  });
});
