import { sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";

// Looks for strings anywhere in a database: every column of every table
// (text, json, arrays, anything: each value is read as text). Used to prove
// an address or a user agent was stored nowhere, and, with a control, that
// the scan finds what is there.

function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

/** Every column where any of `needles` occurs (case-insensitive), as "schema.table.column". */
export async function findInDatabase(db: Database, needles: readonly string[]): Promise<string[]> {
  const columns = rowsOf<{ table_schema: string; table_name: string; column_name: string }>(
    await db.execute(sql`
      select c.table_schema, c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_toast%'
    `),
  );
  if (columns.length < 30) throw new Error(`the scan saw only ${columns.length} columns`);
  const found: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const column = sql`${sql.identifier(table_schema)}.${sql.identifier(table_name)}.${sql.identifier(column_name)}`;
    const matches = sql.join(
      needles.map((n) => sql`${column}::text ilike ${`%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
      sql` or `,
    );
    const q = sql`select count(*)::int as n from ${sql.identifier(table_schema)}.${sql.identifier(table_name)} where ${matches}`;
    const [row] = rowsOf<{ n: number }>(await db.execute(q));
    if (Number(row?.n ?? 0) > 0) found.push(`${table_schema}.${table_name}.${column_name}`);
  }
  return found;
}
