import { mkdir, writeFile } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { openDatabase } from "~/modules/db/client.server";
import { dumpMigratedTemplate } from "~/modules/db/pglite.server";
import { TEMPLATE_PATH, TMP_DIR } from "./paths";
import { createPostgresDatabase } from "./postgres-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PostgreSQL database that each test file's database is copied from (CREATE DATABASE … TEMPLATE). */
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run, and every test file starts from a copy (seconds saved
 * per file): a PGlite dump on the embedded driver, a template database on
 * PostgreSQL. Each file still runs the migrator, which finds nothing to do.
 */
export default async function setup(project: TestProject) {
  if (project.config.env?.HEARD_TEST_DB === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) return;
    const template = await createPostgresDatabase(serverUrl, { prefix: "heard_template" });
    const handle = await openDatabase({ databaseUrl: template.url, poolSize: 1 });
    await handle.migrate();
    await handle.close();
    project.provide("postgresTemplate", template.name);
    return template.drop;
  }
  await mkdir(TMP_DIR, { recursive: true });
  const dump = await dumpMigratedTemplate();
  await writeFile(TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
}
