import { describe, expect, it } from "vitest";
import { PostRateLimiter } from "./rate-limit.server";

describe("PostRateLimiter", () => {
  it("allows a burst, refuses the next post, and refills over time", () => {
    let now = 1_000_000;
    const limiter = new PostRateLimiter({ perMinute: 60, burst: 3, now: () => now });
    const client = limiter.keyFor("203.0.113.7");
    expect([limiter.take(client), limiter.take(client), limiter.take(client)]).toEqual([true, true, true]);
    expect(limiter.take(client)).toBe(false);
    now += 1_000; // one post a second
    expect(limiter.take(client)).toBe(true);
    expect(limiter.take(client)).toBe(false);
    // Another address has its own allowance.
    expect(limiter.take(limiter.keyFor("203.0.113.8"))).toBe(true);
  });

  it("never keeps the address, and forgets everything when the day's key changes", () => {
    let now = Date.UTC(2026, 10, 23, 23, 59);
    const limiter = new PostRateLimiter({ perMinute: 1, burst: 1, now: () => now });
    const key = limiter.keyFor("198.51.100.23");
    expect(key).not.toContain("198");
    expect(key).toBe(limiter.keyFor("198.51.100.23"));
    expect(limiter.take(key)).toBe(true);
    expect(limiter.take(key)).toBe(false);
    now += 2 * 60_000; // past midnight
    const tomorrow = limiter.keyFor("198.51.100.23");
    expect(tomorrow).not.toBe(key);
    expect(limiter.trackedClients).toBe(0);
    expect(limiter.take(tomorrow)).toBe(true);
  });

  it("does nothing when turned off", () => {
    const limiter = new PostRateLimiter({ perMinute: 0 });
    const client = limiter.keyFor("192.0.2.1");
    for (let i = 0; i < 1000; i++) expect(limiter.take(client)).toBe(true);
    expect(limiter.trackedClients).toBe(0);
  });
});
