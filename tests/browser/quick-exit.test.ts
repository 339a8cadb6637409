import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  JAVASCRIPT_MODES,
  PHONE,
  clickAndLoad,
  loadsPage,
  withBrowser,
  type BrowserSession,
} from "../support/browser";
import { expectSkipLinkFirst, focused } from "../support/browser-keyboard";
import {
  CHECK_PATH,
  START_PATH,
  answerAndContinue,
  checkPage,
  continueLink,
  expectBeforeYouStart,
  expectQuestion,
  mainButton,
  mainHeading,
  pathOf,
  questionPath,
  startSurvey,
} from "../support/browser-survey";

// "Exit this page", as GOV.UK's component behaves, and further: the link goes
// through Heard's /exit, which ends the session and clears the site, so an
// old cookie or the Back button shows nobody the answers.

const NEUTRAL = "https://www.bbc.co.uk/weather";
const SECRET = "Nobody else should ever read this sentence";
const TWO_MORE = "Shift, press 2 more times to exit.";
const ONE_MORE = "Shift, press 1 more time to exit.";

/**
 * There is no internet here: the neutral site is answered inside the browser.
 * Playwright's page.route() never sees a request that a redirect made (and
 * /exit answers with one), so this asks Chromium's own Fetch domain instead.
 */
async function fakeNeutralSite(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Fetch.enable", { patterns: [{ urlPattern: "https://www.bbc.co.uk/*", requestStage: "Request" }] });
  cdp.on("Fetch.requestPaused", (event) => {
    void cdp
      .send("Fetch.fulfillRequest", {
        requestId: event.requestId,
        responseCode: 200,
        responseHeaders: [{ name: "Content-Type", value: "text/html" }],
        body: Buffer.from("<title>Weather</title>neutral").toString("base64"),
      })
      .catch(() => {});
  });
}

function exitButton(page: Page) {
  return page.locator(".quick-exit a.quick-exit__button");
}

async function announced(page: Page): Promise<string> {
  return (await page.locator("[data-quick-exit-status]").textContent()) ?? "";
}

async function onNeutralSite(page: Page): Promise<boolean> {
  return page.url().startsWith(NEUTRAL) && (await page.title()) === "Weather";
}

/**
 * A response with an answer only its writer should see, then the check page
 * (which shows it), then another page: the one the person exits from.
 */
async function answerSomethingPrivate(session: BrowserSession): Promise<void> {
  const { page } = session;
  await startSurvey(page, session.origin);
  await page.goto(session.url(questionPath("one-change")));
  await answerAndContinue(page, { text: SECRET });
  await expectQuestion(page, "anything-else");
  await page.goto(session.url(CHECK_PATH));
  expect(await page.locator("main").innerText()).toContain(SECRET);
  // The footer's link keeps the survey's partnership.
  await clickAndLoad(page, page.locator(".site-footer a", { hasText: "Staying safe online" }));
  expect(pathOf(page)).toBe("/staying-safe-online");
}

async function respondentCookies(context: BrowserContext) {
  return (await context.cookies()).filter((c) => c.name === "heard_response");
}

/** After exit: Back, as far as the browser goes within Heard, shows none of the answers. */
async function expectBackShowsNothing(page: Page): Promise<void> {
  let steps = 0;
  for (; steps < 4; steps++) {
    await page.goBack();
    if (!page.url().startsWith("http://127.0.0.1")) break;
    const html = await page.content();
    const typed = await page.locator("textarea").evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
    expect(html, `Back (${steps + 1}) to ${page.url()} shows an answer`).not.toContain(SECRET);
    expect(typed.join(" "), `Back (${steps + 1}) to ${page.url()} restored typed text`).not.toContain(SECRET);
  }
  expect(steps, "Back reached no page of Heard").toBeGreaterThan(0);
}

/** The old cookie, replayed in a fresh browser: every page sends it to the start, with no answers. */
async function expectCookieRefused(saved: Awaited<ReturnType<typeof respondentCookies>>): Promise<void> {
  expect(saved).toHaveLength(1);
  await withBrowser({ javaScript: false, viewport: PHONE }, async (replay) => {
    await replay.context.addCookies(saved);
    for (const path of [questionPath("one-change"), CHECK_PATH]) {
      await replay.page.goto(replay.url(path));
      expect(pathOf(replay.page), `${path} with the old cookie`).toBe(START_PATH);
      expect(await replay.page.content()).not.toContain(SECRET);
      // Not "Carry on": the ended response cannot be picked up again.
      expect(await mainButton(replay.page).innerText()).toBe("Start now");
    }
    // And a request with the cookie alone, outside any page.
    const direct = await replay.context.request.get(replay.url(questionPath("one-change")), { maxRedirects: 0 });
    expect(direct.status()).toBe(302);
    expect(direct.headers()["location"]).toBe(START_PATH);
  });
}

