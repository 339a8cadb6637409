import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  JAVASCRIPT_MODES,
  PHONE,
  clickAndLoad,
  expectOnlyAppRequests,
  loadsPage,
  withBrowser,
  type BrowserSession,
} from "../support/browser";
import { chooseRadio, expectSkipLinkFirst, focused, followLink, pressButton, tabTo } from "../support/browser-keyboard";
import {
  CHECK_PATH,
  answerAndContinue,
  checkPage,
  expectConfirmation,
  expectQuestion,
  mainButton,
  mainHeading,
  pathOf,
  questionPath,
  startSurvey,
} from "../support/browser-survey";

// Anonymous feedback in the browser: the form, its refusals (too quick, the
// honeypot) and the sent page, with JavaScript off and on and by keyboard
// alone; and help at once when something written may disclose harm.

const FORM_PATH = "/feedback?p=northshire";
const FORM_TITLE = "Tell us anything";
const SENT_TITLE = "Your message has been sent";
const HELP_TITLE = "Thank you for telling us";
/** The server refuses a form sent sooner than this after it was shown (MIN_FORM_MS, with a margin). */
const READING_TIME_MS = 3_300;

const textBox = (page: Page) => page.locator("textarea#text");

async function openForm(session: BrowserSession): Promise<void> {
  await session.page.goto(session.url(FORM_PATH));
  expect(await mainHeading(session.page)).toBe(FORM_TITLE);
  expect(await session.page.title()).toBe(`${FORM_TITLE} – Heard`);
}

async function expectSentPage(session: BrowserSession): Promise<void> {
  expect(pathOf(session.page)).toBe("/feedback/sent");
  expect(await mainHeading(session.page)).toBe(SENT_TITLE);
  expect(await session.page.title()).toBe(`${SENT_TITLE} – Heard`);
  await checkPage(session, "feedback sent");
}

/** Help at once: its neutral heading and title, Childline and 999, and nothing in the address. */
async function expectHelpAtOnce(session: BrowserSession, path: string, label: string): Promise<void> {
  const { page } = session;
  expect(await mainHeading(page)).toBe(HELP_TITLE);
  expect(await page.title()).toBe(`${HELP_TITLE} – Heard`);
  const text = await page.locator("main").innerText();
  expect(text).toContain("It sounds like things might be hard right now");
  expect(text).toContain("0800 1111");
  expect(text).toContain("999");
  expect(text).toContain("Northshire Early Help hub");
  const url = new URL(page.url());
  expect(url.pathname).toBe(path);
  expect(url.search).not.toMatch(/help|harm|flag/i);
  await checkPage(session, label);
}

