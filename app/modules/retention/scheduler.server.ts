import type PgBoss from "pg-boss";
import postgres from "postgres";
import { ukToday } from "~/modules/workspace/dates";
import { safeErrorForLog } from "~/modules/logging/safe-error";

// When the retention job runs.
//
// On PostgreSQL, a pg-boss schedule (its own schema, `pgboss`, in the same
// database): every app process may start pg-boss and register the same
// schedule and worker, but pg-boss makes one job per slot of the cron
// expression, and one worker takes it, so the job runs once a day whatever the
// number of processes. The queue is "stately" (at most one job waiting and one
// running), so a job missed while every process was down does not pile up.
//
// On PGlite (one process), a small in-process timer: once at start-up, then
// whenever the UK day has changed since the last run (checked every hour).
//
// Neither ever holds up start-up or shutdown: starting happens in the
// background, and stopping waits only a few seconds for a run in progress.
// HEARD_RETENTION=off turns both off.

export const RETENTION_QUEUE = "heard-retention";
/** Daily at 02:30, UK time (Europe/London, so it follows the clock changes). */
export const RETENTION_CRON = "30 2 * * *";
export const RETENTION_TIME_ZONE = "Europe/London";
/** How often the in-process timer looks whether the UK day has changed. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** How long stopping waits for a run in progress. */
export const STOP_WAIT_MS = 5_000;

export interface RetentionScheduler {
  /** What is running it: "pg-boss", "in-process", or "off". */
  readonly kind: "pg-boss" | "in-process" | "off";
  /** Stops scheduling and waits (a few seconds at most) for a run in progress. Safe to call twice. */
  stop(): Promise<void>;
}

/** HEARD_RETENTION=off (or 0, false, no) turns the job off; anything else, or nothing, leaves it on. */
export function retentionEnabled(value: string | undefined): boolean {
  return !["off", "0", "false", "no"].includes((value ?? "").trim().toLowerCase());
}

