import { existsSync } from "node:fs";
import { appendFileSync, writeFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";
import { PROJECT_ROOT, TMP_DIR } from "./paths";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the one built app of this browser run listens, e.g. http://127.0.0.1:41234. */
    appUrl: string;
    /** A file that holds everything the app prints (e.g. invitation mails, when HEARD_SMTP_URL is unset). */
    appLog: string;
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
  // The app's output, kept in a file the tests can read: invitations are mailed to the log.
  const appLog = path.join(TMP_DIR, `app-output-${process.pid}.log`);
  writeFileSync(appLog, app.output());
  app.process.stdout?.on("data", (chunk: Buffer) => appendFileSync(appLog, chunk));
  app.process.stderr?.on("data", (chunk: Buffer) => appendFileSync(appLog, chunk));
  project.provide("appLog", appLog);
  return async () => {
    await app.stop();
    await rm(appLog, { force: true });
    // A browser test that made the server fail leaves its trace here.
    const logged = app.output();
    if (/error/i.test(logged)) console.warn(`The app logged errors during the browser tests:\n${logged}`);
  };
}
