import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Response as PlaywrightResponse,
} from "playwright-core";
import { inject } from "vitest";
import { TMP_DIR } from "./paths";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type AxeViolation = AxeResults["violations"][number];

// Shared code for the browser suite: one fresh Chromium profile per test
// (fresh cookies), every request recorded, axe and reflow checks.

export const CHROMIUM = "/usr/bin/chromium";
export const PHONE = { width: 375, height: 667 } as const;
/** WCAG 1.4.10 Reflow: content must fit 320 CSS pixels without scrolling sideways. */
export const NARROW = { width: 320, height: 640 } as const;

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The built app the global setup started (tests/support/browser-global.ts). */
export function appUrl(): string {
  return inject("appUrl");
}

export interface BrowserOptions {
  javaScript?: boolean;
  viewport?: { width: number; height: number };
  /** withBrowser fails a test whose browser logged errors or got a 5xx, unless this is set. */
  allowBrowserProblems?: boolean;
  /** Another app than the suite's shared one (a test that changes demo data starts its own). */
  appUrl?: string;
  /** The browser's user agent (default: Chromium's own). */
  userAgent?: string;
  /** Headers sent with every request (e.g. X-Forwarded-For, as a proxy would add). */
  extraHTTPHeaders?: Record<string, string>;
}

export interface BrowserSession {
  context: BrowserContext;
  /** The first tab. */
  page: Page;
  javaScript: boolean;
  origin: string;
  /** Every URL the browser requested, from every tab, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, from every tab. */
  problems: string[];
  /** A path of the app as a full URL. */
  url: (pathname: string) => string;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with a fresh profile. Playwright's chromium.launch()
 * refuses --user-data-dir, so each session is a persistent context of its own.
 */
export async function openBrowser({ javaScript = true, viewport = PHONE, appUrl: ownApp, userAgent, extraHTTPHeaders }: BrowserOptions = {}): Promise<BrowserSession> {
  const origin = new URL(ownApp ?? appUrl()).origin;
  const profile = await mkdtemp(path.join(TMP_DIR, "chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    javaScriptEnabled: javaScript,
    viewport,
    ...(userAgent ? { userAgent } : {}),
    ...(extraHTTPHeaders ? { extraHTTPHeaders } : {}),
  });
  context.setDefaultTimeout(10_000);
  const requests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("console", (message) => {
    // A 4xx page (a validation error) is logged by Chromium as a failed resource: that is expected.
    if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  context.on("weberror", (error) => problems.push(`page error: ${error.error().message}`));
  context.on("response", (response) => {
    if (response.status() >= 500) problems.push(`server: ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    javaScript,
    origin,
    requests,
    problems,
    url: (pathname) => new URL(pathname, origin).toString(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a browser for the test and closes it afterwards, whatever happens.
 * The test fails if the browser logged an error or the app answered with a 5xx.
 */
export async function withBrowser<T>(options: BrowserOptions, run: (session: BrowserSession) => Promise<T>): Promise<T> {
  const session = await openBrowser(options);
  try {
    const result = await run(session);
    if (!options.allowBrowserProblems) expectNoBrowserProblems(session);
    return result;
  } finally {
    await session.close();
  }
}

/** Requests that went anywhere but the app itself (data: URLs and the like stay in the browser). */
export function foreignRequests(session: BrowserSession): string[] {
  return session.requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || url === "about:blank") return false;
    return origin !== session.origin;
  });
}

export function expectOnlyAppRequests(session: BrowserSession): void {
  const foreign = foreignRequests(session);
  if (foreign.length > 0) {
    throw new Error(`Requests left the app's origin (${session.origin}):\n  ${foreign.join("\n  ")}`);
  }
  if (session.requests.length === 0) throw new Error("No requests were recorded: the check would prove nothing");
}

export function expectNoBrowserProblems(session: BrowserSession): void {
  if (session.problems.length > 0) throw new Error(`The browser reported problems:\n  ${session.problems.join("\n  ")}`);
}

// ---- axe ------------------------------------------------------------------------

function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}\n      ${n.html}`)
        .join("\n");
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/**
 * With JavaScript off, Chromium runs no timers in the page, and axe needs
 * setTimeout. Only the evaluation Playwright itself starts runs (with its
 * promises), so this gives axe a setTimeout built on promises. Delays longer
 * than a tick are axe's own time-outs, which need never fire. The page loaded
 * no scripts of its own, so nothing else sees the change, and it is gone at
 * the next page load.
 */
async function letAxeRunWithoutJavaScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as { setTimeout: unknown; clearTimeout: unknown };
    let id = 0;
    win.setTimeout = (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
      id += 1;
      if (!delay || delay <= 1) void Promise.resolve().then(() => callback(...args));
      return id;
    };
    win.clearTimeout = () => {};
  });
}

/**
 * Runs axe (WCAG 2.0, 2.1 and 2.2 A and AA, with target-size, which axe leaves
 * off by default) on the page as it is now, and fails on any violation.
 */
export async function expectNoAxeViolations(page: Page, label: string, { javaScript }: { javaScript: boolean }): Promise<AxeResults> {
  // Order matters: options() replaces every option, withTags() then adds runOnly.
  const builder = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).withTags(AXE_TAGS);
  if (!javaScript) {
    await letAxeRunWithoutJavaScript(page);
    // The standard mode finishes in a new blank tab, where axe would have no timers at all.
    builder.setLegacyMode(true);
  }
  const results = await builder.analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  if (!ran.includes("target-size")) throw new Error(`axe did not run target-size on ${label}`);
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${formatViolations(results.violations)}`);
  }
  return results;
}

// ---- layout -----------------------------------------------------------------------

/** Fails when the page scrolls sideways at its current width. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // Name the widest element, to make a failure easy to find.
    let widest = "";
    let max = root.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const right = el.getBoundingClientRect().right;
      if (right > max) {
        max = right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""} (right edge ${Math.round(right)}px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  if (scrollWidth > clientWidth) {
    throw new Error(`${label} scrolls sideways at ${clientWidth}px: content is ${scrollWidth}px wide. Widest: ${widest}`);
  }
}

/** Checks the page at its own viewport and again at 320px wide, then puts the viewport back. */
export async function expectReflow(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page, label);
  const viewport = page.viewportSize();
  if (viewport?.width === NARROW.width) return;
  await page.setViewportSize(NARROW);
  try {
    await expectNoSidewaysScroll(page, `${label} (320px)`);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

// ---- navigation -----------------------------------------------------------------

/**
 * Does something that loads a new page (a click, a key press) and waits for
 * that page to load. Works the same with JavaScript on or off.
 */
export async function loadsPage(page: Page, action: () => Promise<unknown>): Promise<void> {
  const failures: string[] = [];
  const onResponse = (response: PlaywrightResponse) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && response.status() >= 500) {
      failures.push(`${response.status()} for ${request.method()} ${new URL(response.url()).pathname}`);
    }
  };
  page.on("response", onResponse);
  try {
    const loaded = page.waitForEvent("load");
    await action();
    await loaded;
  } finally {
    page.off("response", onResponse);
  }
  if (failures.length > 0) throw new Error(`The app failed: ${failures.join(", ")}`);
}

