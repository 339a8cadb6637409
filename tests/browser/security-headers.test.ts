import type { APIResponse, Response as PlaywrightResponse } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser, type BrowserSession } from "../support/browser";
import { demoStaff, signInAsStaff } from "../support/browser-staff";
import { START_PATH, answerAndContinue, questionPath, startSurvey } from "../support/browser-survey";

// The headers every kind of response carries, read from the built app as a
// browser gets them: public pages, staff pages and resource routes (health,
// quick exit, the session ping, an export, static files, a 404). What OWASP
// ZAP would check, written as a test because ZAP cannot run here.

type Headers = Record<string, string>;

interface Seen {
  label: string;
  status: number;
  headers: Headers;
  /** Every Set-Cookie line, one per cookie. */
  setCookies: string[];
}

async function seen(label: string, response: PlaywrightResponse | APIResponse | null): Promise<Seen & { body: () => Promise<string> }> {
  if (!response) throw new Error(`${label}: no response`);
  const array = await response.headersArray();
  const headers: Headers = {};
  // Duplicates are joined, so a header sent twice (by the server and by a route) shows.
  for (const { name, value } of array) {
    const key = name.toLowerCase();
    if (key === "set-cookie") continue;
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  const setCookies = array.filter((h) => h.name.toLowerCase() === "set-cookie").flatMap((h) => h.value.split("\n"));
  // The HTML as sent: Chromium hides nonces from the DOM, so page.content() would not show them.
  return { label, status: response.status(), headers, setCookies, body: () => response.text() };
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** What every response owes, whatever it is. */
function expectCommonHeaders({ label, headers }: Seen): void {
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  // "same-origin" rather than "no-referrer" (see security-headers.server.ts): no other site gets a referrer.
  expect(headers["referrer-policy"], label).toBe("same-origin");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["x-powered-by"], label).toBeUndefined();
  expect(headers["server"], label).toBeUndefined();
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\)/);
  expect(headers["permissions-policy"], label).toMatch(/microphone=\(\)/);
  expect(headers["permissions-policy"], label).toMatch(/geolocation=\(\)/);
  // Production mode: HSTS on every response.
  expect(headers["strict-transport-security"], label).toMatch(/^max-age=\d{8,}/);
  // Whatever it is, it may not be framed, and it carries exactly one policy.
  const csp = headers["content-security-policy"];
  expect(csp, `${label}: Content-Security-Policy`).toBeDefined();
  expect(csp, `${label}: more than one Content-Security-Policy`).not.toMatch(/,/);
  const d = directives(csp!);
  expect(d.get("frame-ancestors"), label).toEqual(["'none'"]);
}

/** A page: a strict policy with this response's nonce, and the nonce really on the page's scripts. */
function expectPagePolicy(page: Seen, html?: string): void {
  expect(page.headers["content-type"], page.label).toMatch(/^text\/html/);
  const d = directives(page.headers["content-security-policy"] ?? "");
  const scriptSrc = d.get("script-src") ?? [];
  const nonces = scriptSrc.filter((s) => /^'nonce-[A-Za-z0-9+/=]{22,}'$/.test(s));
  expect(nonces, `${page.label}: a nonce in script-src`).toHaveLength(1);
  expect(scriptSrc, page.label).not.toContain("'unsafe-inline'");
  expect(scriptSrc, page.label).not.toContain("'unsafe-eval'");
  expect(scriptSrc.filter((s) => s !== "'self'" && !s.startsWith("'nonce-")), `${page.label}: other script sources`).toEqual([]);
  // Style elements only with this response's nonce; style attributes never (a nonce does not allow them).
  expect(d.get("style-src"), page.label).toEqual(["'self'", scriptSrc.find((s) => s.startsWith("'nonce-"))]);
  expect(d.get("object-src"), page.label).toEqual(["'none'"]);
  expect(d.get("base-uri"), page.label).toEqual(["'none'"]);
  expect(d.get("frame-ancestors"), page.label).toEqual(["'none'"]);
  expect(d.get("form-action"), page.label).toEqual(["'self'"]);
  expect(d.get("default-src"), page.label).toEqual(["'self'"]);
  if (html !== undefined) {
    const nonce = nonces[0]!.slice("'nonce-".length, -1);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    for (const tag of scripts) expect(tag, `${page.label}: a script without this response's nonce`).toContain(`nonce="${nonce}"`);
  }
}

function expectNoStore({ label, headers }: Seen): void {
  expect(headers["cache-control"], `${label}: Cache-Control`).toMatch(/(^|,\s*)no-store(,|$)/);
}

/** The attributes of one Set-Cookie line, by lower-case name. */
function cookieAttributes(line: string): { name: string; value: string; attributes: Map<string, string> } {
  const [pair = "", ...rest] = line.split(";").map((s) => s.trim());
  const at = pair.indexOf("=");
  const attributes = new Map(rest.filter(Boolean).map((a) => {
    const eq = a.indexOf("=");
    return eq < 0 ? [a.toLowerCase(), ""] : [a.slice(0, eq).toLowerCase(), a.slice(eq + 1)];
  }));
  return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
}

