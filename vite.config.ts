import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    !process.env.VITEST &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
          v3_routeConfig: true,
        },
      }),
    tsconfigPaths(),
  ],
  build: { assetsInlineLimit: 0 },
  test: {
    // Two test files at a time even on 2 cores (vitest's default would be one): most of
    // a browser or database test is waiting (for Chromium, the server, a fresh TOTP step).
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts"],
          environment: "node",
        },
      },
      // The same integration suite runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
      ...(["pglite", "postgres"] as const)
        .filter((driver) => driver === "pglite" || !!process.env.TEST_DATABASE_URL)
        .map((driver) => ({
          extends: true as const,
          test: {
            name: `integration:${driver}`,
            include: ["tests/integration/**/*.test.ts"],
            globalSetup: ["tests/support/integration-global.ts"],
            env: { HEARD_TEST_DB: driver },
            testTimeout: 30_000,
            hookTimeout: 60_000,
            pool: "forks" as const,
          },
        })),
      // Property-based fuzzing of every public form (tests/fuzz): FUZZ_RUNS cases per property.
      {
        extends: true,
        test: {
          name: "fuzz",
          include: ["tests/fuzz/**/*.test.ts"],
          globalSetup: ["tests/support/integration-global.ts"],
          env: { HEARD_TEST_DB: "pglite" },
          testTimeout: 1_800_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/browser-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          // Files share one app (tests/support/browser-global.ts); a file that changes demo data starts its own.
        },
      },
      {
        extends: true,
        test: {
          // The short load and fault scenarios (tests/load): two built app processes on a
          // PostgreSQL cluster of the file's own. `npm run build` first. One file at a time:
          // they measure, and they stop and start PostgreSQL.
          name: "load",
          include: ["tests/load/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
