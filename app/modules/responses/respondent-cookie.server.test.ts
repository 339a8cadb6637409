import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { forgetResponses, rememberResponse, rememberedResponseId } from "./respondent-cookie.server";

// The respondent's one cookie, as its Set-Cookie header: what a browser test
// cannot see on 127.0.0.1 is the production form away from localhost.

const context = (production: boolean) => ({ production, cookieSecrets: ["r".repeat(32)] }) as unknown as AppLoadContext;
const attributes = (header: string) => header.split(/;\s*/).slice(1).map((a) => a.split("=")[0]!.toLowerCase());

describe("the heard_response cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/, Secure, a session cookie and without Domain in production", async () => {
    const header = await rememberResponse(context(true), new Request("https://heard.example.org/s/a"), "survey-1", "response-1");
    expect(header).toMatch(/^heard_response=/);
    expect(attributes(header).sort()).toEqual(["httponly", "path", "samesite", "secure"]);
    expect(header).toMatch(/; Path=\/(;|$)/);
    expect(header).toMatch(/; SameSite=Lax(;|$)/);
  });

  it("drops only Secure on localhost and outside production", async () => {
    for (const [production, url] of [
      [true, "http://localhost:3000/s/a"],
      [true, "http://127.0.0.1:3000/s/a"],
      [false, "https://heard.example.org/s/a"],
    ] as const) {
      const header = await rememberResponse(context(production), new Request(url), "survey-1", "response-1");
      expect(attributes(header).sort(), url).toEqual(["httponly", "path", "samesite"]);
    }
  });

  it("is signed: an edited value is not read", async () => {
    const ctx = context(true);
    const header = await rememberResponse(ctx, new Request("https://heard.example.org/s/a"), "survey-1", "response-1");
    const pair = header.split(";")[0]!;
    const read = (cookie: string) => rememberedResponseId(ctx, new Request("https://heard.example.org/s/a", { headers: { Cookie: cookie } }), "survey-1");
    expect(await read(pair)).toBe("response-1");
    const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
    const forged = Buffer.from(JSON.stringify({ "survey-1": "response-2" })).toString("base64");
    expect(await read(`${name}=${encodeURIComponent(forged)}.${value.split(".").pop()}`)).toBeUndefined();
  });

  it("is deleted with the same attributes", async () => {
    const header = await forgetResponses(context(true), new Request("https://heard.example.org/exit"));
    expect(header).toMatch(/^heard_response=;/);
    expect(header).toMatch(/Max-Age=0/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/Secure/);
  });
});