function expectSafeCookie(line: string, name: string): void {
  const cookie = cookieAttributes(line);
  expect(cookie.name).toBe(name);
  expect(cookie.attributes.has("httponly"), `${name} HttpOnly`).toBe(true);
  expect(cookie.attributes.get("samesite")?.toLowerCase(), `${name} SameSite`).toBe("lax");
  expect(cookie.attributes.get("path"), `${name} Path`).toBe("/");
  expect(cookie.attributes.has("domain"), `${name} has no Domain`).toBe(false);
  // Both cookies last only as long as the browser session.
  expect(cookie.attributes.has("expires") || (cookie.attributes.has("max-age") && cookie.attributes.get("max-age") !== "0"), `${name} is a session cookie`).toBe(false);
}

/** Console messages about the Content-Security-Policy: anything it refused (an inline style, a script). */
function recordPolicyReports(session: BrowserSession): string[] {
  const reports: string[] = [];
  session.context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) reports.push(`${session.page.url()}: ${message.text()}`);
  });
  return reports;
}

/** Records every response the browser gets (navigations, fetches, assets). */
function recordResponses(session: BrowserSession): PlaywrightResponse[] {
  const responses: PlaywrightResponse[] = [];
  session.context.on("response", (r) => responses.push(r));
  return responses;
}

async function setCookiesNamed(responses: PlaywrightResponse[], name: string): Promise<string[]> {
  const lines: string[] = [];
  for (const r of responses) {
    for (const h of await r.headersArray()) {
      if (h.name.toLowerCase() !== "set-cookie") continue;
      for (const line of h.value.split("\n")) if (line.startsWith(`${name}=`)) lines.push(line);
    }
  }
  return lines;
}

