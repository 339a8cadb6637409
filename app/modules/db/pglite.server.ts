import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { MIGRATION_LOCK_ID, MIGRATIONS_FOLDER, schema, type Database, type DatabaseHandle } from "./client.server.ts";

export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir });
  const pgliteDb = drizzle(client, { schema });
  // PGlite has one connection, and an advisory lock is re-entrant within a
  // connection, so callers in this process queue here instead.
  let migrating: Promise<void> = Promise.resolve();
  const migrateOnce = async () => {
    await pgliteDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await migrate(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await pgliteDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  };
  return {
    db: pgliteDb as unknown as Database,
    driver: "pglite",
    migrate() {
      migrating = migrating.catch(() => {}).then(migrateOnce);
      return migrating;
    },
    async close() {
      await client.close();
    },
  };
}

/** A migrated, empty database as a tar dump: tests start each worker's database from it. */
export async function dumpMigratedTemplate(): Promise<Blob> {
  const handle = await openPglite("memory://");
  await handle.migrate();
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await handle.close();
  return dump;
}
