import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE, clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { mainButton, mainHeading, pathOf } from "../support/browser-survey";

// Easy Read and Read aloud on every question type, with the demo survey for
// children ("Growing up in Northshire", which has an information page, a face
// scale, yes/no, one choice, several choices, a draft text and free text).

const SLUG = "demo-growing-up";
const START = `/s/${SLUG}`;

async function axe(session: BrowserSession, label: string) {
  await expectNoAxeViolations(session.page, label, { javaScript: session.javaScript });
}

/** The options on the page, each with whether a picture sits in its label. */
async function optionsWithPictures(page: Page) {
  return page.locator("main .radios__label, main .checkboxes__label").evaluateAll((labels) =>
    labels.map((label) => ({
      text: (label.textContent ?? "").trim(),
      picture: !!label.querySelector("svg.option-icon, svg.face-icon"),
      hiddenFromReaders: Array.from(label.querySelectorAll("svg")).every((svg) => svg.getAttribute("aria-hidden") === "true"),
    })),
  );
}

/** From the start page, with a band chosen, past the interruption page to the first question. */
async function startWithBand(page: Page, band: string) {
  await page.getByLabel(band, { exact: true }).check();
  await clickAndLoad(page, mainButton(page));
  expect(pathOf(page)).toBe("/before-you-start");
  // The interruption page's Continue (a link that looks like a button), in any language.
  await clickAndLoad(page, page.locator("main a.button"));
}

