import type { RequestHandler } from "express";

/**
 * Headers for every response. Pages get their Content-Security-Policy (with a
 * per-request nonce) from app/entry.server.tsx; every other response (static
 * files, resource routes, redirects) gets STATIC_CSP. Staff responses are
 * never stored.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return (req, res, next) => {
    const staff = req.path === "/staff" || req.path.startsWith("/staff/");
    // Anything that is not a page (health, redirects, JSON, exports, files, the
    // 404 of a missing file) gets the strictest policy, set just before the
    // headers go out so a page's own policy (with its nonce) is never doubled.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!res.getHeader("Content-Security-Policy")) res.setHeader("Content-Security-Policy", STATIC_CSP);
      // Nothing from the staff workspace is ever stored, even a response whose route forgot to say so.
      if (staff && !res.getHeader("Cache-Control")) res.setHeader("Cache-Control", "no-store");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    res.setHeader("X-Content-Type-Options", "nosniff");
    // "same-origin", not "no-referrer": under "no-referrer" browsers send `Origin: null`
    // with form posts, which Remix refuses as a possible CSRF attack (every answer
    // failed with a 500). Other sites still get no referrer at all.
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

/** For files served as they are: nothing in them may run or load anything. */
export const STATIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; frame-ancestors 'none'";

/** No public form comes near this; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses (413) a body longer than `maxBytes`, or than the limit of a POST to
 * one of the `larger` paths (a staff page that takes a file: each route also
 * counts the bytes it reads, and checks who is posting before it reads them).
 */
export function refuseLargeBodies(maxBytes: number, larger: readonly { path: RegExp; maxBytes: number }[] = []): RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    const limit = (req.method === "POST" ? larger.find((l) => l.path.test(req.path))?.maxBytes : undefined) ?? maxBytes;
    if (length > limit) {
      res.status(413).type("text/plain").send("Request too large");
      return;
    }
    next();
  };
}
