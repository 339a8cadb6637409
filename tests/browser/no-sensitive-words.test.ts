import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_SURVEYS } from "~/modules/demo/demo-surveys";
import { PHONE, clickAndLoad, withBrowser, type BrowserSession } from "../support/browser";
import { CHECK_PATH, SLUG, answerAndContinue, expectConfirmation, pressStartNow, questionPath } from "../support/browser-survey";

// Someone who picks up this device and reads its history, or glances at the
// tab's title, must learn nothing: no page title or address of Heard's public
// pages carries a sensitive word.

const SENSITIVE = ["abuse", "neglect", "harm", "violence", "suicide", "self-harm", "hurt", "danger", "rape", "assault", "domestic"];
// At the start of a word ("harmful", "hurt"), not inside one ("pharmacy", "grape").
const SENSITIVE_WORD = new RegExp(`\\b(${SENSITIVE.join("|")})`, "i");
/** How many pages the crawl may visit: enough for every public page, bounded if a page links to endless variants. */
const MAX_PAGES = 80;

function readable(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, " "));
  } catch {
    return url;
  }
}

/** Records every address the tab asks for as a page (redirects too) and every title it shows. */
function watch(session: BrowserSession, page: Page) {
  const seen = { urls: new Set<string>(), titles: new Map<string, string>() };
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url().startsWith(session.origin)) {
      seen.urls.add(request.url());
    }
  });
  page.on("load", () => {
    void page.title().then(
      (title) => seen.titles.set(page.url(), title),
      () => {},
    );
  });
  return seen;
}

/** Same-site links on the page, as paths, without fragments; /exit is left alone (it ends the session). */
async function linksOn(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && url.pathname !== "/exit")
    .map((url) => `${url.pathname}${url.search}`);
}

describe("page titles and addresses", () => {
  it(`carry none of: ${SENSITIVE.join(", ")}`, async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      const seen = watch(session, page);
      const record = async () => seen.titles.set(page.url(), await page.title());

      // Every page reachable by links from home, the header and the footer.
      const queue = ["/"];
      const visited = new Set<string>();
      while (queue.length > 0 && visited.size < MAX_PAGES) {
        const path = queue.shift()!;
        if (visited.has(path)) continue;
        visited.add(path);
        await page.goto(session.url(path));
        await record();
        for (const link of await linksOn(page, session.origin)) if (!visited.has(link)) queue.push(link);
      }
      // The footer's pages are among them (the crawl really followed it).
      for (const path of ["/your-data", "/help", "/worried-about-a-child", "/staying-safe-online"]) {
        expect([...visited].some((p) => p.startsWith(path)), `the crawl reached ${path}`).toBe(true);
      }

      // Each demo survey: start, the interruption page, every question, check your answers.
      expect(DEMO_SURVEYS.map((s) => s.slug)).toContain(SLUG);
      for (const survey of DEMO_SURVEYS) {
        await page.goto(session.url(`/s/${survey.slug}`));
        await record();
        await pressStartNow(page);
        await record();
        for (const question of survey.definition.questions) {
          await page.goto(session.url(`/s/${survey.slug}/q/${question.id}`));
          await record();
        }
        await page.goto(session.url(`/s/${survey.slug}/check`));
        await record();
      }
      // And the confirmation (the young people's survey was started above), in
      // English: the crawl followed the language switcher's links too.
      await page.goto(session.url("/?lng=en"));
      for (const [id, label] of [["trusted-adult", "Yes"], ["asked-for-help", "No"]] as const) {
        await page.goto(session.url(questionPath(id)));
        await answerAndContinue(page, { pick: [label] });
      }
      await page.goto(session.url(CHECK_PATH));
      await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
      await expectConfirmation(page);
      await record();

      expect(seen.urls.size).toBeGreaterThan(20);
      const badUrls = [...seen.urls].filter((url) => SENSITIVE_WORD.test(readable(url)));
      const badTitles = [...seen.titles].filter(([, title]) => SENSITIVE_WORD.test(title)).map(([url, title]) => `${title} (${url})`);
      expect(badUrls, "addresses with a sensitive word").toEqual([]);
      expect(badTitles, "page titles with a sensitive word").toEqual([]);
      // The check can fail: it knows a sensitive address and title when it sees one.
      expect(SENSITIVE_WORD.test(readable("/help/services?need=domestic-abuse"))).toBe(true);
      expect(SENSITIVE_WORD.test("What does the word “neglect” mean to you? – Heard")).toBe(true);
      expect(SENSITIVE_WORD.test("Find a pharmacy – Heard")).toBe(false);
    });
  });
});
