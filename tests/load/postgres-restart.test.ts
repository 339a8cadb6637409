import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchPostgresConnection, patchPostgresPool } from "~/server/postgres-patch.mjs";
import { PROJECT_ROOT } from "../support/paths";
import { createPgCluster, type PgCluster } from "../support/pg-cluster";

// postgres.js 3.4.9 kills the whole process when PostgreSQL stops during a
// transaction (porsager/postgres#1154); app/server/postgres-patch.mjs mends it.

const CHILD = path.join(PROJECT_ROOT, "tests/load/fixtures/transactions-child.mjs");
const PIPELINED_BEGIN_CHILD = path.join(PROJECT_ROOT, "tests/load/fixtures/pipelined-begin-child.mjs");
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

interface PipelinedBeginTally {
  rounds: number;
  transactions: number;
  unsafe: number;
  otherErrors: string[];
  plainQueries: number;
  plainInsideATransaction: number;
  transactionsNotAlone: number;
}

const ROUNDS = 10;

/** Runs transactions and plain queries at once on a full pool of 3 (pipelines of `maxPipeline`), ROUNDS rounds of 6 of each. */
async function pipelinedBegins(patched: boolean, maxPipeline: number): Promise<{ code: number | null; output: string; tally: PipelinedBeginTally | null }> {
  const child = spawn(process.execPath, [PIPELINED_BEGIN_CHILD], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: cluster.url(), HEARD_PATCH: patched ? "1" : "0", MAX_PIPELINE: String(maxPipeline), ROUNDS: String(ROUNDS) },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  // A pool that lost track of a transaction hangs: that is a failure too.
  const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  const line = /^result (.*)$/m.exec(output)?.[1];
  return { code, output, tally: line ? (JSON.parse(line) as PipelinedBeginTally) : null };
}

describe("postgres.js with transactions and plain queries at once on a full pool", () => {
  it("the pool patch applies to the installed postgres.js, and only to the source it knows", () => {
    for (const dir of ["src", "cjs/src"]) {
      const source = readFileSync(path.join(PROJECT_ROOT, `node_modules/postgres/${dir}/index.js`), "utf8");
      expect(patchPostgresPool(source), `postgres.js changed (${dir}): check whether it still needs the pool edits`).toContain("c.reserved ? c : move(c, busy)");
    }
    expect(patchPostgresPool("function go(c, query) {}")).toBeNull();
  });

  it("unmended, a BEGIN that fills a connection's pipeline goes out unreserved: UNSAFE_TRANSACTION (the bug the patch is for)", async () => {
    const { tally, output } = await pipelinedBegins(false, 2);
    expect(tally, output).not.toBeNull();
    expect(tally!.unsafe, output).toBeGreaterThan(0);
  }, 60_000);

  it.each([2, 100])("mended (pipelines of %i), every transaction runs alone on its connection and no plain query runs inside one", async (maxPipeline) => {
    const { code, tally, output } = await pipelinedBegins(true, maxPipeline);
    expect(code, output).toBe(0);
    expect(tally).toEqual({ rounds: ROUNDS, transactions: 6 * ROUNDS, unsafe: 0, otherErrors: [], plainQueries: 6 * ROUNDS, plainInsideATransaction: 0, transactionsNotAlone: 0 });
  }, 60_000);
});
