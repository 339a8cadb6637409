import { afterAll, beforeAll } from "vitest";
import { startApp, type RunningApp } from "./app-server";

/**
 * An app of the test file's own, for files that change demo data (the shared
 * app serves the other files at the same time): started before the file's
 * tests, stopped after them. Read `url` and `output()` inside the tests.
 */
export function appForThisFile(env: Record<string, string> = {}): Pick<RunningApp, "url" | "output"> {
  let app: RunningApp | undefined;
  beforeAll(async () => {
    app = await startApp(env);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });
  const started = (): RunningApp => {
    if (!app) throw new Error("this file's app has not started");
    return app;
  };
  return {
    get url() {
      return started().url;
    },
    output: () => started().output(),
  };
}
