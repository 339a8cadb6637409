import { describe, expect, it } from "vitest";
import {
  NARROW,
  PHONE,
  clickAndLoad,
  loadsPage,
  expectOnlyAppRequests,
  withBrowser,
  type BrowserSession,
} from "../support/browser";
import {
  CHECK_PATH,
  SURVEY_TITLE,
  TITLES,
  answerAndContinue,
  changeLink,
  checkAnswersRows,
  checkPage,
  continueLink,
  expectBeforeYouStart,
  expectConfirmation,
  expectQuestion,
  mainButton,
  mainHeading,
  optionInput,
  pathOf,
  pressStartNow,
  type QuestionId,
} from "../support/browser-survey";
import {
  chooseRadio,
  expectSkipLinkFirst,
  focused,
  followLink,
  pressButton,
  tabTo,
  tickBoxes,
  typeText,
} from "../support/browser-keyboard";

// The whole journey through the demo survey for young people, as a child on a
// phone would take it: with JavaScript off, with it on, and by keyboard alone.
// Every page gets axe (WCAG 2.2 AA) and the 320px reflow check.

/** Free text with a long unbroken word: it must wrap, not push the page sideways at 320px. */
const ONE_CHANGE = "More youth clubs open after school, Averyveryverylongwordthatmustwrapatthreehundredandtwentypixels";
const ANYTHING_ELSE_LINES = ["The bus to school is always late.", "Thank you for asking us."];

async function expectStartPage(session: BrowserSession): Promise<void> {
  expect(await mainHeading(session.page)).toBe(SURVEY_TITLE);
  expect(await mainButton(session.page).innerText()).toBe("Start now");
  await checkPage(session, "start page");
}

async function visitQuestion(session: BrowserSession, id: QuestionId): Promise<void> {
  await expectQuestion(session.page, id);
  await checkPage(session, `question ${id}`);
}

async function expectCheckPage(session: BrowserSession, label: string): Promise<Map<string, string[]>> {
  expect(pathOf(session.page)).toBe(CHECK_PATH);
  expect(await mainHeading(session.page)).toBe("Check your answers");
  await checkPage(session, label);
  return checkAnswersRows(session.page);
}

