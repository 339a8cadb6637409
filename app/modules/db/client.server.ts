import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "#db/schema/index.ts";

export { schema };

/**
 * The app's database, whichever driver is behind it. Module functions take a
 * `Database` (or a transaction of one), so tests hand them a real PGlite.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: "postgres" | "pglite";
  /** Runs the committed migrations, under an advisory lock so several processes can start together. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when absent, an embedded PGlite database is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its files; "memory://" for a throwaway database. */
  dataDir?: string;
  /** A PGlite data dump (tar) to start from: tests load a migrated template. */
  loadDataDir?: Blob;
  /** Largest number of pooled connections to PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { openPostgres } = await import("./postgres.server.ts");
    return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  }
  const { openPglite } = await import("./pglite.server.ts");
  return openPglite(options.dataDir ?? ".data/pglite", options.loadDataDir);
}

/** Any number will do, as long as every process uses the same one. */
export const MIGRATION_LOCK_ID = 727_001;
export const MIGRATIONS_FOLDER = new URL("../../../db/migrations", import.meta.url).pathname;
