import { sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";

export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "unavailable";
}

/** Asks the database a trivial question, giving up after `timeoutMs`. */
export async function checkHealth(db: Database, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database did not answer in time")), timeoutMs);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "unavailable", database: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}
