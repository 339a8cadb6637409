import type { AppLoadContext } from "@remix-run/node";

export const BASE = "http://heard.test";

export interface RunResult {
  status: number;
  location: string | null;
  data: unknown;
  headers?: Headers;
}

/**
 * One person's browser for integration tests: keeps the cookie the app sets,
 * and can send extra headers (an address, a user agent) with every request.
 */
export class TestClient {
  cookie = "";
  constructor(
    private context: () => AppLoadContext,
    private extraHeaders: Record<string, string> = {},
  ) {}

  request(path: string, form?: Record<string, string | string[]>): Request {
    const headers = new Headers(this.extraHeaders);
    if (this.cookie) headers.set("Cookie", this.cookie);
    if (!form) return new Request(BASE + path, { headers });
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    return new Request(BASE + path, { method: "POST", headers, body });
  }

  /** Runs a loader or action; thrown responses (redirects, 404s) come back as results. */
  async run(fn: (context: AppLoadContext, request: Request) => Promise<unknown>, request: Request, context = this.context()): Promise<RunResult> {
    let result: unknown;
    try {
      result = await fn(context, request);
    } catch (thrown) {
      // Remix answers an error that is neither a response nor data() with a 500.
      if (thrown instanceof Error) return { status: 500, location: null, data: thrown };
      result = thrown;
    }
    if (result instanceof Response) {
      const setCookie = result.headers.get("Set-Cookie");
      if (setCookie) this.cookie = setCookie.split(";")[0]!;
      // A resource route's JSON answer is its data.
      const json = result.headers.get("Content-Type")?.startsWith("application/json") ? await result.clone().json() : undefined;
      return { status: result.status, location: result.headers.get("Location"), data: json, headers: result.headers };
    }
    const single = result as { type?: string; data: unknown; init?: ResponseInit | null };
    if (single?.type === "DataWithResponseInit") {
      const headers = new Headers(single.init?.headers);
      const setCookie = headers.get("Set-Cookie");
      if (setCookie) this.cookie = setCookie.split(";")[0]!;
      return { status: single.init?.status ?? 200, location: headers.get("Location"), data: single.data, headers };
    }
    return { status: 200, location: null, data: result };
  }
}
