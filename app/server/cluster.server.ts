import type { Worker } from "node:cluster";

// HEARD_WORKERS=N: the first process (the primary) serves nothing itself. It
// starts N workers, each a whole app with its own pool of connections to the
// shared PostgreSQL (Node's cluster hands incoming connections to them in
// turn), starts another when one dies, and on SIGTERM or SIGINT asks every
// worker to finish its requests and waits for them before it exits.

export interface ClusterLike {
  fork(env?: NodeJS.ProcessEnv): Worker;
  on(event: "exit", listener: (worker: Worker, code: number | null, signal: string | null) => void): unknown;
}

export interface SupervisorOptions {
  cluster: ClusterLike;
  workers: number;
  log?: (message: string) => void;
  /** A worker that dies sooner than this after starting counts as a crash loop: the next one waits longer. */
  healthyAfterMs?: number;
  /** Longest wait before starting another worker after repeated quick deaths. */
  maxRestartDelayMs?: number;
  /** How long a stop waits for workers to finish before killing them. */
  stopTimeoutMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export interface Supervisor {
  /** Live workers now. */
  readonly workers: ReadonlySet<Worker>;
  /** Asks every worker to stop (SIGTERM) and resolves when all have exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The wait before replacing a worker that lived `livedMs`, given how many quick deaths came just before. */
export function restartDelayMs(quickDeaths: number, maxMs: number): number {
  if (quickDeaths <= 0) return 0;
  return Math.min(maxMs, 250 * 2 ** (quickDeaths - 1));
}

export function superviseWorkers(options: SupervisorOptions): Supervisor {
  const log = options.log ?? ((message) => console.log(message));
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const healthyAfterMs = options.healthyAfterMs ?? 10_000;
  const maxRestartDelayMs = options.maxRestartDelayMs ?? 30_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 15_000;

  const live = new Set<Worker>();
  const startedAt = new Map<Worker, number>();
  let quickDeaths = 0;
  let stopping: Promise<void> | null = null;
  let allExited: () => void = () => {};

  const start = () => {
    if (stopping) return;
    const worker = options.cluster.fork();
    live.add(worker);
    startedAt.set(worker, now());
  };

  options.cluster.on("exit", (worker, code, signal) => {
    if (!live.delete(worker)) return;
    const lived = now() - (startedAt.get(worker) ?? now());
    startedAt.delete(worker);
    if (stopping) {
      if (live.size === 0) allExited();
      return;
    }
    quickDeaths = lived < healthyAfterMs ? quickDeaths + 1 : 0;
    const delay = restartDelayMs(quickDeaths, maxRestartDelayMs);
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    log(`Heard: worker ${worker.process.pid} stopped (${how}); starting another${delay ? ` in ${delay} ms` : ""}`);
    if (delay === 0) start();
    else setTimer(start, delay);
  });

  for (let i = 0; i < options.workers; i++) start();

  return {
    workers: live,
    stop(signal: NodeJS.Signals = "SIGTERM") {
      stopping ??= new Promise<void>((resolve) => {
        if (live.size === 0) return resolve();
        allExited = resolve;
        log(`Heard: ${signal} received, stopping ${live.size} workers`);
        for (const worker of live) worker.process.kill("SIGTERM");
        const timer = setTimeout(() => {
          for (const worker of live) worker.process.kill("SIGKILL");
        }, stopTimeoutMs);
        timer.unref();
      });
      return stopping;
    },
  };
}
