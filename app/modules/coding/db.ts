import type { Database } from "~/modules/db/client.server";

/** The database or a transaction on it. */
export type DbOrTx = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
