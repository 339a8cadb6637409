// The scale generator (issue 8, point 5): about `answers` sent answers in one
// go, set-based (INSERT ... SELECT over generate_series), on PostgreSQL or PGlite.
//
// It makes its own partnership (so it never mixes with other data), with:
//  - three published surveys from the demo definitions (young people, parents,
//    and the children's survey with its two age bands);
//  - school/setting links per survey;
//  - submitted responses spread evenly over `quarters` calendar quarters from
//    `firstQuarter`, over channels (web 60%, school link 25%, kiosk 10%,
//    paper 5%), settings (school-link responses only) and age bands;
//  - five answers per response: four choice questions and one free-text
//    question of the response's age band;
//  - one text item per free-text answer (the redacted words, sentiment,
//    received on the day the response was sent);
//  - accepted codings of the built-in codebook's codes (the codes a careful
//    coder gives each made-up text), and a second coder's rejected coding on
//    about one text in ten (reports count a text for a code if ANY coder accepted it);
//  - one implementation group fed by `groupCodes` of the codes.
// Everything is derived from hashes of the generated ids, so a run is the same
// shape every time without any per-row work in JavaScript.

import { eq, sql, type SQL } from "drizzle-orm";
import {
  codebookCodes,
  implementationGroupCodes,
  implementationGroups,
  partnerships,
  settingLinks,
  staffUsers,
  surveyVersions,
  surveys,
} from "#db/schema/index.ts";
import { analyseRecord } from "~/modules/analysis/pipeline";
import { ensureCodebook } from "~/modules/coding/codebook.server";
import type { Database } from "~/modules/db/client.server";
import { GROWING_UP_SURVEY, NORTHSHIRE, PARENTS_SURVEY, YOUNG_PEOPLE_SURVEY } from "~/modules/demo/demo-surveys";
import { forAgeBand } from "~/modules/responses/journey";
import { CHOICE_TYPES, questionCode, surveyDefinition, type SurveyDefinition } from "~/modules/survey/definition";
import { THEME_FIXTURES } from "~/modules/themes/theme-fixtures";

export interface GenerateOptions {
  /** About how many answers (rounded up to whole responses of five answers). */
  answers: number;
  /** First day of the first quarter (YYYY-01-01, -04-01, -07-01 or -10-01). */
  firstQuarter?: string;
  quarters?: number;
  /** School/setting links per survey. */
  settingsPerSurvey?: number;
  /** How many of the codebook's codes feed the implementation group. */
  groupCodes?: number;
}

export interface Quarter {
  from: string;
  to: string;
}

export interface Generated {
  partnershipId: string;
  surveyIds: string[];
  groupId: string;
  groupCodeIds: string[];
  quarters: Quarter[];
  counts: { responses: number; answers: number; textItems: number; codings: number; acceptedCodings: number };
  seconds: number;
}

export const ANSWERS_PER_RESPONSE = 5;
const CHOICE_ANSWERS = ANSWERS_PER_RESPONSE - 1;
const SOURCES = [
  { key: "young-people", audience: "young_people", definition: YOUNG_PEOPLE_SURVEY },
  { key: "parents", audience: "parents", definition: PARENTS_SURVEY },
  { key: "growing-up", audience: "children", definition: GROWING_UP_SURVEY },
] as const;
const SETTING_KINDS = ["school", "class", "setting", "event"] as const;

/** Quarters of the calendar year, from `first`. */
export function quartersFrom(first: string, count: number): Quarter[] {
  const [y, m] = first.split("-").map(Number) as [number, number];
  if (![1, 4, 7, 10].includes(m) || !first.endsWith("-01")) throw new Error(`${first} is not the first day of a quarter`);
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(y, m - 1 + 3 * i, 1));
    const end = new Date(Date.UTC(y, m - 1 + 3 * i + 3, 0));
    return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
  });
}

/** What one kind of response answers: four choice questions and one free-text question, with the values to pick from. */
function answerPlan(definition: SurveyDefinition, band: string | null) {
  const questions = forAgeBand(definition, band).questions;
  const choices = questions.filter((q) => CHOICE_TYPES.includes(q.type) && q.options.length >= 2).slice(0, CHOICE_ANSWERS);
  const text = questions.find((q) => q.type === "free_text");
  if (choices.length < CHOICE_ANSWERS || !text) throw new Error(`${definition.title.en}: not enough questions for band ${band}`);
  return {
    choices: choices.map((q) => {
      const ids = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const values =
        q.type === "multiple_choice"
          ? [...ids.map((id) => ({ choices: [id] })), ...ids.slice(1).map((id, i) => ({ choices: [ids[i]!, id] }))]
          : ids.map((id) => ({ choice: id }));
      return { question_id: q.id, vals: values };
    }),
    text: { id: text.id, code: questionCode(text) },
  };
}

/** A non-negative pseudo-random number from a row's id (and a salt). */
const hashOf = (expr: SQL, salt: string | SQL) => sql`(hashtext(${expr}::text || ${salt})::bigint + 2147483648)`;

