import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { readStaffToken, staffCookieHeader, staffCookieName } from "./session.server";

const context = (production: boolean) => ({ production, cookieSecrets: ["s".repeat(32)] }) as unknown as AppLoadContext;
const TOKEN = "A".repeat(43);

describe("the staff cookie", () => {
  it("is a __Host- cookie, Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain in production", () => {
    const request = new Request("https://heard.example.org/staff/sign-in");
    const header = staffCookieHeader(context(true), request, TOKEN);
    expect(header).toBe(`__Host-heard_staff=${TOKEN}; Path=/; HttpOnly; SameSite=Lax; Secure`);
    expect(header).not.toMatch(/Domain=/i);
    expect(header).not.toMatch(/Max-Age|Expires/i);
  });

  it("drops __Host- and Secure on localhost and outside production, and keeps the rest", () => {
    for (const [production, url] of [
      [true, "http://localhost:3000/staff"],
      [true, "http://127.0.0.1:3000/staff"],
      [false, "https://heard.example.org/staff"],
    ] as const) {
      const header = staffCookieHeader(context(production), new Request(url), TOKEN);
      expect(header, url).toBe(`heard_staff=${TOKEN}; Path=/; HttpOnly; SameSite=Lax`);
    }
  });

  it("is cleared with Max-Age=0 on sign-out", () => {
    const request = new Request("https://heard.example.org/staff/sign-out");
    expect(staffCookieHeader(context(true), request, null)).toBe("__Host-heard_staff=; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0");
  });

  it("reads only its own well-formed token", () => {
    const request = (cookie: string) => new Request("https://heard.example.org/staff", { headers: { Cookie: cookie } });
    const ctx = context(true);
    expect(staffCookieName(ctx, request(""))).toBe("__Host-heard_staff");
    expect(readStaffToken(ctx, request(`a=1; __Host-heard_staff=${TOKEN}`))).toBe(TOKEN);
    // A plain-named cookie (which a sub-domain could set) is not read in production.
    expect(readStaffToken(ctx, request(`heard_staff=${TOKEN}`))).toBeNull();
    expect(readStaffToken(ctx, request("__Host-heard_staff=short"))).toBeNull();
  });
});