describe("Exit this page", () => {
  it("Shift three times exits within a second, hides the page at once, and lands on the neutral site", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await answerSomethingPrivate(session);
      const saved = await respondentCookies(context);

      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(TWO_MORE);
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(ONE_MORE);
      const started = Date.now();
      await page.keyboard.press("Shift");
      await page.waitForURL(NEUTRAL, { waitUntil: "commit", timeout: 1_000 });
      const took = Date.now() - started;
      expect(took, `exit took ${took} ms`).toBeLessThan(1_000);
      await page.waitForLoadState();
      expect(await onNeutralSite(page)).toBe(true);

      expect(await respondentCookies(context)).toEqual([]);
      await expectBackShowsNothing(page);
      await expectCookieRefused(saved);
    });
  });

  it("hides the page before the next one arrives, and replaces this page in history (button, JavaScript on)", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await page.goto(session.url("/staying-safe-online"));
      await page.goto(session.url("/before-you-start?to=/"));
      // Hold /exit back, to see the page as it is while the next one loads. (Playwright cannot
      // evaluate in a page that is navigating away, so the page reports what it looks like.)
      const reported = new Promise<string>((resolve) =>
        page.on("console", (message) => {
          if (message.text().startsWith("exit-state ")) resolve(message.text().slice("exit-state ".length));
        }),
      );
      await page.evaluate(() => {
        new MutationObserver(() => {
          const overlay = document.querySelector(".quick-exit-overlay");
          if (!overlay?.textContent) return;
          const shown = (selector: string) => !!document.querySelector(selector)?.checkVisibility();
          console.log(
            `exit-state ${JSON.stringify({
              hidden: document.body.classList.contains("quick-exit-hide"),
              overlay: overlay.textContent,
              overlayShown: overlay.checkVisibility(),
              mainShown: shown("main"),
              exitShown: shown(".quick-exit__button"),
            })}`,
          );
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/exit*", async (route) => {
        await held;
        await route.continue();
      });
      // A real click; it does not wait for the navigation it starts (held above).
      await exitButton(page).click({ noWaitAfter: true });
      expect(JSON.parse(await reported)).toEqual({
        hidden: true,
        overlay: "Loading.",
        overlayShown: true,
        mainShown: false,
        exitShown: false,
      });
      release();
      await page.waitForURL(NEUTRAL);
      // location.replace(): the page exited from is gone from history; Back goes to the one before.
      await page.goBack();
      expect(pathOf(page)).toBe("/staying-safe-online");
      // Back to Heard: the cover is gone and the page can be used.
      expect(await page.locator("main").isVisible()).toBe(true);
    });
  });

  it("Shift with another key does not count, and another key starts the count again", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await page.goto(session.url("/staying-safe-online"));
      const here = page.url();

      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(TWO_MORE);
      // Shift+A: A's keyup starts again; the Shift released after it does not count.
      await page.keyboard.press("Shift+A");
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(TWO_MORE);
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(ONE_MORE);
      // Any other key starts again.
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(TWO_MORE);
      await page.keyboard.press("Shift");
      await page.waitForTimeout(300);
      expect(page.url()).toBe(here);

      // Counting still works: this is the third Shift in a row.
      await page.keyboard.press("Shift");
      await page.waitForURL(NEUTRAL);
    });
  });

  it("a gap of 6 seconds starts the count again; gaps under 5 seconds do not", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await page.clock.install();
      await page.goto(session.url("/staying-safe-online"));
      const here = page.url();

      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(ONE_MORE);
      await page.clock.runFor(6_000);
      expect(await announced(page)).toBe("Exit this page expired.");
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(TWO_MORE);
      await page.waitForTimeout(300);
      expect(page.url()).toBe(here);

      await page.clock.runFor(4_000);
      await page.keyboard.press("Shift");
      expect(await announced(page)).toBe(ONE_MORE);
      await page.clock.runFor(4_500);
      await page.keyboard.press("Shift");
      await page.waitForURL(NEUTRAL);
    });
  });

  it("the link works with JavaScript off: session ended, cookie refused, Back shows no answers", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await answerSomethingPrivate(session);
      expect(await exitButton(page).getAttribute("href")).toBe("/exit?p=northshire");
      const saved = await respondentCookies(context);

      const exit = page.waitForResponse((r) => new URL(r.url()).pathname === "/exit");
      await clickAndLoad(page, exitButton(page));
      const headers = await (await exit).allHeaders();
      expect((await exit).status()).toBe(303);
      expect(headers["clear-site-data"]).toBe('"cache", "cookies", "storage"');
      expect(headers["cache-control"]).toBe("no-store");
      expect(await onNeutralSite(page)).toBe(true);

      expect(await respondentCookies(context)).toEqual([]);
      await expectBackShowsNothing(page);
      await expectCookieRefused(saved);
    });
  });

  it("is the first thing after the skip link, by keyboard, and Enter on it exits", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await fakeNeutralSite(context, page);
      await page.goto(session.url(START_PATH));
      await expectSkipLinkFirst(page);
      await page.keyboard.press("Tab");
      const exit = await focused(page);
      expect(exit).toMatchObject({ tag: "a", label: "Emergency Exit this page", href: "/exit?p=northshire", focusVisible: true });
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatchObject({ tag: "a", label: "Get help now", href: "/help?p=northshire", focusVisible: true });
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Enter");
      await page.waitForURL(NEUTRAL);
    });
  });

  it("stays at the top of the screen while the page scrolls, with Get help now beside it", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url("/staying-safe-online"));
      await page.mouse.wheel(0, 1500);
      await page.waitForFunction(() => window.scrollY > 500);
      const exitBox = await exitButton(page).boundingBox();
      const helpBox = await page.locator(".quick-exit__help").boundingBox();
      expect(exitBox && exitBox.y >= 0 && exitBox.y < 20, `Exit this page is at y=${exitBox?.y}`).toBe(true);
      expect(helpBox && Math.abs(helpBox.y + helpBox.height / 2 - (exitBox!.y + exitBox!.height / 2)) < 10).toBe(true);
    });
  });
});

