import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { MIGRATION_LOCK_ID, MIGRATIONS_FOLDER, schema, type Database, type DatabaseHandle } from "./client.server.ts";

/**
 * Seconds before a closed connection tries again: postgres.js's own curve
 * (3^tries / 100, with jitter), but at most 2 seconds instead of 20. Every
 * failed try while PostgreSQL restarts adds to the count, so with the default
 * a page could wait 20 seconds for a connection after the server was back
 * (the load test's restart scenario saw a p99 of 17 s).
 */
export function reconnectDelaySeconds(tries: number): number {
  return (0.5 + Math.random() / 2) * Math.min(3 ** tries / 100, 2);
}

export function openPostgres(url: string, poolSize: number): DatabaseHandle {
  const client = postgres(url, { max: poolSize, onnotice: () => {}, backoff: reconnectDelaySeconds });
  const db = drizzle(client, { schema }) as unknown as Database;
  return {
    db,
    driver: "postgres",
    async migrate() {
      // A session-level advisory lock needs one connection for lock, migrate and unlock.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const lockDb = drizzle(single, { schema });
        await lockDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
        try {
          await migrate(lockDb, { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await lockDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
        }
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
