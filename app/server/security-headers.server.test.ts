import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_ANSWERS_PATH } from "~/modules/imports/limits";
import { STATIC_CSP, refuseLargeBodies, securityHeaders } from "./security-headers.server";

// The server's own headers, through a real Express app: routes that set
// their own policy keep it (one, not two), everything else gets the strict one.

let base = "";
let close = () => {};

beforeAll(async () => {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders(true));
  // As @remix-run/express sends a page: headers appended, then the body.
  app.get("/page", (_req, res) => {
    res.append("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-abc'");
    res.append("Content-Type", "text/html");
    res.end("<!DOCTYPE html><p>page</p>");
  });
  app.get("/json", (_req, res) => res.json({ ok: true }));
  app.get("/staff/thing", (_req, res) => res.json({ ok: true }));
  app.get("/staff/cached", (_req, res) => res.set("Cache-Control", "private, max-age=5").json({ ok: true }));
  app.get("/staffing", (_req, res) => res.json({ ok: true }));
  app.get("/redirect", (_req, res) => res.redirect(302, "/page"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const get = (path: string) => fetch(`${base}${path}`, { redirect: "manual" });

describe("securityHeaders", () => {
  it("sends the common headers and HSTS in production", async () => {
    const res = await get("/json");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("keeps a page's own policy, once", async () => {
    const res = await get("/page");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self' 'nonce-abc'");
  });

  it("gives every other response, redirects included, the strict policy", async () => {
    for (const path of ["/json", "/redirect"]) {
      expect((await get(path)).headers.get("content-security-policy"), path).toBe(STATIC_CSP);
    }
    // Express's own 404 (never reached in Heard, where Remix answers every path) sets a stricter one.
    expect((await get("/no-such-thing")).headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(STATIC_CSP).toMatch(/default-src 'none'/);
    expect(STATIC_CSP).toMatch(/frame-ancestors 'none'/);
  });

  it("marks staff responses no-store unless they say otherwise, and only staff responses", async () => {
    expect((await get("/staff/thing")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/staff/cached")).headers.get("cache-control")).toBe("private, max-age=5");
    expect((await get("/staffing")).headers.get("cache-control")).toBeNull();
    expect((await get("/json")).headers.get("cache-control")).toBeNull();
  });

  it("sends no HSTS outside production", async () => {
    const app = express();
    app.use(securityHeaders(false));
    app.get("/", (_req, res) => res.send("ok"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(res.headers.get("strict-transport-security")).toBeNull();
    } finally {
      server.close();
    }
  });
});

describe("refuseLargeBodies", () => {
  const middleware = refuseLargeBodies(100, [{ path: IMPORT_ANSWERS_PATH, maxBytes: 1000 }]);
  function run(method: string, path: string, length: number): number | "next" {
    let status: number | "next" = "next";
    const res = { status: (code: number) => ((status = code), res), type: () => res, send: () => res };
    middleware({ method, path, headers: { "content-length": String(length) } } as never, res as never, () => {});
    return status;
  }

  it("refuses bodies over the limit, except POSTs to a listed path, up to that path's own limit", () => {
    expect(run("POST", "/feedback", 100)).toBe("next");
    expect(run("POST", "/feedback", 101)).toBe(413);
    expect(run("POST", "/staff/p/north/surveys/abc/import-answers", 1000)).toBe("next");
    expect(run("POST", "/staff/p/north/surveys/abc/import-answers.data", 1000)).toBe("next");
    expect(run("POST", "/staff/p/north/surveys/abc/import-answers", 1001)).toBe(413);
    expect(run("PUT", "/staff/p/north/surveys/abc/import-answers", 101)).toBe(413);
    expect(run("POST", "/staff/p/north/surveys/abc/import", 101)).toBe(413);
  });
});