describe.each(JAVASCRIPT_MODES)("quick exit pages with $mode", ({ javaScript }) => {
  it("the interruption page explains the button and goes on; Staying safe online is clear; both pass axe", async () => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      // From the survey's "Start now", a new response meets the interruption page.
      await page.goto(session.url(START_PATH));
      await clickAndLoad(page, mainButton(page));
      await expectBeforeYouStart(page);
      // It knows the survey's partnership, for its neutral site.
      expect(await exitButton(page).getAttribute("href")).toBe("/exit?p=northshire");
      const text = await page.locator("main").innerText();
      expect(text).toContain("Exit this page");
      expect(text).toContain("Shift key 3 times");
      expect(text).toContain("It does not delete your browser history.");
      await checkPage(session, "before you start");

      // Its link to Staying safe online.
      await clickAndLoad(page, page.getByRole("link", { name: "Find out how to stay safe online" }));
      expect(pathOf(page)).toBe("/staying-safe-online");
      expect(await exitButton(page).getAttribute("href")).toBe("/exit?p=northshire");
      expect(await mainHeading(page)).toBe("Staying safe online");
      expect(await page.title()).toBe("Staying safe online – Heard");
      const safe = await page.locator("main").innerText();
      for (const words of ["private window", "incognito", "History", "does not delete your browser history", "0800 1111", "999"]) {
        expect(safe).toContain(words);
      }
      await checkPage(session, "staying safe online");

      // Continue goes on to the first question.
      await page.goBack();
      await expectBeforeYouStart(page);
      await clickAndLoad(page, continueLink(page));
      await expectQuestion(page, "home-feel");
      // Carrying on later goes straight back, without the interruption page.
      await page.goto(session.url(START_PATH));
      expect(await mainButton(page).innerText()).toBe("Carry on");
      await clickAndLoad(page, mainButton(page));
      await expectQuestion(page, "home-feel");
    });
  });

  it("Continue goes only to a page of this site", async () => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      for (const to of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
        await page.goto(session.url(`/before-you-start?to=${encodeURIComponent(to)}`));
        expect(await continueLink(page).getAttribute("href")).toBe("/");
      }
      await page.goto(session.url("/before-you-start?to=/feedback&p=northshire"));
      expect(await continueLink(page).getAttribute("href")).toBe("/feedback?p=northshire");
    });
  });

  it("every page has Exit this page and Get help now at the top, and the same links at the foot", async () => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      const footer = async () =>
        page.locator(".site-footer a").evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute("href")]));
      await page.goto(session.url("/"));
      expect(await exitButton(page).getAttribute("href")).toBe("/exit");
      expect(await page.locator(".quick-exit__help").getAttribute("href")).toBe("/help");
      expect(await footer()).toEqual([
        ["Your data and your rights", "/your-data"],
        ["Get help", "/help"],
        ["Worried about a child?", "/worried-about-a-child"],
        ["Staying safe online", "/staying-safe-online"],
        ["Tell us what you think", "/before-you-start?to=/feedback"],
        ["You said, we did", "/you-said-we-did"],
      ]);
      // A survey's pages, and pages reached from them, know its partnership.
      await page.goto(session.url(START_PATH));
      expect(await exitButton(page).getAttribute("href")).toBe("/exit?p=northshire");
      expect(await page.locator(".quick-exit__help").getAttribute("href")).toBe("/help?p=northshire");
      await loadsPage(page, () => page.locator(".site-footer a", { hasText: "Staying safe online" }).click());
      expect(page.url()).toBe(session.url("/staying-safe-online?p=northshire"));
      expect(await exitButton(page).getAttribute("href")).toBe("/exit?p=northshire");
      // Not found pages have them too.
      const missing = await page.goto(session.url("/no-such-page"));
      expect(missing?.status()).toBe(404);
      expect(await exitButton(page).count()).toBe(1);
    });
  });
});
