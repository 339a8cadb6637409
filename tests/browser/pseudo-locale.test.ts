import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NORTHSHIRE } from "~/modules/demo/demo-surveys";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, openBrowser, type BrowserSession } from "../support/browser";

// Hard-coded words: the app is started with HEARD_PSEUDO_LOCALE=1, which adds
// the pseudo-locale en-XA where every i18next string and every bit of survey
// text (through localize) is English wrapped in ⟦…⟧. Each public page is read
// in it, and every visible text node of the header, the quick exit bar, <main>
// and the footer must sit inside ⟦…⟧. Text that is data (a partnership's
// contacts, a service's name, phone numbers), or in its own language (the
// switcher's language names, marked with `lang`), is allowed by rule below.

const PAGES = [
  "/",
  "/s/demo-young-people",
  "/before-you-start",
  "/help",
  "/help/services",
  "/worried-about-a-child",
  "/your-data",
  "/staying-safe-online",
  "/feedback",
];

let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp({ HEARD_PSEUDO_LOCALE: "1" });
  session = await openBrowser({ javaScript: false });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

/** Visible text nodes not wrapped in ⟦…⟧ and not data, on the page now. */
async function unwrappedText(): Promise<string[]> {
  // Names from the database: the partnership and its areas (place names are not translated).
  const data = [NORTHSHIRE.name, ...NORTHSHIRE.areas];
  return session.page.evaluate((data) => {
    const roots = document.querySelectorAll(".site-header, .quick-exit, main, .site-footer");
    const found: string[] = [];
    for (const root of Array.from(roots)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").trim();
        if (!text) continue;
        const parent = node.parentElement!;
        // Inside a wrapped string (React splits "⟦Call {{phone}}⟧" into one node; nested markup keeps the brackets around).
        const inWrapped = (parent.closest("p, li, h1, h2, h3, a, button, label, legend, span, dt, dd, div, strong")?.textContent ?? "").trim();
        if (/^⟦[\s\S]*⟧$/.test(text)) continue;
        // Data: numbers, phone numbers, dates, punctuation.
        if (/^[\d\s+().,:;–-]*$/.test(text)) continue;
        if (data.includes(text)) continue;
        // Words in their own language (the language switcher).
        if (parent.closest("[lang]:not(html)")) continue;
        // From the database, not the code: contacts and services (marked by the rule in the test below).
        if (parent.closest("[data-pseudo-data], .contact h3, .contact .body, .service__name, .service .body, .service__value, .signposts__name, .signposts__line, .phone-link, .tag")) continue;
        if (inWrapped.startsWith("⟦") && inWrapped.endsWith("⟧") && text.length < 3) continue;
        found.push(`${parent.tagName.toLowerCase()}.${parent.className}: ${text}`);
      }
    }
    return found;
  }, data);
}

describe("pseudo-locale", () => {
  it.each(PAGES)("%s has no word outside i18next", async (path) => {
    await session.page.goto(new URL(`${path}${path.includes("?") ? "&" : "?"}lng=en-XA`, app.url).toString());
    expect(await session.page.locator("html").getAttribute("lang")).toBe("en-XA");
    expect(await session.page.locator("main h1").first().innerText()).toMatch(/^⟦.*⟧$/);
    expect(await unwrappedText()).toEqual([]);
  });

  it("a question page and an error on it have no word outside i18next", async () => {
    const { page } = session;
    await page.goto(new URL("/s/demo-young-people", app.url).toString());
    await clickAndLoad(page, page.locator("main form button[type=submit]"));
    await clickAndLoad(page, page.locator("main a.button"));
    expect(new URL(page.url()).pathname).toContain("/q/");
    await page.goto(new URL("/s/demo-young-people/q/trusted-adult", app.url).toString());
    expect(new URL(page.url()).pathname).toBe("/s/demo-young-people/q/trusted-adult");
    expect(await unwrappedText()).toEqual([]);
    await clickAndLoad(page, page.locator("main form button[type=submit]"));
    expect(await session.page.locator(".error-summary").count()).toBe(1);
    expect(await unwrappedText()).toEqual([]);
  });
});