/** One run: the app passes `(day) => runRetention(db, day)`. */
export type RetentionRun = (today: string) => Promise<unknown>;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (fn, ms) => {
    const handle = setInterval(fn, ms);
    handle.unref(); // never keeps the process alive
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface InProcessOptions {
  run: RetentionRun;
  now?: () => Date;
  timers?: Timers;
  checkEveryMs?: number;
  onError?: (error: unknown) => void;
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    void promise.catch(() => {}).finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** PGlite: runs at once (in the background), then once each new UK day. */
export function startInProcessRetention(options: InProcessOptions): RetentionScheduler & { readonly running: Promise<void> | null } {
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? realTimers;
  const onError = options.onError ?? ((error) => console.error(`Heard: the retention job failed: ${safeErrorForLog(error)}`));
  let lastDay: string | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let stopping: Promise<void> = Promise.resolve();

  const tick = () => {
    if (stopped || running) return;
    const today = ukToday(now());
    if (today === lastDay) return;
    running = options
      .run(today)
      .then(() => {
        lastDay = today;
      })
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };

  const interval = timers.setInterval(tick, options.checkEveryMs ?? CHECK_EVERY_MS);
  tick();
  return {
    kind: "in-process",
    get running() {
      return running;
    },
    stop() {
      if (!stopped) {
        stopped = true;
        timers.clearInterval(interval);
        stopping = running ? withTimeout(running, STOP_WAIT_MS) : Promise.resolve();
      }
      return stopping;
    },
  };
}

/** Any number will do, as long as every process uses the same one (the migrations use 727001). */
export const RETENTION_LOCK_ID = 727_002;

async function underAdvisoryLock(databaseUrl: string, work: () => Promise<void>): Promise<void> {
  // A session-level lock needs one connection for lock and unlock.
  const single = postgres(databaseUrl, { max: 1, onnotice: () => {}, connection: { application_name: "heard-retention" } });
  try {
    await single`select pg_advisory_lock(${RETENTION_LOCK_ID})`;
    try {
      await work();
    } finally {
      await single`select pg_advisory_unlock(${RETENTION_LOCK_ID})`;
    }
  } finally {
    await single.end({ timeout: 5 });
  }
}

export interface PgBossOptions {
  databaseUrl: string;
  run: RetentionRun;
  now?: () => Date;
  /** Extra pg-boss settings (tests poll faster). */
  boss?: Partial<PgBoss.ConstructorOptions>;
  onError?: (error: unknown) => void;
}

/** PostgreSQL: registers the daily schedule and this process's worker. Resolves once pg-boss has started. */
export async function startPgBossRetention(options: PgBossOptions): Promise<RetentionScheduler & { readonly boss: PgBoss }> {
  const { default: PgBossClass } = await import("pg-boss");
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error) => console.error(`Heard: the retention job failed: ${safeErrorForLog(error)}`));
  const boss = new PgBossClass({
    connectionString: options.databaseUrl,
    schema: "pgboss",
    application_name: "heard-retention",
    max: 2,
    ...options.boss,
  });
  boss.on("error", onError);
  try {
    // pg-boss makes a partition of its job table for each new queue, and that
    // deadlocks with another process's pg-boss starting (making its own
    // internal queue) or polling at the same moment. So processes start
    // pg-boss and make the queue one at a time, under a lock; a process that
    // comes later finds the queue made.
    await underAdvisoryLock(options.databaseUrl, async () => {
      await boss.start();
      if (!(await boss.getQueue(RETENTION_QUEUE))) {
        await boss.createQueue(RETENTION_QUEUE, {
          name: RETENTION_QUEUE,
          policy: "stately",
          retryLimit: 3,
          retryDelay: 15 * 60,
          expireInSeconds: 60 * 60,
        });
      }
      await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, {}, { tz: RETENTION_TIME_ZONE });
    });
    await boss.work(RETENTION_QUEUE, { batchSize: 1 }, async () => {
      // A failure fails the job, so pg-boss tries again later (retryLimit).
      await options.run(ukToday(now()));
    });
  } catch (error) {
    await boss.stop({ graceful: false, timeout: 1_000 }).catch(() => {});
    throw error;
  }
  // Every caller of stop() waits for the same stop, however many there are.
  let stopping: Promise<void> | null = null;
  return {
    kind: "pg-boss",
    boss,
    stop() {
      stopping ??= boss.stop({ graceful: true, wait: true, timeout: STOP_WAIT_MS }).catch(onError);
      return stopping;
    },
  };
}

export interface StartRetentionOptions {
  /** HEARD_RETENTION. */
  enabled: boolean;
  /** Set on PostgreSQL; absent on PGlite. */
  databaseUrl?: string;
  run: RetentionRun;
  log?: (message: string) => void;
  onError?: (error: unknown) => void;
}

/**
 * Starts the right scheduler for the database, without waiting for it: the
 * app starts serving at once. `stop()` waits for the start to finish first.
 */
export function startRetention(options: StartRetentionOptions): RetentionScheduler {
  const log = options.log ?? ((message) => console.log(message));
  const onError = options.onError ?? ((error) => console.error(`Heard: the retention job failed: ${safeErrorForLog(error)}`));
  if (!options.enabled) {
    log("Heard: the retention job is off (HEARD_RETENTION=off)");
    return { kind: "off", stop: async () => {} };
  }
  if (!options.databaseUrl) return startInProcessRetention({ run: options.run, onError });
  let stopRequested = false;
  const starting = startPgBossRetention({ databaseUrl: options.databaseUrl, run: options.run, onError }).then(
    (scheduler) => {
      // Started after shutdown gave up waiting for it: stop at once.
      if (stopRequested) void scheduler.stop();
      return scheduler;
    },
    (error: unknown) => {
      console.error(`Heard: the retention schedule could not start; nothing expires until it does: ${safeErrorForLog(error)}`);
      return null;
    },
  );
  return {
    kind: "pg-boss",
    async stop() {
      stopRequested = true;
      const scheduler = await Promise.race([starting, new Promise<null>((resolve) => setTimeout(() => resolve(null), STOP_WAIT_MS).unref())]);
      await scheduler?.stop();
    },
  };
}
