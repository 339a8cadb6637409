// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the
// embedded database) under the same advisory lock the app takes at start-up.
import path from "node:path";
import { readConfig } from "~/server/config.server";
import { openDatabase } from "./client.server";

const config = readConfig(process.env);
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.join(config.dataDir, "pglite"),
  poolSize: 1,
});
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.driver}).`);
} finally {
  await handle.close();
}
