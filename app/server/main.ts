// `npm run serve` / `npm run dev`: Heard's server (app/server/server.ts), loaded
// only once the hook that mends postgres.js is in place (postgres-patch.mjs
// explains why), since a hook cannot change a module that is already loaded.
import { register } from "node:module";

register("./postgres-patch.mjs", import.meta.url);
// The route-matching memos must be in place before Remix is loaded (route-matching-cache.server.ts).
await import("./preload.server.ts");
await import("./server.ts");
