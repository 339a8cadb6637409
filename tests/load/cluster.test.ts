import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { createPgCluster, type PgCluster } from "../support/pg-cluster";

// HEARD_WORKERS=2: one command, two workers sharing the port, a worker that
// dies replaced, SIGTERM stopping them all; and PGlite refusing it.

let cluster: PgCluster;
let app: RunningApp;

const workerPids = (output: string) => [...output.matchAll(/\(database: postgres, worker (\d+)\)/g)].map((m) => Number(m[1]));

async function until(condition: () => boolean, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

beforeAll(async () => {
  cluster = await createPgCluster();
  const url = await cluster.createDatabase("heard");
  app = await startApp({ DATABASE_URL: url, HEARD_WORKERS: "2", HEARD_RETENTION: "off" });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await cluster?.dispose();
});

describe("HEARD_WORKERS", () => {
  it("runs two workers on one port, and starts another when one is killed", async () => {
    expect(await until(() => workerPids(app.output()).length === 2), app.output()).toBe(true);
    const [first, second] = workerPids(app.output());
    expect(first).not.toBe(second);
    expect(app.output()).toContain("Heard: 2 workers on port");

    process.kill(first!, "SIGKILL");
    expect(await until(() => workerPids(app.output()).length === 3), app.output()).toBe(true);
    expect(app.output()).toContain(`Heard: worker ${first} stopped (signal SIGKILL); starting another`);
    for (let i = 0; i < 6; i++) expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it("stops every worker and exits cleanly on SIGTERM", async () => {
    const pids = workerPids(app.output()).slice(-2);
    const exited = new Promise<number | null>((resolve) => app.process.once("exit", resolve));
    app.process.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0), `worker ${pid} still running`).toThrow();
  });

  it("refuses more than one worker on the embedded PGlite database, with a clear message", async () => {
    await expect(startApp({ HEARD_WORKERS: "2" }, 30_000)).rejects.toThrow(/HEARD_WORKERS=2 needs PostgreSQL: set DATABASE_URL/);
  });
});
