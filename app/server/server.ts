import cluster from "node:cluster";
import path from "node:path";
import zlib from "node:zlib";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { languageCookieFor } from "~/modules/i18n/languages";
import { easyReadCookieFor } from "~/modules/i18n/easy-read";
import { openDatabase } from "~/modules/db/client.server";
import { sharedSecret } from "~/modules/db/settings.server";
import { demoStaffNotice, seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { isEmptyDatabase, seedDemo } from "~/modules/demo/seed.server";
import { IMPORT_ANSWERS_PATH, MAX_IMPORT_BODY_BYTES } from "~/modules/imports/limits";
import { runRetention } from "~/modules/retention/retention.server";
import { startRetention } from "~/modules/retention/scheduler.server";
import { PostRateLimiter } from "~/modules/security/rate-limit.server";
import { addressThrottleKey, throttleSecret } from "~/modules/staff/throttle.server";
import { superviseWorkers } from "./cluster.server";
import { PATCHED_MARKER } from "./postgres-patch.mjs";
import { readConfig, type ServerConfig } from "./config.server";
import { MAX_BODY_BYTES, STATIC_CSP, refuseLargeBodies, securityHeaders } from "./security-headers.server";

// Heard's own server: it opens the database once at start-up, hands it to
// Remix through the load context, logs no requests (no addresses), and closes
// the pool or PGlite cleanly on SIGTERM.
//
// HEARD_WORKERS=N (N > 1, PostgreSQL only): this process becomes the cluster's
// primary. It migrates and seeds once, then runs N workers, each the whole app
// below with its own pool; a worker that dies is replaced; SIGTERM stops them all.
if (!(globalThis as Record<string, unknown>)[PATCHED_MARKER] && process.env.DATABASE_URL) {
  console.warn("Heard: postgres.js is not the version app/server/postgres-patch.mjs mends: a PostgreSQL restart may stop this process");
}

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(`Heard cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (cluster.isPrimary && config.workers > 1) {
  await prepareDatabase(config);
  const supervisor = superviseWorkers({ cluster, workers: config.workers });
  console.log(`Heard: ${config.workers} workers on port ${config.port} (each with up to ${config.poolSize} database connections)`);
  const stopAll = (signal: NodeJS.Signals) => void supervisor.stop(signal).then(() => process.exit(0));
  process.on("SIGTERM", () => stopAll("SIGTERM"));
  process.on("SIGINT", () => stopAll("SIGINT"));
} else {
  await serve(config);
}

/** Migrations and the demo seed, once, before any worker starts (so workers never race to seed). */
async function prepareDatabase(config: ServerConfig) {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, "pglite"), poolSize: 2 });
  try {
    await migrateAndSeed(handle, config);
  } finally {
    await handle.close();
  }
}

async function migrateAndSeed(handle: Awaited<ReturnType<typeof openDatabase>>, config: ServerConfig) {
  await handle.migrate();
  if (config.seedDemo && (await isEmptyDatabase(handle.db))) {
    await seedDemo(handle.db);
    console.log("Heard: demo data seeded (Northshire Safeguarding Children Partnership)");
    const notice = demoStaffNotice(await seedDemoStaff(handle.db));
    if (notice) console.log(notice);
  }
}

async function serve(config: ServerConfig) {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, "pglite"),
    poolSize: config.poolSize,
  });
  await migrateAndSeed(handle, config);
  // Retention: deletes what has expired, daily (pg-boss on PostgreSQL, a timer on PGlite). Never waited for here.
  const retention = startRetention({
    enabled: config.retention,
    databaseUrl: config.databaseUrl,
    run: async (today) => {
      const result = await runRetention(handle.db, today);
      const gone = result.responsesDeleted + result.unsentResponsesDeleted + result.feedbackDeleted;
      const rawGone = result.responsesRawTextDeleted + result.feedbackRawTextDeleted;
      if (gone + rawGone > 0) console.log(`Heard: retention for ${today}: ${gone} responses or feedback deleted, raw text of ${rawGone} deleted`);
    },
  });
  const cookieSecrets = config.sessionSecrets ?? [await sharedSecret(handle.db, "respondent-cookie-secret")];

  const signInThrottleSecret = throttleSecret(cookieSecrets);
  const postLimiter = new PostRateLimiter({ perMinute: config.postsPerMinute });

  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  app.use(securityHeaders(config.production));
  // Pages are a few KB: a small Brotli window compresses them almost as well at a fraction of the CPU.
  app.use(compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 16, [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } }));
  // One staff page takes bigger posts: importing answers from a CSV file (up to 5 MB).
  app.use(refuseLargeBodies(MAX_BODY_BYTES, [{ path: IMPORT_ANSWERS_PATH, maxBytes: MAX_IMPORT_BODY_BYTES }]));
  // A language chosen with the switcher (?lng=pl) is remembered for the browser session,
  // whatever the page answers (a page, a redirect or an error).
  app.use((req, res, next) => {
    const local = ["localhost", "127.0.0.1", "[::1]", "::1"].includes(req.hostname);
    const cookie = req.query.lng ? languageCookieFor(new URL(req.originalUrl, "http://x"), config.production && !local) : null;
    if (cookie) res.append("Set-Cookie", cookie);
    // Easy Read chosen with its link (?easy=1 or ?easy=0): remembered the same way, holding only the mode.
    const easy = req.query.easy ? easyReadCookieFor(new URL(req.originalUrl, "http://x"), config.production && !local) : null;
    if (easy) res.append("Set-Cookie", easy);
    next();
  });

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (config.production) {
    const root = path.resolve("build");
    const setHeaders = (res: express.Response) => res.setHeader("Content-Security-Policy", STATIC_CSP);
    app.use("/assets", express.static(path.join(root, "client/assets"), { immutable: true, maxAge: "1y", setHeaders }));
    const publicFiles = express.static(path.join(root, "client"), { maxAge: "1h", setHeaders });
    // Only paths that look like files go to the disk: pages never cost a stat().
    app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()));
    build = (await import(path.join(root, "server/index.js"))) as ServerBuild;
  } else {
    const vite = await import("vite");
    const devServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(devServer.middlewares);
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.production ? "production" : "development",
      getLoadContext: (req) => {
        // The address is turned into a daily-keyed HMAC and goes no further. Both keys
        // are made only when something asks (a public post, a staff sign-in): a page
        // view needs neither, and two HMACs per request are not free.
        const address = req.ip ?? req.socket.remoteAddress ?? "";
        let clientKey: string | undefined;
        let throttleKey: string | undefined;
        return {
          db: handle.db,
          cookieSecrets,
          production: config.production,
          allowPublicPost: () => postLimiter.take((clientKey ??= postLimiter.enabled ? postLimiter.keyFor(address) : "")),
          get clientAddressKey() {
            return (throttleKey ??= addressThrottleKey(signInThrottleSecret, address));
          },
        };
      },
    }),
  );

  const server = app.listen(config.port, config.host, () => {
    const shown = config.host === "0.0.0.0" ? "localhost" : config.host;
    const worker = cluster.isWorker ? `, worker ${process.pid}` : "";
    console.log(`Heard is running at http://${shown}:${config.port} (database: ${handle.driver}${worker})`);
  });

  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`Heard: ${signal} received, finishing requests in flight`);
    server.close();
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
    await new Promise<void>((resolve) => server.once("close", () => resolve()));
    await retention.stop();
    await handle.close();
    process.exit(0);
  }
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
