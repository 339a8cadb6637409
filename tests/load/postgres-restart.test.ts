import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchPostgresConnection } from "~/server/postgres-patch.mjs";
import { PROJECT_ROOT } from "../support/paths";
import { createPgCluster, type PgCluster } from "../support/pg-cluster";

// postgres.js 3.4.9 kills the whole process when PostgreSQL stops during a
// transaction (porsager/postgres#1154); app/server/postgres-patch.mjs mends it.

const CHILD = path.join(PROJECT_ROOT, "tests/load/fixtures/transactions-child.mjs");
let cluster: PgCluster;

beforeAll(async () => {
  cluster = await createPgCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.dispose();
});

/** Runs the child, stops PostgreSQL while its transactions wait, starts it again. */
async function stopDuringTransactions(patched: boolean) {
  const child = spawn(process.execPath, [CHILD], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: cluster.url(), HEARD_PATCH: patched ? "1" : "0" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const waitFor = async (text: string) => {
    const until = Date.now() + 20_000;
    while (!output.includes(text) && child.exitCode === null && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  };
  await waitFor("ready");
  await new Promise((r) => setTimeout(r, 300)); // the transactions are in pg_sleep
  await cluster.stop("fast");
  await waitFor("settled");
  await cluster.start();
  const code = await exited;
  return { code, output };
}

describe("postgres.js when PostgreSQL stops during transactions", () => {
  it("the patch applies to the installed postgres.js, and only to the source it knows", () => {
    const source = readFileSync(path.join(PROJECT_ROOT, "node_modules/postgres/src/connection.js"), "utf8");
    const patched = patchPostgresConnection(source);
    expect(patched, "postgres.js changed: check whether it still needs app/server/postgres-patch.mjs").not.toBeNull();
    expect(patched).toContain("if (!socket) {");
    expect(patchPostgresConnection("function nextWrite(fn) {}")).toBeNull();
  });

  it("unmended, the process dies (the bug the patch is for)", async () => {
    const { code, output } = await stopDuringTransactions(false);
    expect(code, output).toBe(1);
    expect(output).toContain("Cannot read properties of null (reading 'write')");
  }, 60_000);

  it("mended, the transactions fail with CONNECTION_CLOSED, the process lives, and every connection works again", async () => {
    const { code, output } = await stopDuringTransactions(true);
    expect(code, output).toBe(0);
    expect(output).toContain('settled ["CONNECTION_CLOSED","CONNECTION_CLOSED","CONNECTION_CLOSED","CONNECTION_CLOSED"]');
    expect(output).toContain("recovered on 4 connections");
  }, 90_000);
});
