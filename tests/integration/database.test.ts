import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { partnerships, surveyVersions, surveys } from "#db/schema/index.ts";
import { isEmptyDatabase, seedDemo } from "~/modules/demo/seed.server";
import { checkHealth } from "~/modules/health/health.server";
import { readdirSync } from "node:fs";
import { MIGRATIONS_FOLDER } from "~/modules/db/client.server";
import { openTestDatabase, openUnmigratedHandles, testDriver, setUpTestDatabase } from "../support/test-database";

const t = setUpTestDatabase();

async function rowCount(table: typeof partnerships | typeof surveys | typeof surveyVersions) {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return Number(row?.n);
}

describe(`database on ${testDriver}`, () => {
  it("runs the migrations again without change", async () => {
    await t.handle.migrate();
    await t.handle.migrate();
    expect(await isEmptyDatabase(t.db)).toBe(true);
  });

  it("lets several processes migrate one new database at the same time", async () => {
    const { handles, dispose } = await openUnmigratedHandles(4);
    try {
      await Promise.all(handles.map((h) => h.migrate()));
      const applied = await handles[0]!.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const rows = (Array.isArray(applied) ? applied : (applied as { rows: unknown[] }).rows) as { n: number }[];
      const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql"));
      expect(files.length).toBeGreaterThanOrEqual(2);
      expect(Number(rows[0]?.n)).toBe(files.length);
      expect(await isEmptyDatabase(handles[1]!.db)).toBe(true);
    } finally {
      await dispose();
    }
  });

  it("seeds the demo once, however often seeding runs", async () => {
    await seedDemo(t.db);
    await seedDemo(t.db);
    await Promise.all([seedDemo(t.db), seedDemo(t.db)]);
    expect(await rowCount(partnerships)).toBe(1);
    expect(await rowCount(surveys)).toBe(4);
    expect(await rowCount(surveyVersions)).toBe(4);
    const [northshire] = await t.db.select().from(partnerships);
    expect(northshire?.name).toBe("Northshire Safeguarding Children Partnership");
    const slugs = (await t.db.select({ slug: surveys.slug, status: surveys.status }).from(surveys)).map((s) => `${s.slug}:${s.status}`);
    expect(slugs.sort()).toEqual([
      "demo-draft-strategy:published",
      "demo-growing-up:published",
      "demo-parents:published",
      "demo-young-people:published",
    ]);
  });

  it("refuses to change a published survey version", async () => {
    await seedDemo(t.db);
    const [version] = await t.db.select().from(surveyVersions).limit(1);
    expect(version).toBeDefined();
    const changed = { ...version!.definition, minutes: 99 };
    await expect(
      t.db.update(surveyVersions).set({ definition: changed }).where(eq(surveyVersions.id, version!.id)),
    ).rejects.toMatchObject({ cause: { code: "23000" } });
    const [again] = await t.db.select().from(surveyVersions).where(eq(surveyVersions.id, version!.id));
    expect(again?.definition.minutes).toBe(version!.definition.minutes);
  });

  it("keeps no column that could identify a respondent or time them to the second", async () => {
    const rows = await t.db.execute<{ table_name: string; column_name: string; data_type: string }>(
      sql`select table_name, column_name, data_type from information_schema.columns
          where table_schema = 'public' and table_name in ('responses', 'answers')`,
    );
    const columns = (Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows) as unknown as {
      table_name: string;
      column_name: string;
      data_type: string;
    }[];
    expect(columns.length).toBeGreaterThan(5);
    for (const c of columns) {
      expect(c.column_name).not.toMatch(/ip|agent|address|user|email|name|session/i);
      expect(c.data_type).not.toMatch(/timestamp|time with/i);
    }
  });

  it("reports health, and reports a database that does not answer", async () => {
    expect(await checkHealth(t.db)).toEqual({ status: "ok", database: "ok" });
    const other = await openTestDatabase();
    await other.handle.close();
    expect(await checkHealth(other.handle.db, 1_000)).toEqual({ status: "unavailable", database: "unavailable" });
    await other.dispose().catch(() => {});
  });
});
