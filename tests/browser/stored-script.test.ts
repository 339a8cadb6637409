import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, withBrowser, type BrowserSession } from "../support/browser";
import { demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { answerAndContinue, mainButton, pathOf, questionPath, startSurvey } from "../support/browser-survey";

// Stored scripts (OWASP ASVS 5.0, output encoding): text typed into every
// place staff text comes from today is shown as text in every staff view,
// hydrated, and nothing runs: no dialog, no window.__xss, no javascript:
// link, and no Content-Security-Policy violation (react-aria's widgets
// included: the policy allows no inline style).

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1",
] as const;
/** All four in one string, as one field holds them. */
const ALL = PAYLOADS.join(" ");
/** Two of them, for fields of 120 characters or fewer. */
const SHORT = `${PAYLOADS[0]} ${PAYLOADS[2]}`;
const BASE = "/staff/p/northshire";

interface Watch {
  dialogs: string[];
  cspReports: string[];
}

/** Dialogs (dismissed and recorded) and console messages about the policy, on every tab. */
function watch(session: BrowserSession): Watch {
  const w: Watch = { dialogs: [], cspReports: [] };
  session.context.on("dialog", (dialog) => {
    w.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  session.context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) w.cspReports.push(`${message.type()}: ${message.text()}`);
  });
  return w;
}

/** The CSRF token of the page now shown. */
async function csrf(page: Page): Promise<string> {
  const value = await page.locator("input[name=csrf]").first().inputValue();
  expect(value).not.toBe("");
  return value;
}

/** Posts a form as the signed-in browser does (its cookies), after opening the page for its token. */
async function post(session: BrowserSession, path: string, fields: Record<string, string | string[]>): Promise<{ status: number; location: string; body: string }> {
  await session.page.goto(session.url(path));
  const body = new URLSearchParams({ csrf: await csrf(session.page) });
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  const response = await session.context.request.post(session.url(path), {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: session.origin },
    data: body.toString(),
    maxRedirects: 0,
  });
  const html = await response.text();
  // For a failure message: the error summary's items.
  const errors = [...html.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]).join("; ");
  return { status: response.status(), location: response.headers()["location"] ?? "", body: errors || html.slice(0, 300) };
}

/**
 * Posts the page's own form (the one that holds `field`) with every value it
 * already has, after changing `fields`: hidden fields and defaults come along.
 */
async function postPageForm(session: BrowserSession, path: string, field: string, fields: Record<string, string>) {
  await session.page.goto(session.url(path));
  const current = await session.page.locator(`[name="${field}"]`).first().evaluate((el) => {
    const form = (el as HTMLInputElement).form!;
    return [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === "string");
  });
  const body = new URLSearchParams(current.filter(([name]) => !(name in fields)));
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const response = await session.context.request.post(session.url(path), {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: session.origin },
    data: body.toString(),
    maxRedirects: 0,
  });
  const html = await response.text();
  const errors = [...html.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]).join("; ");
  return { status: response.status(), body: errors || html.slice(0, 300) };
}

