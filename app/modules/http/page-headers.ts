import type { HeadersFunction } from "@remix-run/node";

/**
 * A page's headers: the loader's, with the action's on top after a post.
 * (When no action ran, Remix passes an empty Headers, not null, so
 * `actionHeaders ?? loaderHeaders` would drop the loader's `no-store`.)
 */
export const loaderAndActionHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders }) => {
  const merged = new Headers(loaderHeaders);
  actionHeaders.forEach((value, key) => merged.set(key, value));
  return merged;
};
