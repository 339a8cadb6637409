import { createHmac, randomBytes } from "node:crypto";

export interface RateLimitOptions {
  /** Posts allowed per minute from one address, on average; 0 turns the limit off. */
  perMinute: number;
  /** How many may come at once before the average applies. */
  burst?: number;
  /** For tests: the clock. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_TRACKED = 100_000;

/**
 * Limits public form posts per client address without ever keeping the
 * address: it is turned into an HMAC with a key made at random, held only in
 * this process's memory and replaced every day (with all counts), so nothing
 * stored or logged can be matched back to an address, even by us.
 *
 * Counts are per process: with N processes the real limit is up to N times
 * higher, which is the safe way to degrade (nobody is wrongly refused).
 */
export class PostRateLimiter {
  private key = randomBytes(32);
  private keyDay: number;
  private buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.perMs = options.perMinute / 60_000;
    this.burst = options.burst ?? Math.max(1, options.perMinute);
    this.keyDay = Math.floor(this.now() / DAY_MS);
  }

  get enabled(): boolean {
    return this.options.perMinute > 0;
  }

  /** The pseudonymous key for an address, valid until the day's key changes. */
  keyFor(address: string): string {
    this.rotateIfNewDay();
    return createHmac("sha256", this.key).update(address).digest("base64url").slice(0, 22);
  }

  /** Takes one post from the client's allowance; false when it has none left. */
  take(clientKey: string): boolean {
    if (!this.enabled) return true;
    this.rotateIfNewDay();
    const now = this.now();
    const bucket = this.buckets.get(clientKey) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(clientKey, bucket);
      return false;
    }
    bucket.tokens -= 1;
    if (!this.buckets.has(clientKey) && this.buckets.size >= MAX_TRACKED) this.forgetFullBuckets(now);
    this.buckets.set(clientKey, bucket);
    return true;
  }

  /** How many clients are being counted (for tests). */
  get trackedClients(): number {
    return this.buckets.size;
  }

  private rotateIfNewDay() {
    const day = Math.floor(this.now() / DAY_MS);
    if (day !== this.keyDay) {
      this.keyDay = day;
      this.key = randomBytes(32);
      this.buckets.clear();
    }
  }

  // Clients whose allowance has refilled need no memory.
  private forgetFullBuckets(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(key);
    }
  }
}
