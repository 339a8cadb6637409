import { EventEmitter } from "node:events";
import type { Worker } from "node:cluster";
import { describe, expect, it } from "vitest";
import { restartDelayMs, superviseWorkers, type ClusterLike } from "./cluster.server";
import { readWorkers } from "./config.server";

/** A cluster whose workers are plain objects: kill() records the signal; die() reports an exit. */
function fakeCluster() {
  const events = new EventEmitter();
  let nextPid = 100;
  const forked: (Worker & { signals: string[] })[] = [];
  const cluster: ClusterLike = {
    fork() {
      const signals: string[] = [];
      const worker = { process: { pid: nextPid++, kill: (s: string) => (signals.push(s), true) }, signals } as unknown as Worker & { signals: string[] };
      forked.push(worker);
      return worker;
    },
    on(event, listener) {
      events.on(event, listener);
      return cluster;
    },
  };
  const die = (worker: Worker, code: number | null, signal: string | null) => events.emit("exit", worker, code, signal);
  return { cluster, forked, die };
}

describe("HEARD_WORKERS", () => {
  it("is 1 when unset, a whole number, or one per CPU for auto", () => {
    expect(readWorkers(undefined, undefined)).toBe(1);
    expect(readWorkers("", "postgres://x")).toBe(1);
    expect(readWorkers("4", "postgres://x")).toBe(4);
    expect(readWorkers("auto", "postgres://x", 6)).toBe(6);
    expect(readWorkers("1", undefined)).toBe(1);
  });

  it("refuses more than one worker on the embedded PGlite database, saying why", () => {
    expect(() => readWorkers("2", undefined)).toThrow(/HEARD_WORKERS=2 needs PostgreSQL: set DATABASE_URL.*cannot be shared/);
    expect(() => readWorkers("auto", undefined, 2)).toThrow(/needs PostgreSQL/);
  });

  it("refuses nonsense", () => {
    for (const bad of ["0", "-1", "2.5", "many", "1000"]) expect(() => readWorkers(bad, "postgres://x"), bad).toThrow(/whole number/);
  });
});

describe("superviseWorkers", () => {
  it("starts N workers and replaces one that dies, at once when it had run a while", () => {
    const { cluster, forked, die } = fakeCluster();
    let clock = 0;
    const logs: string[] = [];
    const supervisor = superviseWorkers({ cluster, workers: 2, now: () => clock, log: (m) => logs.push(m) });
    expect(forked).toHaveLength(2);
    clock = 60_000;
    die(forked[0]!, null, "SIGKILL");
    expect(forked).toHaveLength(3);
    expect(supervisor.workers.size).toBe(2);
    expect(supervisor.workers.has(forked[0]!)).toBe(false);
    expect(logs.at(-1)).toBe("Heard: worker 100 stopped (signal SIGKILL); starting another");
  });

  it("waits longer and longer before replacing workers that keep dying at start-up", () => {
    const { cluster, forked, die } = fakeCluster();
    const timers: { fn: () => void; ms: number }[] = [];
    superviseWorkers({ cluster, workers: 1, now: () => 0, log: () => {}, setTimer: (fn, ms) => timers.push({ fn, ms }) });
    die(forked[0]!, 1, null);
    expect(forked).toHaveLength(1);
    expect(timers.map((t) => t.ms)).toEqual([250]);
    timers[0]!.fn();
    die(forked[1]!, 1, null);
    expect(timers.map((t) => t.ms)).toEqual([250, 500]);
    expect(restartDelayMs(20, 30_000)).toBe(30_000);
    expect(restartDelayMs(0, 30_000)).toBe(0);
  });

  it("on stop, sends SIGTERM to every worker, starts none again, and resolves when all have exited", async () => {
    const { cluster, forked, die } = fakeCluster();
    const supervisor = superviseWorkers({ cluster, workers: 3, log: () => {} });
    let stopped = false;
    const stopping = supervisor.stop("SIGTERM").then(() => (stopped = true));
    expect(forked.map((w) => w.signals)).toEqual([["SIGTERM"], ["SIGTERM"], ["SIGTERM"]]);
    die(forked[0]!, 0, null);
    die(forked[1]!, 0, null);
    await Promise.resolve();
    expect(stopped).toBe(false);
    die(forked[2]!, 0, null);
    await stopping;
    expect(stopped).toBe(true);
    expect(forked).toHaveLength(3);
  });
});
