import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeErrorForLog } from "./safe-error";

const MARKER = "Tommy Example lives at 12 Marker Road";

describe("safeErrorForLog", () => {
  let client: PGlite;
  let db: ReturnType<typeof drizzle>;
  // PGlite takes a few seconds to start (longer on a busy machine).
  beforeAll(async () => {
    client = await PGlite.create();
    db = drizzle(client);
  }, 60_000);
  afterAll(() => client.close());

  async function failure(query: Promise<unknown>): Promise<unknown> {
    return query.then(
      () => {
        throw new Error("the query should have failed");
      },
      (error: unknown) => error,
    );
  }

  it("logs a failed query's SQL, code and stack, but not its parameters or the value PostgreSQL quotes", async () => {
    const error = await failure(db.execute(sql`select ${MARKER}::int`));
    // What console.error(error) would have printed: the words are in it.
    expect(String(error) + String((error as Error).cause)).toContain(MARKER);
    const logged = safeErrorForLog(error);
    expect(logged).not.toContain(MARKER);
    expect(logged).toContain("Failed query: select $1::int");
    expect(logged).toContain("[22P02]"); // invalid_text_representation
    expect(logged).toMatch(/\n\s+at /);
  });

  it("keeps the message of an error that is not the database's, and follows causes", () => {
    const error = new Error("survey version v1 is missing", { cause: Object.assign(new Error("connection ended"), { code: "CONNECTION_ENDED" }) });
    const logged = safeErrorForLog(error);
    expect(logged).toContain("Error: survey version v1 is missing");
    expect(logged).toContain("caused by: Error [CONNECTION_ENDED]: connection ended");
  });

  it("says what a thrown non-error was without printing it", () => {
    expect(safeErrorForLog(MARKER)).toBe("string: (not an Error)");
  });
});
