import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appSettings } from "#db/schema/index.ts";
import type { Database } from "./client.server";

/**
 * A random secret made once and shared by every app process through the
 * database, so a bare `npm start` and a fleet of processes both work without
 * configuration. Setting HEARD_SESSION_SECRET takes precedence.
 */
export async function sharedSecret(db: Database, key: string): Promise<string> {
  await db
    .insert(appSettings)
    .values({ key, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: appSettings.key });
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  if (!row) throw new Error(`setting ${key} could not be stored`);
  return row.value;
}
