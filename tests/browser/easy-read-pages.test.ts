import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { resources } from "~/modules/i18n/config";
import { PHONE, clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { mainButton, pathOf } from "../support/browser-survey";

// Easy Read on the public pages beyond the survey itself: feedback, the help
// directory, worried about a child, your data, staying safe online, a school
// link that cannot be found, the kiosk and the draft-text consultation. Each
// is visited with JavaScript off in English and in Arabic (right to left):
// its Easy Read sentence is there, and axe finds nothing.

type Language = "en" | "ar";
type Tree = { [key: string]: unknown };

/** One language's Easy Read wording for a key such as "help.data.intro" (namespace first). */
function easyWords(language: Language, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Tree)[part], resources[language].easy.overrides);
  if (typeof value !== "string") throw new Error(`no Easy Read words for ${key}`);
  return value;
}

/** The page's main text, with the direction marks that isolate numbers and names left out. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/[\u2066-\u2069]/g, "");
}

async function expectEasyReadPage(session: BrowserSession, language: Language, label: string, keys: string[]) {
  const { page } = session;
  expect(await page.locator("body").getAttribute("class"), label).toBe("easy-read");
  expect(await page.locator("html").getAttribute("dir"), label).toBe(language === "ar" ? "rtl" : "ltr");
  const text = await mainText(page);
  for (const key of keys) expect(text, `${label}: ${key}`).toContain(easyWords(language, key));
  await expectNoAxeViolations(page, `${label} (Easy Read, ${language})`, { javaScript: session.javaScript });
}

const PAGES: { path: string; label: string; keys: string[] }[] = [
  { path: "/feedback", label: "feedback", keys: ["feedback.form.intro", "feedback.form.textHint"] },
  { path: "/feedback/sent", label: "feedback sent", keys: ["feedback.sent.noReply"] },
  { path: "/help/services", label: "help directory", keys: ["help.services.needsHint"] },
  { path: "/worried-about-a-child", label: "worried about a child", keys: ["help.worried.intro", "help.worried.whatDefinitionIntro"] },
  { path: "/your-data", label: "your data", keys: ["help.data.intro", "help.data.childNames"] },
  { path: "/staying-safe-online", label: "staying safe online", keys: ["safety.stayingSafe.intro"] },
  { path: "/l/zzzzzzzzzz", label: "a link we cannot find", keys: ["links.unknown.text"] },
  { path: "/kiosk", label: "kiosk set-up", keys: ["kiosk.setUp.intro"] },
];

describe.each(["en", "ar"] as const)("Easy Read on the other public pages (%s, JavaScript off)", (language) => {
  it("shows each page's Easy Read words, axe clean", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      for (const { path, label, keys } of PAGES) {
        await page.goto(session.url(`${path}?easy=1&lng=${language}`));
        await expectEasyReadPage(session, language, label, keys);
      }
      // The guidance's own wording of neglect is for the standard version only.
      await page.goto(session.url(`/worried-about-a-child?easy=1&lng=${language}`));
      expect(await page.locator("main blockquote").count()).toBe(0);
      await page.goto(session.url(`/worried-about-a-child?easy=0&lng=${language}`));
      expect(await page.locator("main blockquote").count()).toBe(1);
    });
  });

  it("shows the kiosk's start page in Easy Read once the tablet is set up", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/kiosk?easy=1&lng=${language}`));
      await page.locator("#code").fill(DEMO_KIOSK.code);
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/kiosk/start");
      await expectEasyReadPage(session, language, "kiosk start", ["kiosk.start.stop"]);
    });
  });

  it("shows the interruption page and a draft-text section's furniture in Easy Read", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      const slug = "demo-draft-strategy";
      await page.goto(session.url(`/s/${slug}?easy=1&lng=${language}`));
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/before-you-start");
      await expectEasyReadPage(session, language, "before you start", ["safety.beforeYouStart.buttonUse"]);
      await clickAndLoad(page, page.locator("main a.button"));
      // The introduction, then the first section of the draft.
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toMatch(new RegExp(`^/s/${slug}/q/`));
      await expectEasyReadPage(session, language, "draft-text section", ["consult.agreement.legend", "consult.change.hint"]);
      const caption = easyWords(language, "consult.section.caption").replace("{{number}}", "1").replace(/\{\{of\}\}/, "");
      expect((await page.locator("main .caption-l").innerText()).trim()).toContain(caption.trim());
    });
  });
});
