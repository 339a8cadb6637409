import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";
import { PROJECT_ROOT, TMP_DIR } from "./paths";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the one built app of this browser run listens, e.g. http://127.0.0.1:41234. */
    appUrl: string;
  }
}

/**
 * Starts ONE built app (on a fresh PGlite) for the whole browser suite and
 * hands its address to the tests: `inject("appUrl")`.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(PROJECT_ROOT, "build/server/index.js"))) {
    throw new Error(
      "The browser tests run the built app, and build/server/index.js is missing. Run `npm run build` first.",
    );
  }
  await mkdir(TMP_DIR, { recursive: true });
  const app = await startApp();
  project.provide("appUrl", app.url);
  return async () => {
    await app.stop();
    // A browser test that made the server fail leaves its trace here.
    const logged = app.output();
    if (/error/i.test(logged)) console.warn(`The app logged errors during the browser tests:\n${logged}`);
  };
}
