import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_STAFF } from "~/modules/demo/demo-staff.server";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, expectNoAxeViolations, expectReflow, withBrowser, type BrowserSession } from "../support/browser";
import { clickAndSettle, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { chooseRadio, focused, tabTo } from "../support/browser-keyboard";
import { CHECK_PATH, checkPage, expectConfirmation, mainButton, mainHeading, pathOf, questionPath, reachCheckQuickly } from "../support/browser-survey";

// Safeguarding triage, end to end: a respondent (JavaScript off) writes an
// answer the disclosure detector flags, with a name and a phone number in
// it. The safeguarding lead signs in, finds it in the queue, reads the
// redacted words, shows the original words (audited), records "referred" by
// keyboard alone, and the audit log shows both, without the words.

const NAME = "Jayden";
const PHONE = "07700 900461";
const WORDS = `My dad hits me when he drinks. My name is ${NAME}, text me on ${PHONE}.`;
const QUESTION = "What one thing would make life better for young people here?";
const REFERRED = "Referred under the partnership's procedures";

const lead = DEMO_STAFF.find((m) => m.email === "sam.safeguarding@northshire.example")!;

async function staffCheck(session: BrowserSession, label: string, page: Page = session.page) {
  await expectNoAxeViolations(page, label, { javaScript: session.javaScript });
  await expectReflow(page, label);
}

describe("safeguarding triage", () => {
  // Its own app: it sends a response and records a decision in the demo partnership.
  const app = appForThisFile();

  it("a flagged answer reaches the safeguarding lead redacted; the original words and the decision are audited", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await reachCheckQuickly(page, session.origin);
      await page.goto(session.url(questionPath("one-change")));
      await page.locator("textarea#answer").fill(WORDS);
      await clickAndLoad(page, mainButton(page));
      // Help at once, on the same address (no redirect), then on to send.
      expect(pathOf(page)).toBe(questionPath("one-change"));
      await checkPage(session, "help at once after a disclosure");
      await page.goto(session.url(CHECK_PATH));
      await checkPage(session, "check your answers");
      await clickAndLoad(page, mainButton(page));
      await expectConfirmation(page, [NAME, PHONE]);
      await checkPage(session, "answers sent");
    });

    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, lead);

      // The overview links to the queue.
      await page.goto(session.url("/staff/p/northshire"));
      await waitForHydration(page);
      await clickAndSettle(page, page.getByRole("link", { name: "Safeguarding triage" }));
      expect(pathOf(page)).toBe("/staff/p/northshire/triage");
      expect(await mainHeading(page)).toBe("Safeguarding triage");
      expect(await page.title()).toBe("Safeguarding triage – Heard");
      const row = page.locator("main table tbody tr", { hasText: `Answer to “${QUESTION}”` });
      expect(await row.count()).toBe(1);
      expect(await row.innerText()).toContain("Heard's checks");
      expect(await row.innerText()).toContain("New");
      expect(await page.content()).not.toContain(NAME);
      await staffCheck(session, "triage queue");

      await clickAndSettle(page, row.getByRole("link", { name: /^Review/ }));
      expect(pathOf(page)).toMatch(/^\/staff\/p\/northshire\/triage\/[0-9a-f-]{36}$/);
      const reviewPath = pathOf(page);
      expect(await mainHeading(page)).toBe("Review a flagged item");
      const redacted = await page.locator("[data-redacted]").innerText();
      expect(redacted).toContain("My dad hits me when he drinks.");
      expect(redacted).toContain("[name]");
      expect(redacted).toContain("[phone]");
      expect(await page.content()).not.toContain(NAME);
      expect(await page.content()).not.toContain(PHONE);
      await staffCheck(session, "review page");

      // The original words, on this page only.
      await clickAndSettle(page, page.getByRole("button", { name: "Show the original words" }));
      expect(await page.locator("[data-original]").innerText()).toContain(`My name is ${NAME}, text me on ${PHONE}.`);
      await staffCheck(session, "review page with the original words");

      // Keyboard only: choose the outcome and record it.
      await page.locator("h1").first().focus();
      await chooseRadio(page, REFERRED);
      await tabTo(page, "the Record decision button", (f) => f.tag === "button" && f.label === "Record decision");
      const before = await page.evaluate(() => Number(document.documentElement.dataset.settled ?? 0));
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => Number(document.documentElement.dataset.settled ?? 0) > n, before);
      expect(pathOf(page)).toBe(reviewPath);
      expect(await page.locator(".notification-banner").innerText()).toContain("Your decision has been recorded.");
      expect(await page.locator("[data-status]").innerText()).toBe(`Reviewed: ${REFERRED}`);
      // The original words went with the post: the page after it does not have them.
      expect(await page.content()).not.toContain(NAME);
      await staffCheck(session, "review page after the decision");
      expect((await focused(page)).tag).not.toBe("");

      // Loaded again, the page still shows only the redacted words.
      await page.reload();
      await waitForHydration(page);
      expect(await page.content()).not.toContain(NAME);

      await page.goto(session.url("/staff/p/northshire/triage?status=reviewed"));
      await waitForHydration(page);
      const reviewed = page.locator("main table tbody tr", { hasText: `Answer to “${QUESTION}”` });
      expect(await reviewed.innerText()).toContain(REFERRED);
      expect(await reviewed.innerText()).toContain("Sam Safeguarding (demo)");
      await staffCheck(session, "triage queue, reviewed");

      await page.goto(session.url("/staff/p/northshire/audit"));
      await waitForHydration(page);
      const log = await page.locator("main table").innerText();
      expect(log).toContain("Original words shown");
      expect(log).toContain("Triage decision");
      expect(log).toContain(`Outcome: ${REFERRED}`);
      expect(await page.content()).not.toContain(NAME);
      expect(await page.content()).not.toContain(PHONE);
      await staffCheck(session, "audit log");

      // What people said: the same answer, redacted, already in the queue.
      await page.goto(session.url("/staff/p/northshire/responses"));
      await waitForHydration(page);
      expect(await mainHeading(page)).toBe("What people said");
      const answer = page.locator("main .response-text", { hasText: QUESTION });
      expect(await answer.innerText()).toContain("[name]");
      expect(await answer.innerText()).toContain("In the triage queue");
      expect(await page.content()).not.toContain(NAME);
      expect(await page.content()).not.toContain(PHONE);
      await staffCheck(session, "what people said");
    });
  }, 240_000);
});