describe("the survey journey", () => {
  it("can be completed with JavaScript off on a phone, taking the skip logic both ways", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/s/demo-young-people`));
      await expectStartPage(session);
      await clickAndLoad(page, mainButton(page));
      // A new response meets the interruption page about "Exit this page" first.
      await expectBeforeYouStart(page);
      await checkPage(session, "before you start");
      await clickAndLoad(page, continueLink(page));

      await visitQuestion(session, "home-feel");
      await answerAndContinue(page, { pick: ["Happy"] });
      await visitQuestion(session, "home-basics");
      await answerAndContinue(page, { pick: ["Enough food to eat", "A warm, dry bed to sleep in"] });
      await visitQuestion(session, "school-feel");
      await answerAndContinue(page, { pick: ["OK"] });

      // A required question sent empty: the error state gets axe too.
      await visitQuestion(session, "trusted-adult");
      await clickAndLoad(page, mainButton(page));
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator(".error-summary").innerText()).toContain("Choose one answer");
      await checkPage(session, "question trusted-adult, sent empty");
      await answerAndContinue(page, { pick: ["Yes"] });

      await visitQuestion(session, "listened-to");
      await answerAndContinue(page, { pick: ["Sometimes"] });
      await visitQuestion(session, "asked-for-help");
      await answerAndContinue(page, { pick: ["Yes"] });
      // "Yes" leads to what happened when they asked.
      await visitQuestion(session, "help-after-asking");
      await answerAndContinue(page, { pick: ["They helped me"] });
      await visitQuestion(session, "help-ways");
      await answerAndContinue(page, { pick: ["Send a text or chat online"] });
      await visitQuestion(session, "one-change");
      await answerAndContinue(page, { text: ONE_CHANGE });
      await visitQuestion(session, "anything-else");
      await answerAndContinue(page, { text: ANYTHING_ELSE_LINES.join("\n") });

      let rows = await expectCheckPage(session, "check your answers");
      expect(rows.get(TITLES["home-basics"])).toEqual(["Enough food to eat", "A warm, dry bed to sleep in"]);
      expect(rows.get(TITLES["help-after-asking"])).toEqual(["They helped me"]);
      expect(rows.has(TITLES["hard-to-ask"])).toBe(false);
      expect(rows.get(TITLES["one-change"])).toEqual([ONE_CHANGE]);
      expect(rows.get(TITLES["anything-else"])).toEqual(ANYTHING_ELSE_LINES);

      // Change "asked for help" to No: the other branch of the skip logic.
      await clickAndLoad(page, changeLink(page, "asked-for-help"));
      await visitQuestion(session, "asked-for-help");
      expect(new URL(page.url()).search).toBe("?change=1");
      expect(await optionInput(page, "Yes").isChecked()).toBe(true);
      expect(await mainButton(page).innerText()).toBe("Save and go back");
      await answerAndContinue(page, { pick: ["No"] });

      rows = await expectCheckPage(session, "check your answers, after a change");
      expect(rows.get(TITLES["asked-for-help"])).toEqual(["No"]);
      expect(rows.has(TITLES["help-after-asking"])).toBe(false);
      expect(rows.get(TITLES["hard-to-ask"])).toEqual(["Not answered"]);

      await clickAndLoad(page, changeLink(page, "hard-to-ask"));
      await visitQuestion(session, "hard-to-ask");
      await answerAndContinue(page, { pick: ["I did not know who to ask", "Something else"] });
      rows = await expectCheckPage(session, "check your answers, after two changes");
      expect(rows.get(TITLES["hard-to-ask"])).toEqual(["I did not know who to ask", "Something else"]);

      await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
      await expectConfirmation(page, [
        ONE_CHANGE,
        ...ANYTHING_ELSE_LINES,
        "Enough food to eat",
        "Send a text or chat online",
        "I did not know who to ask",
      ]);
      await checkPage(session, "confirmation");

      expectOnlyAppRequests(session);
    });
  });

  it("can be completed with JavaScript on at 320px wide", async () => {
    await withBrowser({ javaScript: true, viewport: NARROW }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/s/demo-young-people`));
      await expectStartPage(session);
      await pressStartNow(page);

      await visitQuestion(session, "home-feel");
      await answerAndContinue(page, { pick: ["Very sad"] });

      // The enhancement: "None of these" clears the other boxes.
      await visitQuestion(session, "home-basics");
      await optionInput(page, "Enough food to eat").check();
      await optionInput(page, "None of these").check();
      expect(await optionInput(page, "Enough food to eat").isChecked()).toBe(false);
      await clickAndLoad(page, mainButton(page));

      await visitQuestion(session, "school-feel");
      // Back leads to the question before, with its answer kept.
      await clickAndLoad(page, page.getByRole("link", { name: "Back", exact: true }));
      await expectQuestion(page, "home-basics");
      expect(await optionInput(page, "None of these").isChecked()).toBe(true);
      await clickAndLoad(page, mainButton(page));

      await visitQuestion(session, "school-feel");
      await answerAndContinue(page, { pick: ["Very happy"] });
      await visitQuestion(session, "trusted-adult");
      await answerAndContinue(page, { pick: ["No"] });
      await visitQuestion(session, "listened-to");
      await answerAndContinue(page, {});
      await visitQuestion(session, "asked-for-help");
      await answerAndContinue(page, { pick: ["No"] });
      // "No" leads to what makes it hard to ask.
      await visitQuestion(session, "hard-to-ask");
      await answerAndContinue(page, { pick: ["I was scared of what might happen"] });
      await visitQuestion(session, "help-ways");
      await answerAndContinue(page, { pick: ["Talk on the phone", "Talk to a teacher or school nurse"] });
      await visitQuestion(session, "one-change");
      await answerAndContinue(page, { text: "Somewhere quiet to do homework" });
      await visitQuestion(session, "anything-else");
      await answerAndContinue(page, {});

      let rows = await expectCheckPage(session, "check your answers");
      expect(rows.get(TITLES["home-basics"])).toEqual(["None of these"]);
      expect(rows.get(TITLES["listened-to"])).toEqual(["Not answered"]);
      expect(rows.get(TITLES["hard-to-ask"])).toEqual(["I was scared of what might happen"]);
      expect(rows.has(TITLES["help-after-asking"])).toBe(false);

      await clickAndLoad(page, changeLink(page, "one-change"));
      await visitQuestion(session, "one-change");
      expect(await page.locator("textarea#answer").inputValue()).toBe("Somewhere quiet to do homework");
      await answerAndContinue(page, { text: ONE_CHANGE });
      rows = await expectCheckPage(session, "check your answers, after a change");
      expect(rows.get(TITLES["one-change"])).toEqual([ONE_CHANGE]);

      await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
      await expectConfirmation(page, [ONE_CHANGE, "I was scared of what might happen", "Talk on the phone"]);
      await checkPage(session, "confirmation");

      expectOnlyAppRequests(session);
    });
  });

  it("can be completed with the keyboard alone (Tab, arrows, Space, Enter)", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/s/demo-young-people`));
      await expectSkipLinkFirst(page);
      // The skip link moves focus to the main content; the next Tab is Start now.
      await page.keyboard.press("Enter");
      expect((await focused(page)).id).toBe("main-content");
      await pressButton(page, "Start now");

      await expectBeforeYouStart(page);
      await followLink(page, "Continue");
      await expectQuestion(page, "home-feel");
      await expectSkipLinkFirst(page);
      await chooseRadio(page, "Happy");
      await pressButton(page, "Continue");

      await expectQuestion(page, "home-basics");
      await tickBoxes(page, ["Enough food to eat", "An adult who looks after you"]);
      await pressButton(page, "Continue");

      await expectQuestion(page, "school-feel");
      await pressButton(page, "Continue", "Space");

      await expectQuestion(page, "trusted-adult");
      await chooseRadio(page, "Yes");
      await pressButton(page, "Continue");

      await expectQuestion(page, "listened-to");
      await chooseRadio(page, "Hardly ever");
      await pressButton(page, "Continue");

      await expectQuestion(page, "asked-for-help");
      await chooseRadio(page, "Yes");
      await pressButton(page, "Continue");

      await expectQuestion(page, "help-after-asking");
      await chooseRadio(page, "Nothing happened");
      await pressButton(page, "Continue");

      await expectQuestion(page, "help-ways");
      await pressButton(page, "Continue");

      await expectQuestion(page, "one-change");
      await typeText(page, "Adults who listen\nand do something");
      await pressButton(page, "Continue");

      await expectQuestion(page, "anything-else");
      await pressButton(page, "Continue");

      expect(pathOf(page)).toBe(CHECK_PATH);
      await expectSkipLinkFirst(page);
      let rows = await checkAnswersRows(page);
      expect(rows.get(TITLES["one-change"])).toEqual(["Adults who listen", "and do something"]);
      expect(rows.get(TITLES["help-after-asking"])).toEqual(["Nothing happened"]);

      // Change an answer by keyboard: the arrow keys move from the chosen "Yes" to "No".
      await followLink(page, `Change your answer to: ${TITLES["asked-for-help"]}`);
      await expectQuestion(page, "asked-for-help");
      await chooseRadio(page, "No");
      await pressButton(page, "Save and go back");

      expect(pathOf(page)).toBe(CHECK_PATH);
      rows = await checkAnswersRows(page);
      expect(rows.get(TITLES["asked-for-help"])).toEqual(["No"]);
      expect(rows.get(TITLES["hard-to-ask"])).toEqual(["Not answered"]);

      await tabTo(page, "the send button", (f) => f.tag === "button" && f.label === "Send my answers");
      await loadsPage(page, () => page.keyboard.press("Enter"));
      await expectConfirmation(page, ["Adults who listen", "Nothing happened"]);

      expectOnlyAppRequests(session);
    });
  });
});
