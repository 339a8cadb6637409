import { readFile } from "node:fs/promises";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "~/modules/db/client.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import * as schema from "#db/schema/index.ts";
import { TEMPLATE_PATH } from "./paths";
import { createPostgresDatabase } from "./postgres-databases";

/** Which database the integration suite runs on: PGlite in-process, or the PostgreSQL at TEST_DATABASE_URL. */
export const testDriver = process.env.HEARD_TEST_DB === "postgres" ? "postgres" : "pglite";

export interface TestDatabase {
  db: Database;
  handle: DatabaseHandle;
}

async function openPgliteFromTemplate(): Promise<DatabaseHandle> {
  const template = new Blob([await readFile(TEMPLATE_PATH)]);
  const handle = await openDatabase({ dataDir: "memory://", loadDataDir: template });
  await handle.migrate(); // a no-op on the template; proves migrations are recorded
  return handle;
}

/** A fresh database of its own for each test file on the PostgreSQL server: a copy of the migrated template when the global setup made one. */
async function openPostgresDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("HEARD_TEST_DB=postgres needs TEST_DATABASE_URL");
  const { url, drop } = await createPostgresDatabase(serverUrl, { template: inject("postgresTemplate") });
  const handle = await openDatabase({ databaseUrl: url, poolSize: 10 });
  await handle.migrate(); // a no-op on the template's copy; proves migrations are recorded
  return { handle, drop };
}

/**
 * `count` connections to one new, unmigrated database, as if several app
 * processes were starting together (PGlite has one connection, so it is shared).
 */
export async function openUnmigratedHandles(count: number): Promise<{ handles: DatabaseHandle[]; dispose: () => Promise<void> }> {
  if (testDriver === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://" });
    return { handles: Array.from({ length: count }, () => handle), dispose: () => handle.close() };
  }
  const { url, drop } = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
  const handles = await Promise.all(Array.from({ length: count }, () => openDatabase({ databaseUrl: url, poolSize: 2 })));
  return {
    handles,
    dispose: async () => {
      await Promise.all(handles.map((h) => h.close()));
      await drop();
    },
  };
}

export async function openTestDatabase(): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }> {
  if (testDriver === "postgres") {
    const { handle, drop } = await openPostgresDatabase();
    return { handle, dispose: async () => { await handle.close(); await drop(); } };
  }
  const handle = await openPgliteFromTemplate();
  return { handle, dispose: () => handle.close() };
}

/** Empties every table the schema has (TRUNCATE: the audit log's append-only trigger is for row changes). */
export async function truncateAll(db: Database): Promise<void> {
  const tables = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => `"${getTableName(table)}"`);
  await db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
}

/**
 * Gives the test file a migrated database, emptied before every test.
 * Usage: `const t = setUpTestDatabase();` then `t.db` inside tests.
 * With `demo`, the demo is seeded once and the database is kept for the whole
 * file instead: for tables of cases that share the demo's people and surveys.
 */
export function setUpTestDatabase({ demo = false }: { demo?: boolean } = {}): TestDatabase {
  const box = {} as TestDatabase;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openTestDatabase();
    box.handle = opened.handle;
    box.db = opened.handle.db;
    dispose = opened.dispose;
    if (demo) {
      forgetPartnerships();
      await seedDemo(box.db);
    }
  });
  if (!demo) {
    beforeEach(async () => {
      await truncateAll(box.db);
    });
  }
  afterAll(async () => {
    if (demo) forgetPartnerships();
    await dispose?.();
  });
  return box;
}