async function count(db: Database, query: SQL): Promise<number> {
  const result = (await db.execute(sql`select count(*)::int as n from (${query}) counted`)) as unknown;
  const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
  return Number((rows[0] as { n: number }).n);
}

export async function generateAnswers(db: Database, options: GenerateOptions): Promise<Generated> {
  const started = performance.now();
  const quarters = quartersFrom(options.firstQuarter ?? "2024-01-01", options.quarters ?? 8);
  const settingsPerSurvey = options.settingsPerSurvey ?? 6;
  const responseCount = Math.max(1, Math.ceil(options.answers / ANSWERS_PER_RESPONSE));
  const tag = crypto.randomUUID().slice(0, 8);

  // The made-up answers (never real quotes), redacted as they would be on arrival, with the codes a coder gives them.
  const texts = THEME_FIXTURES.map((f) => {
    const analysed = analyseRecord({ line: 1, id: 1, text: f.text });
    return { redacted: analysed.redacted ?? f.text, sentiment: analysed.sentiment ?? null, codes: [...f.codes] };
  });

  return db.transaction(async (tx) => {
    const [partnership] = await tx
      .insert(partnerships)
      .values({ slug: `bench-${tag}`, name: `Benchmark partnership ${tag}`, helpContacts: NORTHSHIRE.helpContacts })
      .returning({ id: partnerships.id });
    const partnershipId = partnership!.id;
    await ensureCodebook(tx as unknown as Database, partnershipId);
    const codes = await tx
      .select({ id: codebookCodes.id, code: codebookCodes.code })
      .from(codebookCodes)
      .where(eq(codebookCodes.partnershipId, partnershipId))
      .orderBy(codebookCodes.code);
    const coders = await tx
      .insert(staffUsers)
      .values([1, 2].map((n) => ({ email: `bench-coder-${n}-${tag}@heard.invalid`, displayName: `Benchmark coder ${n}` })))
      .returning({ id: staffUsers.id });

    // Surveys, their versions, their links; then responses, kind by kind (survey and age band).
    const surveyIds: string[] = [];
    const kinds: { surveyId: string; versionId: string; band: string | null; settings: string[]; plan: ReturnType<typeof answerPlan> }[] = [];
    for (const source of SOURCES) {
      const definition = surveyDefinition.parse(source.definition);
      const [survey] = await tx
        .insert(surveys)
        .values({ partnershipId, slug: `bench-${tag}-${source.key}`, audience: source.audience, status: "published" })
        .returning({ id: surveys.id });
      const [version] = await tx
        .insert(surveyVersions)
        .values({ surveyId: survey!.id, version: 1, definition, publishedAt: new Date() })
        .returning({ id: surveyVersions.id });
      const links = await tx
        .insert(settingLinks)
        .values(
          Array.from({ length: settingsPerSurvey }, (_, i) => ({
            partnershipId,
            surveyId: survey!.id,
            code: `bench${tag}${source.key.replace(/-/g, "")}${i}`,
            name: `${SETTING_KINDS[i % SETTING_KINDS.length]} ${i + 1}`,
            kind: SETTING_KINDS[i % SETTING_KINDS.length]!,
          })),
        )
        .returning({ id: settingLinks.id });
      surveyIds.push(survey!.id);
      for (const band of definition.ageBands?.map((b) => b.id) ?? [null]) {
        kinds.push({ surveyId: survey!.id, versionId: version!.id, band, settings: links.map((l) => l.id), plan: answerPlan(definition, band) });
      }
    }

    const firstQuarter = quarters[0]!.from;
    let offset = 0;
    for (const [i, kind] of kinds.entries()) {
      const n = Math.floor((responseCount * (i + 1)) / kinds.length) - Math.floor((responseCount * i) / kinds.length);
      if (n === 0) continue;
      // g runs on across kinds, so quarters and channels spread evenly over the whole set.
      const h = hashOf(sql`g`, "r");
      await tx.execute(sql`
        insert into responses (id, survey_id, survey_version_id, channel, status, started_on, submitted_on, age_band, setting_id)
        select gen_random_uuid(), ${kind.surveyId}::uuid, ${kind.versionId}::uuid, c.channel::response_channel, 'submitted', d.day, d.day,
               ${kind.band}::text,
               case when c.channel = 'school_link' then (${`{${kind.settings.join(",")}}`}::uuid[])[1 + (${h} % ${kind.settings.length})] end
        from generate_series(${offset + 1}::int, ${offset + n}::int) g
        cross join lateral (select case when ${h} % 20 < 12 then 'web' when ${h} % 20 < 17 then 'school_link'
                                        when ${h} % 20 < 19 then 'kiosk' else 'paper' end as channel) c
        cross join lateral (select ((${firstQuarter}::date + ((g % ${quarters.length}) * 3) * interval '1 month')::date
                                    + (${hashOf(sql`g`, "d")} % 90)::int) as day) d`);
      offset += n;

      const ofKind = sql`r.survey_id = ${kind.surveyId}::uuid and r.age_band is not distinct from ${kind.band}::text`;
      await tx.execute(sql`
        insert into answers (response_id, question_id, value)
        select r.id, q.question_id, q.vals -> (${hashOf(sql`r.id`, sql`q.question_id`)} % jsonb_array_length(q.vals))::int
        from responses r
        cross join jsonb_to_recordset(${JSON.stringify(kind.plan.choices)}::jsonb) as q(question_id text, vals jsonb)
        where ${ofKind}`);
      const pool = sql`jsonb_array_elements(${JSON.stringify(texts)}::jsonb) with ordinality as p(t, i)`;
      await tx.execute(sql`
        insert into answers (response_id, question_id, value)
        select r.id, ${kind.plan.text.id}, jsonb_build_object('text', p.t ->> 'redacted')
        from responses r
        join ${pool} on p.i = 1 + ${hashOf(sql`r.id`, "t")} % ${texts.length}
        where ${ofKind}`);
      await tx.execute(sql`
        insert into text_items (partnership_id, survey_id, response_id, question_id, question_code, redacted, sentiment, received_on)
        select ${partnershipId}::uuid, r.survey_id, r.id, ${kind.plan.text.id}, ${kind.plan.text.code}, p.t ->> 'redacted',
               (p.t ->> 'sentiment')::sentiment, r.submitted_on
        from responses r
        join ${pool} on p.i = 1 + ${hashOf(sql`r.id`, "t")} % ${texts.length}
        where ${ofKind}`);
    }

    // Codings: the text's own codes, accepted by the first coder; a second coder rejects one of them on about one text in ten.
    const pool = sql`jsonb_array_elements(${JSON.stringify(texts)}::jsonb) with ordinality as p(t, i)`;
    const coded = sql`
      from text_items t
      join ${pool} on p.i = 1 + ${hashOf(sql`t.response_id`, "t")} % ${texts.length}
      cross join lateral jsonb_array_elements_text(p.t -> 'codes') as tc(code)
      join codebook_codes cc on cc.partnership_id = t.partnership_id and cc.code = tc.code
      where t.partnership_id = ${partnershipId}::uuid`;
    await tx.execute(sql`
      insert into codings (text_item_id, code_id, coder_id, decision)
      select t.id, cc.id, ${coders[0]!.id}::uuid, 'accepted' ${coded}`);
    await tx.execute(sql`
      insert into codings (text_item_id, code_id, coder_id, decision)
      select t.id, cc.id, ${coders[1]!.id}::uuid, 'rejected' ${coded} and ${hashOf(sql`t.id`, "x")} % 10 = 0`);

    // One implementation group, fed by the codes texts carry most often.
    const [group] = await tx
      .insert(implementationGroups)
      .values({ partnershipId, name: "Benchmark group", description: "Made by the scale generator" })
      .returning({ id: implementationGroups.id });
    const usage = new Map<string, number>();
    for (const t of texts) for (const c of t.codes) usage.set(c, (usage.get(c) ?? 0) + 1);
    const groupCodes = codes
      .filter((c) => usage.has(c.code))
      .sort((a, b) => usage.get(b.code)! - usage.get(a.code)! || a.code.localeCompare(b.code))
      .slice(0, options.groupCodes ?? 5);
    await tx.insert(implementationGroupCodes).values(groupCodes.map((c) => ({ groupId: group!.id, codeId: c.id })));

    const ours = sql`select id from responses where survey_id in (${sql.join(surveyIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
    const counts = {
      responses: await count(tx as unknown as Database, ours),
      answers: await count(tx as unknown as Database, sql`select 1 from answers where response_id in (${ours})`),
      textItems: await count(tx as unknown as Database, sql`select 1 from text_items where partnership_id = ${partnershipId}::uuid`),
      codings: await count(
        tx as unknown as Database,
        sql`select 1 from codings c join text_items t on t.id = c.text_item_id where t.partnership_id = ${partnershipId}::uuid`,
      ),
      acceptedCodings: await count(
        tx as unknown as Database,
        sql`select 1 from codings c join text_items t on t.id = c.text_item_id where t.partnership_id = ${partnershipId}::uuid and c.decision = 'accepted'`,
      ),
    };
    return {
      partnershipId,
      surveyIds,
      groupId: group!.id,
      groupCodeIds: groupCodes.map((c) => c.id),
      quarters,
      counts,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

/** The plain GROUP BY a themed summary is measured against: texts per code of the group in one period. */
export function plainGroupBy(partnershipId: string, groupId: string, quarter: Quarter): SQL {
  return sql`
    select c.code_id, count(distinct c.text_item_id)::int as texts
    from codings c
    join text_items t on t.id = c.text_item_id
    join implementation_group_codes g on g.code_id = c.code_id and g.group_id = ${groupId}::uuid
    where t.partnership_id = ${partnershipId}::uuid and t.received_on between ${quarter.from}::date and ${quarter.to}::date
      and c.decision = 'accepted'
    group by c.code_id`;
}