describe("anonymous feedback", () => {
  it("is linked from the home page, through the page about leaving quickly", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      await session.page.goto(session.url("/"));
      const link = session.page.getByRole("link", { name: "Tell us anything" });
      expect(await link.getAttribute("href")).toBe("/before-you-start?to=/feedback");
    });
  });

  it.each(JAVASCRIPT_MODES)("can be sent, after refusing a message sent too quickly, keeping what was typed ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await openForm(session);

      // Nothing typed, sent at once (before any check that takes time): two problems, in the error summary.
      await clickAndLoad(page, mainButton(page));
      expect(await page.title()).toBe(`Error: ${FORM_TITLE} – Heard`);
      const summary = page.locator(".error-summary");
      expect(await summary.innerText()).toContain("Write your message");
      expect(await summary.innerText()).toContain("sent very quickly");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      await checkPage(session, "feedback form, sent empty and too quickly");

      const message = "The park near us has no lights.\nIt is scary walking home in winter.";
      await textBox(page).fill(message);
      await page.getByLabel("A parent or carer", { exact: true }).check();
      await page.getByLabel("26 or over", { exact: true }).check();
      await page.getByLabel("Eastmoor", { exact: true }).check();
      // Still too quick? No: the page kept the time the form was first shown.
      await page.waitForTimeout(READING_TIME_MS);
      await clickAndLoad(page, mainButton(page));
      await expectSentPage(session);
      expect(await page.locator("main").innerText()).not.toContain("The park near us");
      expectOnlyAppRequests(session);

      // The form itself, as it first appears.
      await openForm(session);
      await checkPage(session, "feedback form");
    });
  });

  it("keeps everything typed when refused for being too quick, and says so", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await openForm(session);
      const message = "Quick message about the bus";
      await textBox(page).fill(message);
      await page.getByLabel("A young person", { exact: true }).check();
      await page.getByLabel("Kingsbridge", { exact: true }).check();
      await clickAndLoad(page, mainButton(page));
      expect(await page.locator(".error-summary").innerText()).toContain("sent very quickly");
      expect(await textBox(page).inputValue()).toBe(message);
      expect(await page.getByLabel("A young person", { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel("Kingsbridge", { exact: true }).isChecked()).toBe(true);
    });
  });

  it("shows a filled-in honeypot so a person can clear it, passing axe, then sends", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await openForm(session);
      // Out of sight and out of the Tab order.
      const honeypot = page.locator("#website");
      const box = await honeypot.boundingBox();
      expect(box && box.x + box.width <= 0, "the honeypot is off the screen").toBe(true);
      expect(await honeypot.locator("xpath=..").getAttribute("aria-hidden")).toBe("true");
      expect(await honeypot.getAttribute("tabindex")).toBe("-1");
      expect(await honeypot.getAttribute("autocomplete")).toBe("off");
      await textBox(page).fill("Hello from a person");
      await honeypot.evaluate((input: HTMLInputElement) => (input.value = "http://spam.example"));
      await page.waitForTimeout(READING_TIME_MS);
      await clickAndLoad(page, mainButton(page));
      expect(await page.locator(".error-summary").innerText()).toContain("says to leave it empty");
      expect(await textBox(page).inputValue()).toBe("Hello from a person");
      const shown = page.getByLabel("Leave this box empty", { exact: false });
      expect(await shown.isVisible()).toBe(true);
      expect(await shown.inputValue()).toBe("http://spam.example");
      await checkPage(session, "feedback form, honeypot filled");
      await shown.fill("");
      await clickAndLoad(page, mainButton(page));
      await expectSentPage(session);
    });
  });

  it("can be sent with the keyboard alone, never landing on the honeypot", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await openForm(session);
      await expectSkipLinkFirst(page);
      await page.keyboard.press("Enter");
      await tabTo(page, "the message box", (f) => f.tag === "textarea");
      await page.keyboard.type("We need more things to do in the holidays.");
      await chooseRadio(page, "A young person");
      await chooseRadio(page, "11 to 15");
      await chooseRadio(page, "Wexham Vale");
      // Tab on to Send: nothing on the way is the hidden box.
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const now = await focused(page);
        seen.push(now.id);
        if (now.tag === "button") break;
      }
      expect(seen).not.toContain("website");
      expect((await focused(page)).label).toBe("Send");
      await page.waitForTimeout(READING_TIME_MS);
      // Send has focus: Enter sends.
      await loadsPage(page, () => page.keyboard.press("Enter"));
      await expectSentPage(session);
    });
  });

  it.each(JAVASCRIPT_MODES)("shows help at once when a message may disclose harm ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await openForm(session);
      await textBox(page).fill("My stepdad hits me and I don't want to go home.");
      await page.getByLabel("A young person", { exact: true }).check();
      await page.waitForTimeout(READING_TIME_MS);
      await clickAndLoad(page, mainButton(page));
      await expectHelpAtOnce(session, "/feedback", "feedback sent, with help at once");
      const main = await page.locator("main").innerText();
      expect(main).toContain("Your message has been sent");
      expect(main).not.toContain("stepdad");
    });
  });
});

describe("help in the survey", () => {
  it("says answers are anonymous, and where to get help, before the first sensitive question", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);
      const inset = page.locator("[data-before-sensitive]");
      expect(await inset.innerText()).toContain("nobody can come and help you");
      expect(await inset.innerText()).toContain("0800 1111");
      await page.goto(session.url(questionPath("home-basics")));
      expect(await page.locator("[data-before-sensitive]").count()).toBe(0);
    });
  });

  it.each(JAVASCRIPT_MODES)("shows help at once after a free-text answer that may disclose harm, then carries on ($mode)", async ({ javaScript }) => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("one-change")));
      await expectQuestion(page, "one-change");
      await page.locator("textarea#answer").fill("Nothing will change. My dad hits me when he drinks.");
      await clickAndLoad(page, mainButton(page));
      await expectHelpAtOnce(session, questionPath("one-change"), "survey help at once");
      expect(await page.locator("main").innerText()).not.toContain("My dad");
      await clickAndLoad(page, page.getByRole("link", { name: "Carry on" }));
      await expectQuestion(page, "anything-else");
    });
  });

  it("signposts help that fits the answers on the confirmation page, showing none of the answers", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("home-basics")));
      await answerAndContinue(page, { pick: ["None of these"] });
      await page.goto(session.url(questionPath("trusted-adult")));
      await answerAndContinue(page, { pick: ["Yes"] });
      await page.goto(session.url(questionPath("asked-for-help")));
      await answerAndContinue(page, { pick: ["No"] });
      await page.goto(session.url(CHECK_PATH));
      await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
      await expectConfirmation(page, ["None of these"]);
      const signposts = page.locator("section.signposts");
      expect(await signposts.locator("h2").innerText()).toBe("Help that might be useful");
      expect(await signposts.innerText()).toContain("Northshire Early Help hub");
      await checkPage(session, "confirmation with signposts");
    });
  });

  it("lets a keyboard user carry on from the help", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("anything-else")));
      await tabTo(page, "the text box", (f) => f.tag === "textarea");
      await page.keyboard.type("There is no food at home most days");
      await pressButton(page, "Continue");
      expect(await mainHeading(page)).toBe(HELP_TITLE);
      await followLink(page, "Carry on");
      expect(pathOf(page)).toBe("/s/demo-young-people/check");
    });
  });
});
