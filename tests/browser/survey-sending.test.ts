import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { JAVASCRIPT_MODES, PHONE, clickAndLoad, loadsPage, withBrowser } from "../support/browser";
import {
  CHECK_PATH,
  DONE_PATH,
  DONE_TITLE,
  expectConfirmation,
  fillAnswer,
  mainButton,
  pathOf,
  questionPath,
  reachCheckQuickly,
} from "../support/browser-survey";

// Sending more than once: double clicks, two posts at once, two tabs, and a
// page from history. Every way ends on the same confirmation, never an error.
// (The integration tests count the stored responses; this app's database is
// in another process.)

function sendButton(page: Page) {
  return page.getByRole("button", { name: "Send my answers" });
}

/** Records the status of every POST, to prove none failed on the server. */
function recordPosts(page: Page): number[] {
  const statuses: number[] = [];
  page.on("response", (r) => {
    if (r.request().method() === "POST") statuses.push(r.status());
  });
  return statuses;
}

describe.each(JAVASCRIPT_MODES)("sending with $mode", ({ javaScript }) => {
  it("a double click on Send my answers ends on the confirmation", async () => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await reachCheckQuickly(page, session.origin);
      const statuses = recordPosts(page);
      await loadsPage(page, () => sendButton(page).dblclick());
      await page.waitForURL((url) => url.pathname === DONE_PATH);
      await expectConfirmation(page);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 302), `POST statuses: ${statuses.join(", ")}`).toBe(true);
    });
  });
});

describe("sending twice (JavaScript off)", () => {
  it("two posts at once with the same cookies both end on the confirmation", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await reachCheckQuickly(page, session.origin);
      const responseId = await page.locator("input[name=response]").inputValue();
      // context.request shares the browser's cookies.
      const send = () => context.request.post(session.url(CHECK_PATH), { form: { response: responseId } });
      const both = await Promise.all([send(), send()]);
      for (const response of both) {
        expect(response.status()).toBe(200);
        expect(new URL(response.url()).pathname).toBe(DONE_PATH);
        expect(await response.text()).toContain(DONE_TITLE);
      }
      // The check page in the browser now leads to the confirmation too.
      await page.reload();
      await expectConfirmation(page);
      // And the original button, pressed after all that.
      await page.goto(session.url(CHECK_PATH));
      expect(pathOf(page)).toBe(DONE_PATH);
    });
  });

  it("a question page from before sending, sent again, leads to the same confirmation", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await reachCheckQuickly(page, session.origin);
      // A second tab left on a question page.
      const stale = await context.newPage();
      await stale.goto(session.url(questionPath("one-change")));

      await clickAndLoad(page, sendButton(page));
      await expectConfirmation(page);

      // Typed and sent after the response went: nothing is saved, the confirmation shows, and not the text.
      await fillAnswer(stale, { text: "Written too late" });
      const statuses = recordPosts(stale);
      await clickAndLoad(stale, mainButton(stale));
      await expectConfirmation(stale, ["Written too late"]);
      expect(statuses).toEqual([302]);

      // Back, in the first tab: every page of the journey now leads to the confirmation.
      await page.goBack();
      if (pathOf(page) !== DONE_PATH && (await mainButton(page).count()) > 0) {
        await clickAndLoad(page, mainButton(page));
      }
      await expectConfirmation(page);
      for (const path of [questionPath("trusted-adult"), CHECK_PATH]) {
        await page.goto(session.url(path));
        await expectConfirmation(page);
      }
    });
  });

  it("two tabs sending the same answers both show the confirmation", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await reachCheckQuickly(page, session.origin);
      const second = await context.newPage();
      await second.goto(session.url(CHECK_PATH));
      expect(await second.locator("h1").innerText()).toBe("Check your answers");

      const statuses = [page, second].map(recordPosts);
      await Promise.all([clickAndLoad(page, sendButton(page)), clickAndLoad(second, sendButton(second))]);
      await expectConfirmation(page);
      await expectConfirmation(second);
      expect(statuses.flat()).toEqual([302, 302]);
    });
  });
});