describe("Easy Read", () => {
  it("is a link that works without JavaScript, kept for the session in a cookie holding only the mode", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url("/help"));
      expect(await page.locator("body").getAttribute("class")).toBeNull();
      await clickAndLoad(page, page.locator(".site-header").getByRole("link", { name: "Easy Read" }));
      expect(await page.locator("body").getAttribute("class")).toBe("easy-read");
      expect(await page.locator("main").innerText()).toContain("It is right to tell someone.");
      const cookie = (await session.context.cookies()).find((c) => c.name === "heard_easy");
      expect(cookie).toMatchObject({ value: "1", expires: -1, httpOnly: true, sameSite: "Lax" });

      // Remembered on the next page without the address saying so.
      await page.goto(session.url("/"));
      expect(await mainHeading(page)).toBe("Surveys you can do now");
      await clickAndLoad(page, page.locator(".site-header").getByRole("link", { name: "Standard version" }));
      expect(await mainHeading(page)).toBe("Surveys open now");
      expect((await session.context.cookies()).some((c) => c.name === "heard_easy")).toBe(false);
    });
  });

  it("completes a survey with every question type in Easy Read, JavaScript off, pictures beside options, axe clean", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`${START}?easy=1&lng=en`));
      expect(await page.locator("main .body-l").innerText()).toBe("Tell us about home and school. Tell us what you like. We will use it to make things better.");
      await axe(session, "start page (Easy Read)");

      // No age band chosen: an error, with the summary pointing at the radios, and nothing started.
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe(START);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator(".error-summary a").innerText()).toBe("Choose how old you are");
      expect(await page.locator(".error-summary a").getAttribute("href")).toBe("#age-band");
      expect((await session.context.cookies()).some((c) => c.name.startsWith("heard_response"))).toBe(false);
      await axe(session, "start page with an error (Easy Read)");

      await startWithBand(page, "I am 8, 9 or 10");

      // Information page: Easy Read words.
      expect(await mainHeading(page)).toBe("About these questions");
      expect(await page.locator("main").innerText()).toContain("The questions are about home and school.");
      await axe(session, "information page (Easy Read)");
      await clickAndLoad(page, mainButton(page));

      // Face scale: a face beside every option.
      expect(await mainHeading(page)).toBe("How do you feel at home?");
      let options = await optionsWithPictures(page);
      expect(options.map((o) => o.text)).toEqual(["Very sad", "Sad", "OK", "Happy", "Very happy"]);
      expect(options.every((o) => o.picture && o.hiddenFromReaders)).toBe(true);
      await axe(session, "face scale (Easy Read)");
      await page.getByLabel("Happy", { exact: true }).check();
      await clickAndLoad(page, mainButton(page));

      // Yes or no.
      expect(await mainHeading(page)).toBe("Do you feel safe at home?");
      options = await optionsWithPictures(page);
      expect(options.map((o) => o.text)).toEqual(["Yes", "No", "I'd rather not say"]);
      expect(options.every((o) => o.picture && o.hiddenFromReaders)).toBe(true);
      await axe(session, "yes/no (Easy Read)");
      await page.getByLabel("Yes", { exact: true }).check();
      await clickAndLoad(page, mainButton(page));

      // One choice: the Easy Read title.
      expect(await mainHeading(page)).toBe("Are you worried? Who would you tell first?");
      expect(await page.title()).toBe("Are you worried? Who would you tell first? – Heard");
      options = await optionsWithPictures(page);
      expect(options.length).toBe(5);
      expect(options.every((o) => o.picture)).toBe(true);
      await axe(session, "single choice (Easy Read)");
      await page.getByLabel("A teacher", { exact: true }).check();
      await clickAndLoad(page, mainButton(page));

      // Several choices.
      expect(await mainHeading(page)).toBe("What do you like doing?");
      options = await optionsWithPictures(page);
      expect(options.map((o) => o.text)).toEqual(["Playing", "Being with friends", "Time with my family", "Going to school", "Something else"]);
      expect(options.every((o) => o.picture)).toBe(true);
      expect(await page.locator("main .hint").first().innerText()).toContain("You can skip this one.");
      await axe(session, "multiple choice (Easy Read)");
      await page.getByLabel("Playing", { exact: true }).check();
      await page.getByLabel("Being with friends", { exact: true }).check();
      await clickAndLoad(page, mainButton(page));

      // Draft text to comment on.
      expect(await mainHeading(page)).toBe("Our promise to children");
      expect(await page.locator("main .inset-text").innerText()).toContain("We will believe you.");
      await axe(session, "draft text (Easy Read)");
      await page.locator("textarea#answer").fill("Say it in small words.");
      await clickAndLoad(page, mainButton(page));

      // Free text.
      expect(await mainHeading(page)).toBe("What is one thing you would change?");
      await axe(session, "free text (Easy Read)");
      await page.locator("textarea#answer").fill("More parks");
      await clickAndLoad(page, mainButton(page));

      // Check your answers, in Easy Read words.
      expect(pathOf(page)).toBe(`${START}/check`);
      expect(await page.locator("main").innerText()).toContain("Look at your answers. You can change them.");
      expect(await page.locator(".summary-list__key").allInnerTexts()).toContain("Are you worried? Who would you tell first?");
      await axe(session, "check answers (Easy Read)");
      await clickAndLoad(page, mainButton(page));

      expect(pathOf(page)).toBe(`${START}/done`);
      expect(await page.locator("main").innerText()).toContain("Thank you for telling us.");
      await axe(session, "confirmation (Easy Read)");
    });
  });

  it("is axe clean right to left (Arabic), with the pictures and the switch mirrored", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`${START}?easy=1&lng=ar`));
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await page.locator(".site-header").getByRole("link", { name: "النسخة العادية" }).count()).toBe(1);
      await axe(session, "start page (Easy Read, Arabic)");
      await startWithBand(page, "عمري بين 11 و18 سنة");
      await clickAndLoad(page, mainButton(page));
      expect(await mainHeading(page)).toBe("كيف تشعر في البيت معظم الوقت؟");
      await axe(session, "face scale (Easy Read, Arabic)");
      await clickAndLoad(page, mainButton(page));
      expect((await optionsWithPictures(page)).every((o) => o.picture)).toBe(true);
      await axe(session, "yes/no (Easy Read, Arabic)");
    });
  });
});

