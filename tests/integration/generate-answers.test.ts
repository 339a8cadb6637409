import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "~/modules/db/client.server";
import { ANSWERS_PER_RESPONSE, generateAnswers, plainGroupBy, quartersFrom } from "../bench/generate-answers";
import { setUpTestDatabase } from "../support/test-database";

const t = setUpTestDatabase();

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function one(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<{ n: number }>(db, query);
  return Number(row?.n);
}

describe("the scale generator", () => {
  it("knows calendar quarters", () => {
    expect(quartersFrom("2024-10-01", 3)).toEqual([
      { from: "2024-10-01", to: "2024-12-31" },
      { from: "2025-01-01", to: "2025-03-31" },
      { from: "2025-04-01", to: "2025-06-30" },
    ]);
    expect(() => quartersFrom("2024-02-01", 1)).toThrow(/quarter/);
  });

  it("makes a few thousand consistent answers: sent responses, their texts, codings of the partnership's codes, spread over the quarters", async () => {
    const db = t.db;
    const made = await generateAnswers(db, { answers: 3_000, quarters: 8, firstQuarter: "2024-01-01" });
    const p = made.partnershipId;

    // About as many answers as asked, five to a response, every response sent.
    expect(made.counts.responses).toBe(600);
    expect(made.counts.answers).toBe(600 * ANSWERS_PER_RESPONSE);
    expect(await one(db, sql`select count(*)::int as n from answers`)).toBe(made.counts.answers);
    expect(await one(db, sql`select count(*)::int as n from responses where status <> 'submitted' or submitted_on is null`)).toBe(0);
    expect(made.surveyIds).toHaveLength(3);

    // One text item per response (its free-text answer), each of a sent response of the partnership's surveys,
    // holding the same words as the answer, received the day it was sent.
    expect(made.counts.textItems).toBe(600);
    expect(
      await one(
        db,
        sql`select count(*)::int as n from text_items t
            join responses r on r.id = t.response_id and r.status = 'submitted' and r.submitted_on = t.received_on
            join surveys s on s.id = r.survey_id and s.id = t.survey_id and s.partnership_id = t.partnership_id
            join answers a on a.response_id = r.id and a.question_id = t.question_id and a.value ->> 'text' = t.redacted
            where t.partnership_id = ${p}::uuid`,
      ),
    ).toBe(600);

    // Codings only of this partnership's codebook codes; every text has at least one accepted code; some rejections.
    expect(
      await one(db, sql`select count(*)::int as n from codings c join text_items t on t.id = c.text_item_id
                         join codebook_codes cc on cc.id = c.code_id where cc.partnership_id <> t.partnership_id`),
    ).toBe(0);
    expect(
      await one(db, sql`select count(*)::int as n from text_items t where not exists
                         (select 1 from codings c where c.text_item_id = t.id and c.decision = 'accepted')`),
    ).toBe(0);
    expect(made.counts.acceptedCodings).toBeGreaterThanOrEqual(600);
    expect(made.counts.codings).toBeGreaterThan(made.counts.acceptedCodings);

    // The quarters: every response in one of the 8, each quarter with its share (600 / 8 = 75).
    const perQuarter = await rows<{ q: string; n: number }>(
      db,
      sql`select to_char(date_trunc('quarter', submitted_on), 'YYYY-MM-DD') as q, count(*)::int as n from responses group by 1 order by 1`,
    );
    expect(perQuarter.map((r) => r.q)).toEqual(made.quarters.map((q) => q.from));
    for (const r of perQuarter) expect(Number(r.n)).toBe(75);

    // Spread over channels, settings (school links only, of the response's own survey) and age bands.
    const channels = await rows<{ channel: string }>(db, sql`select distinct channel::text as channel from responses order by 1`);
    expect(channels.map((r) => r.channel)).toEqual(["kiosk", "paper", "school_link", "web"]);
    expect(await one(db, sql`select count(*)::int as n from responses where (channel = 'school_link') <> (setting_id is not null)`)).toBe(0);
    expect(
      await one(db, sql`select count(*)::int as n from responses r join setting_links l on l.id = r.setting_id where l.survey_id <> r.survey_id`),
    ).toBe(0);
    expect(await one(db, sql`select count(distinct setting_id)::int as n from responses`)).toBeGreaterThan(6);
    const bands = await rows<{ b: string | null }>(db, sql`select distinct age_band as b from responses order by 1`);
    expect(bands.map((r) => r.b)).toEqual(["11-18", "8-10", null]);

    // One group, fed by some of the codes; the plain GROUP BY finds its texts in a quarter.
    expect(made.groupCodeIds.length).toBe(5);
    const counted = await rows<{ code_id: string; texts: number }>(db, plainGroupBy(p, made.groupId, made.quarters[2]!));
    expect(counted.length).toBeGreaterThan(0);
    for (const r of counted) expect(made.groupCodeIds).toContain(r.code_id);
  });

  it("keeps apart two runs (each its own partnership)", async () => {
    const a = await generateAnswers(t.db, { answers: 10, quarters: 2 });
    const b = await generateAnswers(t.db, { answers: 10, quarters: 2 });
    expect(a.partnershipId).not.toBe(b.partnershipId);
    expect(a.counts.responses).toBe(2);
    expect(b.counts.textItems).toBe(2);
  });
});
