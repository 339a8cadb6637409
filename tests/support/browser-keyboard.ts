import type { Page } from "playwright-core";
import { expect } from "vitest";
import { loadsPage } from "./browser";

// Moving through pages with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter.

export interface Focused {
  tag: string;
  id: string;
  type: string;
  /** The input's label, or the element's own text. */
  label: string;
  checked: boolean;
  /** :focus-visible: the browser shows (and the page styles) a focus indicator. */
  focusVisible: boolean;
  inMain: boolean;
  href: string;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: "", id: "", type: "", label: "", checked: false, focusVisible: false, inMain: false, href: "" };
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
    const label = input?.labels?.[0]?.textContent ?? el.textContent ?? "";
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: input?.type ?? "",
      label: label.replace(/\s+/g, " ").trim(),
      checked: el instanceof HTMLInputElement ? el.checked : false,
      focusVisible: el.matches(":focus-visible"),
      inMain: !!el.closest("main"),
      href: el.getAttribute("href") ?? "",
    };
  });
}

/** Presses Tab until the focused element matches, and fails after `limit` presses. */
export async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, limit = 30): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (matches(now)) {
      expect(now.focusVisible, `${what} has focus but no visible focus`).toBe(true);
      return now;
    }
    seen.push(`${now.tag}${now.id ? `#${now.id}` : ""} "${now.label.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached ${what} on ${page.url()}. Focus went: ${seen.join(" → ")}`);
}

/** Chooses one radio by its label: Tab into the group, then arrow keys (Space for the first). */
export async function chooseRadio(page: Page, label: string): Promise<void> {
  let now = await tabTo(page, "the answers", (f) => f.type === "radio");
  for (let i = 0; now.label !== label && i < 10; i++) {
    await page.keyboard.press("ArrowDown");
    now = await focused(page);
  }
  expect(now.label, `the arrow keys never reached "${label}"`).toBe(label);
  if (!now.checked) await page.keyboard.press("Space");
  expect((await focused(page)).checked).toBe(true);
}

/** Ticks boxes by their labels: Tab through the boxes, Space on each one wanted. */
export async function tickBoxes(page: Page, labels: string[]): Promise<void> {
  let now = await tabTo(page, "the first box", (f) => f.type === "checkbox");
  const ticked: string[] = [];
  while (now.type === "checkbox") {
    if (labels.includes(now.label) && !now.checked) {
      await page.keyboard.press("Space");
      ticked.push(now.label);
    }
    await page.keyboard.press("Tab");
    now = await focused(page);
  }
  expect(ticked.sort()).toEqual([...labels].sort());
  // Shift+Tab back, so the next tabTo finds the button after the boxes.
  await page.keyboard.press("Shift+Tab");
}

export async function typeText(page: Page, text: string): Promise<void> {
  await tabTo(page, "the text box", (f) => f.tag === "textarea");
  await page.keyboard.type(text);
}

/** Tabs to the button with this text and presses a key on it, waiting for the next page. */
export async function pressButton(page: Page, text: string, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await tabTo(page, `the "${text}" button`, (f) => f.tag === "button" && f.label === text);
  await loadsPage(page, () => page.keyboard.press(key));
}

/** Tabs to a link whose text starts with `text` and follows it with Enter. */
export async function followLink(page: Page, text: string): Promise<void> {
  await tabTo(page, `the link "${text}"`, (f) => f.tag === "a" && f.label.startsWith(text));
  await loadsPage(page, () => page.keyboard.press("Enter"));
}

/** The first Tab on a freshly loaded page lands on the skip link; Enter on it moves focus into main. */
export async function expectSkipLinkFirst(page: Page): Promise<void> {
  await page.keyboard.press("Tab");
  const first = await focused(page);
  expect(first.label).toBe("Skip to main content");
  expect(first.href).toBe("#main-content");
  expect(first.focusVisible).toBe(true);
  // Off screen until focused, then in view.
  const box = await page.locator(".skip-link").boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width, "the skip link shows when it has focus").toBe(true);
}
