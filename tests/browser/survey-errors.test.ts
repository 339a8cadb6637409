import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  PHONE,
  clickAndLoad,
  expectOnlyAppRequests,
  withBrowser,
  type BrowserSession,
  JAVASCRIPT_MODES,
} from "../support/browser";
import {
  START_PATH,
  TITLES,
  checkPage,
  expectQuestion,
  mainButton,
  optionInput,
  pathOf,
  questionPath,
  startSurvey,
} from "../support/browser-survey";

// Error states, the GOV.UK way: an error summary that takes focus, "Error: "
// before the title, the message beside its field, and what was typed kept.

/** Sends the question's form with its button; returns the status of the POST. */
async function sendForm(page: Page): Promise<number> {
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await clickAndLoad(page, mainButton(page));
  return (await posted).status();
}

interface ErrorState {
  summary: string[];
  summaryLinks: string[];
  summaryFocused: boolean;
  message: string;
  /** The error message and the field sit in the same form group. */
  messageBesideField: boolean;
  /** The field (or its fieldset) is described by the error message. */
  describedByMessage: boolean;
}

async function errorState(page: Page): Promise<ErrorState> {
  return page.evaluate(() => {
    const summary = document.querySelector<HTMLElement>("[data-error-summary]");
    const message = document.getElementById("answer-error");
    const field = document.getElementById("answer");
    const described = field?.closest("fieldset") ?? field;
    return {
      summary: Array.from(summary?.querySelectorAll("li") ?? []).map((li) => li.textContent ?? ""),
      summaryLinks: Array.from(summary?.querySelectorAll("a") ?? []).map((a) => a.getAttribute("href") ?? ""),
      summaryFocused: !!summary && document.activeElement === summary,
      message: message?.textContent ?? "",
      messageBesideField: !!message && !!field && message.closest(".form-group") === field.closest(".form-group"),
      describedByMessage: (described?.getAttribute("aria-describedby") ?? "").split(" ").includes("answer-error"),
    };
  });
}

async function expectErrorPage(session: BrowserSession, label: string, error: string): Promise<void> {
  const { page } = session;
  expect(await page.title()).toMatch(/^Error: /);
  const state = await errorState(page);
  expect(state.summary).toEqual([error]);
  expect(state.summaryFocused, "the error summary has focus").toBe(true);
  expect(await page.locator("[data-error-summary]").getAttribute("role")).toBe("alert");
  expect(state.message).toBe(`Error: ${error}`);
  expect(state.messageBesideField).toBe(true);
  expect(state.describedByMessage).toBe(true);
  expect(state.summaryLinks).toEqual(["#answer"]);
  await checkPage(session, label);
}

/** The summary's link takes focus to the field, with JavaScript (enhance.js) and without. */
async function expectSummaryLinkFocusesField(page: Page): Promise<void> {
  await page.locator("[data-error-summary] a").first().click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("answer");
}

describe.each(JAVASCRIPT_MODES)("errors with $mode", ({ javaScript }) => {
  it("a required question sent empty, text over the limit, and a tampered answer", async () => {
    await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);

      // Required, sent empty.
      await page.goto(session.url(questionPath("trusted-adult")));
      expect(await sendForm(page)).toBe(400);
      expect(pathOf(page)).toBe(questionPath("trusted-adult"));
      expect(await page.title()).toBe(`Error: ${TITLES["trusted-adult"]} – Heard`);
      await expectErrorPage(session, "required question sent empty", "Choose one answer");
      await expectSummaryLinkFocusesField(page);

      // Free text over 2000 characters: an error, and every character typed is still there.
      await page.goto(session.url(questionPath("one-change")));
      const long = `${"I would like more places to go after school. ".repeat(45)}\nThe end.`;
      expect(long.length).toBeGreaterThan(2000);
      await page.locator("textarea#answer").fill(long);
      expect(await sendForm(page)).toBe(400);
      const written = long.replace(/\r\n?/g, "\n").trim().length;
      await expectErrorPage(
        session,
        "free text over the limit",
        `Your answer must be 2,000 letters or fewer. You have written ${written.toLocaleString("en")}.`,
      );
      expect(await page.locator("textarea#answer").inputValue()).toBe(long);
      await expectSummaryLinkFocusesField(page);

      // An option value the page never offered (changed in the page before sending).
      await page.goto(session.url(questionPath("trusted-adult")));
      await page.evaluate(() => {
        const radio = document.querySelector<HTMLInputElement>("input[name=answer]");
        if (!radio) throw new Error("no radio");
        radio.value = "maybe-tomorrow";
        radio.checked = true;
      });
      const status = await sendForm(page);
      expect(status).toBe(400);
      await expectErrorPage(session, "tampered option", "Choose one of the answers on this page");
      // Nothing chosen is kept from a tampered answer: the person chooses again.
      await optionInput(page, "Yes").check();
      await clickAndLoad(page, mainButton(page));
      await expectQuestion(page, "listened-to");

      expectOnlyAppRequests(session);
    });
  });
});

