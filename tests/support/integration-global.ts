import { mkdir, writeFile } from "node:fs/promises";
import { dumpMigratedTemplate } from "~/modules/db/pglite.server";
import { TEMPLATE_PATH, TMP_DIR } from "./paths";

/** Migrates one PGlite database once; every test file starts from a copy of it (seconds saved per file). */
export default async function setup() {
  if (process.env.HEARD_TEST_DB === "postgres") return;
  await mkdir(TMP_DIR, { recursive: true });
  const dump = await dumpMigratedTemplate();
  await writeFile(TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
}
