import { RemixBrowser } from "@remix-run/react";
import { hydrateRoot } from "react-dom/client";

// Only staff pages load this (public pages are not hydrated). Hydrate at once,
// not inside startTransition as Remix's default does: a person who presses
// Enter before a transition hydration ends meets React's "root did not
// complete" error (#345), which the keyboard sign-in test caught.
hydrateRoot(document, <RemixBrowser />);