/** A speechSynthesis that records what it is asked to say, and never finishes until cancelled. */
const FAKE_SPEECH = () => {
  const spoken: { text: string; lang: string }[] = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  let current: { onend?: () => void } | null = null;
  class Utterance {
    lang = "";
    onend?: () => void;
    onerror?: () => void;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true, writable: true });
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: {
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang });
        current = u;
      },
      cancel() {
        const u = current;
        current = null;
        u?.onend?.();
      },
    },
  });
};

const NO_SPEECH = () => {
  Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: undefined, configurable: true });
};

describe("Read aloud", () => {
  it("reads the heading and every option (or the words) of each question type, in the page's language", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await session.context.addInitScript(FAKE_SPEECH);
      await page.goto(session.url(`${START}?lng=en&easy=0`));
      // The start page has no question to read.
      expect(await page.locator(".read-aloud__button").count()).toBe(0);
      await startWithBand(page, "I am 11 to 18");

      const seenTypes: string[] = [];
      while (pathOf(page).includes("/q/")) {
        const heading = await mainHeading(page);
        const labels = await page.locator("main .radios__label span, main .checkboxes__label span").allInnerTexts();
        // The question's own words (not the note about home and family some pages have before the question).
        const words = await page.locator("main [data-speak-group] .body").allInnerTexts();
        const button = page.getByRole("button", { name: "Read aloud" });
        await button.click();
        await expect.poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(1);
        const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.at(-1)!);
        expect(spoken.lang).toBe("en");
        expect(spoken.text, heading).toContain(heading);
        for (const label of labels) expect(spoken.text, `${heading}: ${label}`).toContain(label.trim());
        for (const paragraph of words) expect(spoken.text, `${heading}: ${paragraph}`).toContain(paragraph.trim());
        // Stop: the button goes back to Read aloud.
        await page.getByRole("button", { name: "Stop" }).click();
        await expect.poll(() => page.getByRole("button", { name: "Read aloud" }).count()).toBe(1);
        seenTypes.push(labels.length > 0 ? `options:${labels.length}` : words.length > 0 ? "words" : "text");
        await clickAndLoad(page, mainButton(page));
      }
      expect(pathOf(page)).toBe(`${START}/check`);
      // Information, face scale, yes/no, one choice, several choices, draft text, free text.
      expect(seenTypes).toEqual(["words", "options:5", "options:3", "options:5", "options:5", "words", "text"]);
    });
  });

  it("reads in the page's language (Urdu)", async () => {
    await withBrowser({ javaScript: true, viewport: PHONE }, async (session) => {
      const { page } = session;
      await session.context.addInitScript(FAKE_SPEECH);
      await page.goto(session.url(`${START}?lng=ur`));
      await page.locator("main input[name=ageBand]").first().check();
      await clickAndLoad(page, mainButton(page));
      await clickAndLoad(page, page.locator("main a.button"));
      await clickAndLoad(page, mainButton(page));
      await page.locator(".read-aloud__button").click();
      const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.at(-1)!);
      expect(spoken.lang).toBe("ur");
      expect(spoken.text).toContain("آپ گھر میں کیسا محسوس کرتے ہیں؟");
      expect(spoken.text).toContain("بہت خوش");
    });
  });

  for (const [mode, javaScript] of [["without speech synthesis", true], ["with JavaScript off", false]] as const) {
    it(`shows no button ${mode}`, async () => {
      await withBrowser({ javaScript, viewport: PHONE }, async (session) => {
        const { page } = session;
        if (javaScript) await session.context.addInitScript(NO_SPEECH);
        await page.goto(session.url(`${START}?lng=en`));
        await startWithBand(page, "I am 8, 9 or 10");
        await clickAndLoad(page, mainButton(page));
        expect(await mainHeading(page)).toBe("How do you feel at home?");
        expect(await page.locator("button", { hasText: "Read aloud" }).count()).toBe(0);
        expect(await page.locator(".read-aloud").isVisible()).toBe(false);
      });
    });
  }
});
