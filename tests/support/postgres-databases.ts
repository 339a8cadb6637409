import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * A new database on the PostgreSQL server at `serverUrl` (empty, or a copy of
 * `template`), its address, and a way to drop it. Shared by the integration
 * setup's template and each test file's database.
 */
export async function createPostgresDatabase(
  serverUrl: string,
  { prefix = "heard_test", template }: { prefix?: string; template?: string } = {},
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
      break;
    } catch (error) {
      // 55006, "source database is being accessed by other users": another file's copy is being made.
      if (!template || (error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
