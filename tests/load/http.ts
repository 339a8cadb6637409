// The load generator's HTTP side: a round-robin "load balancer" over the app
// processes (no sticky sessions: any process may serve any request), a cookie
// jar per simulated person, and the figures every request adds to.

export class Stats {
  requests = 0;
  /** Milliseconds from sending a request to having read its whole answer. */
  latencies: number[] = [];
  /** Requests that failed on the network (a killed process, a reset) and were sent again to another process. */
  networkRetries = 0;
  /** "We could not save that, please try again" pages seen (the database away), each checked for what was typed. */
  couldNotSave = 0;
  /** Of those, pages re-showing an answer, where what was given was found in the form again. */
  answersKept = 0;
  /** Pages shown without the database ("we cannot reach our system"): still a form to answer. */
  unavailablePages = 0;
  /** Anything a person should never see (a 500, a wrong page, a lost value on the error page). */
  errors: string[] = [];

  error(message: string): void {
    if (this.errors.length < 1000) this.errors.push(message);
    else this.errors[999] = `${message} (and more)`;
  }

  percentile(p: number): number {
    if (this.latencies.length === 0) return 0;
    const sorted = Float64Array.from(this.latencies).sort();
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }
}

export class NetworkError extends Error {}

/**
 * Sends each request to the next process in turn. A process that fails on the
 * network is skipped for a while (as a load balancer's health check would) and
 * the request goes to the next one.
 */
export class Balancer {
  private next = 0;
  private downUntil = new Map<string, number>();
  constructor(public servers: string[]) {}

  pick(): string {
    const now = Date.now();
    for (let i = 0; i < this.servers.length; i++) {
      const server = this.servers[this.next++ % this.servers.length]!;
      if ((this.downUntil.get(server) ?? 0) <= now) return server;
    }
    return this.servers[this.next++ % this.servers.length]!;
  }

  markDown(server: string, ms = 2_000): void {
    this.downUntil.set(server, Date.now() + ms);
  }
}

export interface Reply {
  status: number;
  location: string | null;
  body: string;
  server: string;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One browser: its own cookies, sending through the balancer. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(
    private balancer: Balancer,
    private stats: Stats,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /**
   * One request, sent again to another process after a network failure (up to
   * `attempts` times). A request that reached a process which then died may
   * have been done already: every step of the journey is safe to repeat.
   */
  async send(
    method: "GET" | "POST",
    path: string,
    body?: URLSearchParams | { json: unknown },
    { attempts = 60, server: only }: { attempts?: number; server?: string } = {},
  ): Promise<Reply> {
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const server = only ?? this.balancer.pick();
      const headers: Record<string, string> = {};
      if (this.cookies.size > 0) headers.cookie = this.cookieHeader;
      let payload: string | undefined;
      if (body instanceof URLSearchParams) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        payload = body.toString();
      } else if (body) {
        headers["content-type"] = "application/json";
        payload = JSON.stringify(body.json);
      }
      const started = performance.now();
      try {
        const res = await fetch(server + path, { method, headers, body: payload, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        const text = await res.text();
        this.stats.requests++;
        this.stats.latencies.push(performance.now() - started);
        for (const cookie of res.headers.getSetCookie()) {
          const [pair] = cookie.split(";");
          const eq = pair!.indexOf("=");
          const name = pair!.slice(0, eq).trim();
          const value = pair!.slice(eq + 1).trim();
          if (/Max-Age=0\b|Expires=Thu, 01 Jan 1970/i.test(cookie) || value === "") this.cookies.delete(name);
          else this.cookies.set(name, value);
        }
        return { status: res.status, location: res.headers.get("location"), body: text, server };
      } catch (error) {
        lastError = error;
        this.stats.networkRetries++;
        this.balancer.markDown(server);
        await sleep(50 + Math.random() * 150);
      }
    }
    throw new NetworkError(`${method} ${path}: no process answered after ${attempts} tries (${String(lastError)})`);
  }
}

/** Form fields as a browser sends them (a key may repeat). */
export function form(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body;
}