/** Every check on a staff view: it shows `expected` literally, and nothing ran or was refused by the policy. */
async function expectInert(session: BrowserSession, w: Watch, path: string, expected: string[]): Promise<void> {
  const { page } = session;
  const response = await page.goto(session.url(path));
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("load");
  // Staff pages hydrate: wait for React and react-aria to render on the client too.
  if (path.startsWith("/staff")) await waitForHydration(page);
  await page.waitForTimeout(300);
  const text = await page.locator("main").innerText();
  const values = await page.locator("main input, main textarea").evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  for (const e of expected) expect(`${text}\n${values.join("\n")}`, `${path} shows ${e} literally`).toContain(e);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${path}: a payload ran`).toBeUndefined();
  // No element the payloads would make, and no javascript: address anywhere.
  expect(await page.locator("main svg[onload], main img[onerror], main img[src=x]").count(), `${path}: markup from a payload`).toBe(0);
  const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => el.textContent ?? ""));
  expect(scripts.filter((s) => s.includes("window.__xss=1") && !s.includes("__remixContext") && !s.includes("\\u003c")), `${path}: a payload became a script`).toEqual([]);
  const hrefs = await page.locator("[href], [src], [action], [formaction]").evaluateAll((els) =>
    els.flatMap((el) => ["href", "src", "action", "formaction"].map((a) => el.getAttribute(a) ?? "")),
  );
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h)), `${path}: a javascript: address`).toEqual([]);
  expect(w.dialogs, `${path}: a dialog opened`).toEqual([]);
  expect(w.cspReports.slice(0, 3), `${path}: the Content-Security-Policy refused something (${w.cspReports.length})`).toEqual([]);
}

describe("stored scripts", () => {
  // Its own app: it writes payloads into the demo partnership's contacts,
  // directory and surveys, which the other browser tests read.
  const app = appForThisFile();

  it("text from the public and from staff shows as text in every staff view, and runs nowhere", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      const w = watch(session);

      // From the public: a free-text answer and anonymous feedback (not shown to staff yet).
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("one-change")));
      await answerAndContinue(page, { text: ALL });
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      await page.goto(session.url("/feedback?p=northshire"));
      await page.locator("textarea#text").fill(ALL);
      // The server refuses a form sent sooner than MIN_FORM_MS after it was shown.
      await page.waitForTimeout(3_300);
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/feedback/sent");
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

      await signInAsStaff(page, session.origin, demoStaff("partnershipAdmin"));
      await expectInert(session, w, "/staff", []);

      // The directory: a service named and described with the payloads.
      const created = await post(session, `${BASE}/services/new`, {
        intent: "save",
        name: `Service ${SHORT}`,
        summary: `Summary ${ALL}`,
        needs: "food",
        audiences: "parents",
        phone: "01632 960000",
        openingHours: `Hours ${PAYLOADS[1]}`,
        languages: "en",
        cost: `Free ${PAYLOADS[3]}`,
        website: "",
      });
      expect(created.status, created.body).toBe(302);
      // A javascript: website is refused, whatever its case or spaces.
      for (const website of ["javascript:window.__xss=1", " JaVaScRiPt:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "http://example.org"]) {
        const refused = await post(session, `${BASE}/services/new`, { intent: "save", name: "Refused", summary: "x", needs: "food", audiences: "parents", website, openingHours: "x", languages: "en", cost: "x" });
        expect(refused.status, website).toBe(400);
      }
      await expectInert(session, w, `${BASE}/services`, [`Service ${SHORT}`]);
      await page.goto(session.url(`${BASE}/services`));
      const editLink = await page.locator("main a", { hasText: "Service <script>" }).first().getAttribute("href");
      expect(editLink).toMatch(/\/services\/[^/]+$/);
      await expectInert(session, w, editLink!, [`Service ${SHORT}`, `Summary ${ALL}`, `Hours ${PAYLOADS[1]}`, `Free ${PAYLOADS[3]}`]);

      // Help contacts: names with the payloads; a javascript: website refused.
      await page.goto(session.url(`${BASE}/help-contacts`));
      const contactFields = await page.locator("main form input[name^='frontDoor.'], main form input[name^='earlyHelp.'], main form textarea").evaluateAll((els) =>
        Object.fromEntries(els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value])),
      );
      const saved = await post(session, `${BASE}/help-contacts`, { ...contactFields, intent: "contacts", "frontDoor.name": `Front ${SHORT}`, "earlyHelp.name": `Early ${PAYLOADS[2]}` });
      expect(saved.status, saved.body).toBe(302);
      const refusedContact = await post(session, `${BASE}/help-contacts`, { ...contactFields, intent: "contacts", "frontDoor.website": "javascript:window.__xss=1" });
      expect(refusedContact.status).toBe(400);
      await expectInert(session, w, `${BASE}/help-contacts`, [`Front ${SHORT}`, `Early ${PAYLOADS[2]}`]);

      // The survey builder: a survey, a question and an option, and a translation, all with the payloads.
      const slug = `xss-${Date.now().toString(36)}`;
      const survey = await post(session, `${BASE}/surveys`, { title: `Survey ${ALL}`, slug, audience: "young_people", retentionDays: "365" });
      expect(survey.status, survey.body).toBe(302);
      const surveyPath = new URL(survey.location, session.origin).pathname;
      const question = await post(session, surveyPath, { intent: "add-question", questionType: "single_choice", questionTitle: `Question ${ALL}` });
      expect(question.status, question.body).toBe(302);
      await page.goto(session.url(surveyPath));
      const questionLink = await page.locator("main a", { hasText: "Question <script>" }).first().getAttribute("href");
      expect(questionLink).toMatch(/\/questions\/[^/?]+/);
      const questionPathOnly = new URL(questionLink!, session.origin).pathname;
      const option = await postPageForm(session, `${questionPathOnly}?lang=pl`, "option.0.label.en", {
        "title.pl": `Pytanie ${ALL}`,
        "option.0.label.en": `Option ${ALL}`,
        "option.0.label.pl": `Opcja ${ALL}`,
      });
      expect(option.status, option.body).toBe(302);
      await expectInert(session, w, `${BASE}/surveys`, [`Survey ${ALL}`]);
      await expectInert(session, w, surveyPath, [`Survey ${ALL}`, `Question ${ALL}`]);
      await expectInert(session, w, questionPathOnly, [`Question ${ALL}`, `Option ${ALL}`]);
      await expectInert(session, w, `${questionPathOnly}?lang=pl`, [`Pytanie ${ALL}`, `Opcja ${ALL}`]);
      await expectInert(session, w, `${surveyPath}/preview`, [`Question ${ALL}`, `Option ${ALL}`]);
      await expectInert(session, w, `${surveyPath}/preview?lang=pl`, [`Pytanie ${ALL}`, `Opcja ${ALL}`]);
      const translated = await postPageForm(session, `${surveyPath}?lang=pl`, "titleTranslation", { titleTranslation: `Ankieta ${ALL}` });
      expect(translated.status, translated.body).toBe(302);
      await expectInert(session, w, `${surveyPath}?lang=pl`, [`Ankieta ${ALL}`]);
      const exported = await session.context.request.get(session.url(`${surveyPath}/export`));
      expect(exported.headers()["content-type"]).toMatch(/^application\/json/);

      // The audit log: ids and codes, and nothing that runs.
      await expectInert(session, w, `${BASE}/audit`, []);
      expect(await page.locator("main").innerText(), "the audit log copied free text").not.toContain("window.__xss");
      await expectInert(session, w, BASE, []);
      await expectInert(session, w, `${BASE}/team`, []);
    });
  });
});
