import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Response as PlaywrightResponse,
} from "playwright-core";
import { afterAll, inject } from "vitest";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type AxeViolation = AxeResults["violations"][number];

// Shared code for the browser suite: one fresh browser context per test
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

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Less work per page on CI's two cores: no extensions, audio or shared-memory files,
  // and no process per site (the tests visit one site; each context still gets its own renderer).
  "--disable-extensions",
  "--mute-audio",
  "--disable-dev-shm-usage",
  "--disable-site-isolation-trials",
  "--disable-features=site-per-process,IsolateOrigins,Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
];

// One Chromium per test file, started on first use with a fresh profile of its
// own (chromium.launch() makes a new temporary --user-data-dir and deletes it on
// close), and one new browser context per session: a context starts with no
// cookies, storage or cache, like a fresh profile, for a fraction of the cost of
// starting Chromium for every test.
let sharedBrowser: Promise<Browser> | undefined;

function browserForThisFile(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return sharedBrowser;
}

afterAll(async () => {
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  await (await browser?.catch(() => undefined))?.close();
});

/** Opens a session: a new browser context (fresh cookies and storage) with its first tab. */
export async function openBrowser({ javaScript = true, viewport = PHONE, appUrl: ownApp, userAgent, extraHTTPHeaders }: BrowserOptions = {}): Promise<BrowserSession> {
  const origin = new URL(ownApp ?? appUrl()).origin;
  const browser = await browserForThisFile();
  const context = await browser.newContext({
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
  const page = await context.newPage();
  return {
    context,
    page,
    javaScript,
    origin,
    requests,
    problems,
    url: (pathname) => new URL(pathname, origin).toString(),
    close: () => context.close(),
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

// The pages already checked in this file, by what axe would see: a test that
// passes the same page twice (a helper used by several tests, say) runs axe on it once.
const axeChecked = new Map<string, AxeResults>();

/** The page as axe sees it: its markup, viewport and whether scripts run, less per-request tokens. */
async function axeFingerprint(page: Page, javaScript: boolean): Promise<string> {
  const markup = await page.evaluate(() => {
    // A copy in a document of its own, which loads nothing (a clone in this one would fetch its images).
    const copy = document.implementation.createHTMLDocument("").importNode(document.documentElement, true);
    // Hidden fields (CSRF tokens, nonces for a form) and nonce attributes change with every request, not with what people meet.
    for (const el of Array.from(copy.querySelectorAll("input[type=hidden]"))) el.removeAttribute("value");
    for (const el of Array.from(copy.querySelectorAll("[nonce]"))) el.removeAttribute("nonce");
    return copy.outerHTML;
  });
  const viewport = page.viewportSize();
  return createHash("sha256").update(`${javaScript}|${viewport?.width}x${viewport?.height}|${markup}`).digest("hex");
}

/**
 * Runs axe (WCAG 2.0, 2.1 and 2.2 A and AA, with target-size, which axe leaves
 * off by default) on the page as it is now, and fails on any violation.
 */
export async function expectNoAxeViolations(page: Page, label: string, { javaScript }: { javaScript: boolean }): Promise<AxeResults> {
  const fingerprint = await axeFingerprint(page, javaScript);
  const seen = axeChecked.get(fingerprint);
  if (seen) return seen;
  // Order matters: options() replaces every option, withTags() then adds runOnly.
  const builder = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).withTags(AXE_TAGS);
  // Legacy mode runs axe in the page itself. The standard mode finishes in a new blank tab:
  // with JavaScript off axe would have no timers there, and with it on, the extra tab costs
  // more than the run (the app's pages have no frames, which is what the standard mode is for).
  if (!javaScript) await letAxeRunWithoutJavaScript(page);
  builder.setLegacyMode(true);
  const results = await builder.analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  if (!ran.includes("target-size")) throw new Error(`axe did not run target-size on ${label}`);
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${formatViolations(results.violations)}`);
  }
  axeChecked.set(fingerprint, results);
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