/** Clicks a submit button or link and waits for the next page. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await loadsPage(page, () => target.click());
}

// ---- JavaScript weight --------------------------------------------------------------

export interface ScriptWeight {
  scripts: { url: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * Every script the page has, external and inline, with its gzip'd size.
 * External scripts are fetched again (the browser may have cached them).
 */
export async function scriptWeight(session: BrowserSession, page: Page, requestedScripts: string[]): Promise<ScriptWeight> {
  const found = await page.evaluate(() =>
    Array.from(document.scripts).map((s) => (s.src ? { src: s.src, text: "" } : { src: "", text: s.textContent ?? "" })),
  );
  const urls = new Set([...found.filter((s) => s.src).map((s) => s.src), ...requestedScripts]);
  const scripts: ScriptWeight["scripts"] = [];
  for (const url of urls) {
    const response = await session.context.request.get(url);
    if (!response.ok()) throw new Error(`script ${url} answered ${response.status()}`);
    const body = await response.body();
    scripts.push({ url, bytes: body.length, gzipBytes: gzipSync(body).length });
  }
  found
    .filter((s) => !s.src && s.text.trim())
    .forEach((s, i) => {
      const body = Buffer.from(s.text);
      scripts.push({ url: `inline script ${i + 1}`, bytes: body.length, gzipBytes: gzipSync(body).length });
    });
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** Every public flow is tested both ways: plain HTML forms first, enhancement second. */
export const JAVASCRIPT_MODES = [
  { javaScript: false, mode: "JavaScript off" },
  { javaScript: true, mode: "JavaScript on" },
] as const;
