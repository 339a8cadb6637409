import type { Database } from "~/modules/db/client.server";

/** What the server hands every loader and action (see app/server/main.ts). */
export interface HeardLoadContext {
  db: Database;
  /** Secrets that sign the respondent cookie; the first signs, all verify (rotation). */
  cookieSecrets: string[];
  /** Sends cookies with Secure and turns on HSTS. */
  production: boolean;
  /** Takes one public form post from this client's allowance (see PostRateLimiter); false when it is used up. */
  allowPublicPost: () => boolean;
  /**
   * The client's address as a sign-in throttle key: an HMAC under a server
   * secret and the day (see addressThrottleKey), never the address itself.
   * Missing (tests of public pages) means no per-address throttle.
   */
  clientAddressKey?: string;
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends HeardLoadContext {}
}