describe("security headers", () => {
  it("public pages: strict CSP with a nonce, the common headers, no-store on answers, a safe respondent cookie", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      const responses = recordResponses(session);
      const reports = recordPolicyReports(session);
      const pages: { label: string; path: string; noStore?: boolean }[] = [
        { label: "home", path: "/" },
        { label: "survey start", path: START_PATH },
        { label: "help", path: "/help?p=northshire" },
        { label: "help services", path: "/help/services?p=northshire" },
        { label: "feedback", path: "/feedback?p=northshire", noStore: true },
        { label: "not found", path: "/no-such-page" },
      ];
      for (const { label, path, noStore } of pages) {
        const response = await page.goto(session.url(path));
        const s = await seen(label, response);
        expect(s.status, label).toBe(label === "not found" ? 404 : 200);
        expectCommonHeaders(s);
        expectPagePolicy(s, await s.body());
        if (noStore) expectNoStore(s);
      }

      // A question page, with the respondent's cookie: no-store, and the cookie is safe.
      await startSurvey(page, session.origin);
      const question = await seen("question page", await page.goto(session.url(questionPath("home-feel"))));
      expectCommonHeaders(question);
      expectPagePolicy(question, await question.body());
      expectNoStore(question);
      const respondentCookies = await setCookiesNamed(responses, "heard_response");
      expect(respondentCookies.length, "heard_response was set").toBeGreaterThan(0);
      for (const line of respondentCookies) expectSafeCookie(line, "heard_response");
      const cookie = (await session.context.cookies()).find((c) => c.name === "heard_response");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.expires, "a session cookie").toBe(-1);

      // Answering: the POST's answer and the next page are not stored either.
      const posted = page.waitForResponse((r) => r.request().method() === "POST");
      await answerAndContinue(page, { pick: ["Happy"] });
      const postResponse = await seen("answer POST", await posted);
      expectCommonHeaders(postResponse);
      expectNoStore(postResponse);

      // Every HTML document the browser got carried a page policy.
      for (const r of responses) {
        if (!/^text\/html/.test(r.headers()["content-type"] ?? "") || r.status() >= 300 && r.status() < 400) continue;
        expectPagePolicy(await seen(`${r.request().method()} ${new URL(r.url()).pathname}`, r));
      }
      expect(reports, "the policy refused something on a public page").toEqual([]);
    });
  });

  it("resource routes: health, quick exit, the session ping, static files and the 404 carry the common headers", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      const request = session.context.request;
      const home = await page.goto(session.url("/"));
      expect(home?.ok()).toBe(true);
      const stylesheet = await page.locator("link[rel=stylesheet]").first().getAttribute("href");
      expect(stylesheet, "the page links a stylesheet").toMatch(/^\/assets\/.+\.css$/);

      const health = await seen("/healthz", await request.get(session.url("/healthz")));
      expect(health.status).toBe(200);
      expectCommonHeaders(health);
      expectNoStore(health);

      const exit = await seen("/exit", await request.get(session.url("/exit?p=northshire"), { maxRedirects: 0 }));
      expect(exit.status).toBeGreaterThanOrEqual(300);
      expect(exit.status).toBeLessThan(400);
      expectCommonHeaders(exit);
      expectNoStore(exit);
      expect(exit.headers["location"]).toMatch(/^https:\/\//);

      const ping = await seen("GET /staff/session", await request.get(session.url("/staff/session")));
      expect(ping.status).toBe(405);
      expectCommonHeaders(ping);
      expectNoStore(ping);
      const pingPost = await seen("POST /staff/session without a session", await request.post(session.url("/staff/session"), { form: { csrf: "x" }, maxRedirects: 0 }));
      // Not signed in: sent to sign in.
      expect(pingPost.status).toBe(302);
      expect(pingPost.headers["location"]).toMatch(/^\/staff\/sign-in/);
      expectCommonHeaders(pingPost);
      expectNoStore(pingPost);

      for (const path of ["/js/enhance.js", stylesheet!]) {
        const file = await seen(path, await request.get(session.url(path)));
        expect(file.status, path).toBe(200);
        expectCommonHeaders(file);
        // Files served as they are may run or load nothing else.
        const d = directives(file.headers["content-security-policy"] ?? "");
        expect(d.get("default-src"), path).toEqual(["'none'"]);
      }
      const css = await seen("css", await request.get(session.url(stylesheet!)));
      expect(css.headers["content-type"]).toMatch(/^text\/css/);
      const js = await seen("js", await request.get(session.url("/js/enhance.js")));
      expect(js.headers["content-type"]).toMatch(/javascript/);

      const missingFile = await seen("missing file", await request.get(session.url("/assets/no-such-file.js")));
      expect(missingFile.status).toBe(404);
      expectCommonHeaders(missingFile);
      const missingPage = await seen("missing page", await request.get(session.url("/no/such/page")));
      expect(missingPage.status).toBe(404);
      expectCommonHeaders(missingPage);
      expectPagePolicy(missingPage);
    });
  });

  it("staff pages and the builder's export: strict CSP, no-store, a safe staff cookie", async () => {
    await withBrowser({ javaScript: true }, async (session) => {
      const { page } = session;
      const responses = recordResponses(session);
      const reports = recordPolicyReports(session);
      const signIn = await seen("sign-in", await page.goto(session.url("/staff/sign-in")));
      expectCommonHeaders(signIn);
      expectPagePolicy(signIn, await signIn.body());
      expectNoStore(signIn);

      await signInAsStaff(page, session.origin, demoStaff("partnershipAdmin"));
      const staffCookies = await setCookiesNamed(responses, "heard_staff");
      expect(staffCookies.length, "heard_staff was set").toBeGreaterThan(0);
      for (const line of staffCookies) expectSafeCookie(line, "heard_staff");

      const staffPages = [
        "/staff",
        "/staff/account/two-factor",
        "/staff/p/northshire",
        "/staff/p/northshire/team",
        "/staff/p/northshire/help-contacts",
        "/staff/p/northshire/services",
        "/staff/p/northshire/services/new",
        "/staff/p/northshire/audit",
        "/staff/p/northshire/surveys",
      ];
      for (const path of staffPages) {
        const s = await seen(path, await page.goto(session.url(path)));
        // Hydrated: let React and react-aria render on the client before looking for refusals.
        await page.waitForLoadState("networkidle");
        expect(s.status, path).toBe(200);
        expectCommonHeaders(s);
        expectPagePolicy(s, await s.body());
        expectNoStore(s);
      }
      // Client-side data requests (hydrated staff pages) are not stored either.
      const data = await seen("staff data request", await session.context.request.get(session.url("/staff/p/northshire/services.data")));
      expect(data.status).toBe(200);
      expectCommonHeaders(data);
      expectNoStore(data);

      const surveyLink = await page.locator("main table a").first().getAttribute("href");
      expect(surveyLink).toMatch(/^\/staff\/p\/northshire\/surveys\/[^/]+$/);
      const exported = await seen("export", await session.context.request.get(session.url(`${surveyLink!}/export`)));
      expect(exported.status).toBe(200);
      expect(exported.headers["content-type"]).toMatch(/^application\/json/);
      expect(exported.headers["content-disposition"]).toMatch(/^attachment;/);
      expectCommonHeaders(exported);
      expectNoStore(exported);
      for (const path of [surveyLink!, `${surveyLink!}/preview`, `${surveyLink!}/import`]) {
        const s = await seen(path, await page.goto(session.url(path)));
        expect(s.status, path).toBe(200);
        await page.waitForLoadState("networkidle");
        expectCommonHeaders(s);
        expectPagePolicy(s, await s.body());
        expectNoStore(s);
      }

      // "Stay signed in", posted straight to the resource route (not through Remix's fetcher): still never stored.
      const csrf = await page.locator("input[name=csrf]").first().inputValue();
      const ping = await seen("POST /staff/session", await session.context.request.post(session.url("/staff/session"), { form: { csrf }, maxRedirects: 0 }));
      expect(ping.status).toBe(200);
      expectCommonHeaders(ping);
      expectNoStore(ping);
      const forged = await session.context.request.post(session.url("/staff/session"), { form: { csrf: "forged" }, maxRedirects: 0 });
      expect(forged.status(), "a forged CSRF token").toBeGreaterThanOrEqual(400);
      expect(forged.status()).toBeLessThan(500);

      expect(reports, "the policy refused something on a staff page").toEqual([]);
    });
  });
});
