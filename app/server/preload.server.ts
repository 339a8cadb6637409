import { installRouteMatchingMemos } from "./route-matching-cache.server";

// Imported first by main.ts: runs before anything loads Remix (see route-matching-cache.server.ts).
installRouteMatchingMemos();