describe("errors the browser cannot make with JavaScript on", () => {
  it('"None of these" ticked with another box is an error, with both boxes kept (JavaScript off)', async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("home-basics")));
      await optionInput(page, "Clean clothes that fit").check();
      await optionInput(page, "None of these").check();
      expect(await sendForm(page)).toBe(400);
      await expectErrorPage(session, '"None of these" with another box', "Choose “None of these” on its own, or untick it");
      expect(await optionInput(page, "Clean clothes that fit").isChecked()).toBe(true);
      expect(await optionInput(page, "None of these").isChecked()).toBe(true);
      await expectSummaryLinkFocusesField(page);

      // Untick one and carry on.
      await optionInput(page, "Clean clothes that fit").uncheck();
      await clickAndLoad(page, mainButton(page));
      await expectQuestion(page, "school-feel");
    });
  });

  it("posts the page could not have sent get clear errors, never a 500", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page, context } = session;
      await startSurvey(page, session.origin);
      await page.goto(session.url(questionPath("trusted-adult")));
      const responseId = await page.locator("input[name=response]").inputValue();
      const post = (form: Record<string, string>) =>
        context.request.post(session.url(questionPath("trusted-adult")), { form, maxRedirects: 0 });

      const unknown = await post({ response: responseId, answer: "<script>alert(1)</script>" });
      expect(unknown.status()).toBe(400);
      const unknownHtml = await unknown.text();
      expect(unknownHtml).toContain("Choose one of the answers on this page");
      expect(unknownHtml).not.toContain("<script>alert(1)</script>");

      // Two answers to a one-answer question (the page has radios).
      const two = await context.request.post(session.url(questionPath("trusted-adult")), {
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        data: `response=${responseId}&answer=yes&answer=no`,
        maxRedirects: 0,
      });
      expect(two.status()).toBe(400);
      expect(await two.text()).toContain("Choose one answer");

      // A page made for another response (a tab left open from before) is out of date.
      const stale = await post({ response: crypto.randomUUID(), answer: "yes" });
      expect(stale.status()).toBe(409);
      const staleHtml = await stale.text();
      expect(staleHtml).toContain("This page is out of date. Go back to the start to carry on.");
      expect(staleHtml).toContain(`href="${START_PATH}"`);

      // And in the browser: the out-of-date page, with its link to the start.
      await page.evaluate(() => {
        const hidden = document.querySelector<HTMLInputElement>("input[name=response]");
        if (hidden) hidden.value = "00000000-0000-4000-8000-000000000000";
      });
      await optionInput(page, "Yes").check();
      expect(await sendForm(page)).toBe(409);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator("[data-error-summary] a").getAttribute("href")).toBe(START_PATH);
      await checkPage(session, "out-of-date page");

      // A question that does not exist.
      const missing = await page.goto(session.url(questionPath("not-a-question")));
      expect(missing?.status()).toBe(404);
      expect((await page.locator("h1").innerText()).trim()).toBe("Page not found");
      await checkPage(session, "page not found");

      expectOnlyAppRequests(session);
    });
  });
});
