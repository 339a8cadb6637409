import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  PHONE,
  clickAndLoad,
  expectOnlyAppRequests,
  scriptWeight,
  withBrowser,
  type BrowserSession,
  JAVASCRIPT_MODES,
} from "../support/browser";
import {
  START_PATH,
  continueLink,
  expectConfirmation,
  mainButton,
  questionPath,
  reachCheckQuickly,
} from "../support/browser-survey";

// What every public page owes a child using it: nothing sent to anyone but
// this service, and very little JavaScript.

const JS_BUDGET_GZIP_BYTES = 15 * 1024;

/**
 * Addresses in the page that the browser fetches or connects to by itself
 * (not links a person follows), and that point away from the app.
 */
async function foreignResourcesInPage(page: Page, origin: string): Promise<string[]> {
  const urls = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("[src], link[href], [action], [srcset], [poster], object[data]"))) {
      for (const attr of ["src", "href", "action", "poster", "data"]) {
        const value = el.getAttribute(attr);
        if (value && !(el.tagName === "A")) found.push(new URL(value, document.baseURI).toString());
      }
      const srcset = el.getAttribute("srcset");
      if (srcset) for (const part of srcset.split(",")) found.push(new URL(part.trim().split(/\s+/)[0] ?? "", document.baseURI).toString());
    }
    return found;
  });
  return urls.filter((url) => new URL(url).origin !== origin);
}

/** Every public page of the journey, in one browser: home, start, before you start, question, error, check, done, not found. */
async function visitEveryPublicPage(session: BrowserSession, onPage: (label: string) => Promise<void>): Promise<void> {
  const { page } = session;
  await page.goto(session.url("/"));
  await onPage("home");
  await page.goto(session.url(START_PATH));
  await onPage("start");
  await clickAndLoad(page, mainButton(page));
  await onPage("before you start");
  await clickAndLoad(page, continueLink(page));
  await onPage("first question");
  await page.goto(session.url(questionPath("trusted-adult")));
  await clickAndLoad(page, mainButton(page));
  await onPage("error state");
  await reachCheckQuickly(page, session.origin);
  await onPage("check your answers");
  await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
  await expectConfirmation(page);
  await onPage("confirmation");
  await page.goto(session.url("/s/no-such-survey"));
  await onPage("not found");
}

describe("public pages", () => {
  it.each(JAVASCRIPT_MODES)("send no request anywhere but the app ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const pages: string[] = [];
      await visitEveryPublicPage(session, async (label) => {
        pages.push(label);
        expect(await foreignResourcesInPage(session.page, session.origin), `${label} points at another site`).toEqual([]);
      });
      expect(pages).toHaveLength(8);
      expectOnlyAppRequests(session);
    });
  });

  it("that show or take answers tell the browser not to keep them (Cache-Control: no-store)", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, origin } = session;
      const cacheControlOf = async (path: string) => {
        const response = await page.goto(new URL(path, origin).toString());
        return response?.headers()["cache-control"];
      };
      await reachCheckQuickly(page, origin);
      expect(await cacheControlOf(questionPath("home-feel")), "question page").toBe("no-store");
      expect(await cacheControlOf("/s/demo-young-people/check"), "check page").toBe("no-store");
      expect(await cacheControlOf("/feedback"), "feedback form").toBe("no-store");
      expect(await cacheControlOf("/s/demo-young-people"), "start page").toBe("no-store");
    });
  });

  it(`carry at most ${JS_BUDGET_GZIP_BYTES / 1024} KB of JavaScript (gzip'd), with nothing hydrated`, async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      let requestedScripts: string[] = [];
      session.context.on("request", (r) => {
        if (r.resourceType() === "script") requestedScripts.push(r.url());
      });
      const report: string[] = [];
      await visitEveryPublicPage(session, async (label) => {
        const weight = await scriptWeight(session, session.page, requestedScripts);
        requestedScripts = [];
        report.push(`${label}: ${weight.gzipBytes} B gzip (${weight.scripts.map((s) => `${s.url} ${s.bytes} B → ${s.gzipBytes} B`).join(", ")})`);
        expect(weight.gzipBytes, `${label}:\n${report.at(-1)}`).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
        // The one small enhancement script, not the React app.
        expect(weight.scripts.map((s) => new URL(s.url, session.origin).pathname)).toEqual(["/js/enhance.js"]);
      });
      // The check page is reached on the way; make sure it was measured.
      expect(report.some((line) => line.startsWith("check your answers"))).toBe(true);
    });
  });
});
