import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while the page hydrates (so the first render in the
 * browser matches the server's HTML), true afterwards and at once for a page
 * reached by a client-side navigation. Widgets that render differently with
 * JavaScript (react-aria, whose positioning writes inline styles the
 * Content-Security-Policy refuses in server HTML) switch on it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false
  );
}
