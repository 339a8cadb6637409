import { readFileSync } from "node:fs";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { answers, auditLog, codebookCodes, codings, feedback, responses, settingLinks, textItems } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { buildQdpx } from "~/modules/exports/qdpx.server";
import { renderSummaryExport } from "~/modules/exports/summary-export.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import type { ThemedSummary } from "~/modules/reports/summary-types";
import * as codebookPage from "~/routes/staff-p-codebook";
import * as qdpxRoute from "~/routes/staff-p-coding-export-qdpx";
import { addTextItems, partnershipId } from "../support/coding";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

const XSD = readFileSync(path.resolve(import.meta.dirname, "../../app/modules/exports/refi-qda/Project.xsd"), "utf8");

async function validateProject(xml: string) {
  return validateXML({ xml: [{ fileName: "project.qde", contents: xml }], schema: [{ fileName: "Project.xsd", contents: XSD }] });
}

const HYPERLINK = '=HYPERLINK("http://evil.example/?x","Click me")';
const shown = (value: number) => ({ shown: true, value }) as const;
const hidden = { shown: false } as const;

/** A summary as the summary helper's buildThemedSummary would give it: already protected. */
const SUMMARY: ThemedSummary = {
  partnership: { id: "00000000-0000-4000-8000-000000000001", slug: "northshire", name: "Northshire Safeguarding Children Partnership" },
  group: { id: "00000000-0000-4000-8000-000000000002", name: "Early Help & Neglect", priority: "Children are safe at home" },
  period: { from: "2026-07-01", to: "2026-09-30", label: "July to September 2026" },
  previousPeriod: { from: "2026-04-01", to: "2026-06-30", label: "April to June 2026" },
  sources: { surveys: [{ id: "s1", title: "Young people’s survey" }], includesFeedback: true },
  base: shown(85),
  themes: [
    {
      codeId: "c1",
      code: "basic_needs",
      label: "Food, clothes and warmth",
      count: shown(45),
      previous: shown(30),
      change: 15,
      quotes: [HYPERLINK, "+1 for the breakfast club", "-2 degrees in my room", "@x told me", "\tx tabbed", "\rx returned", "a bell\u0007 rang"],
    },
    { codeId: "c2", code: "formula", label: "=SUM(A1:A9)", count: hidden, previous: shown(10), change: null, quotes: [] },
    { codeId: "c3", code: "school", label: "School and learning", count: shown(25), previous: hidden, change: null, quotes: ["School helps."] },
  ],
  breakdowns: [
    {
      dimension: "audience",
      columns: [
        { key: "young_people", label: "Young people" },
        { key: "parents", label: "Parents and carers" },
      ],
      rows: [
        { codeId: "c1", label: "Food, clothes and warmth", cells: [shown(30), shown(15)], total: shown(45) },
        { codeId: "c2", label: "=SUM(A1:A9)", cells: [hidden, hidden], total: hidden },
        { codeId: "c3", label: "School and learning", cells: [shown(20), hidden], total: shown(25) },
      ],
      columnTotals: [shown(55), shown(20)],
      total: shown(75),
    },
  ],
  omittedBreakdowns: ["setting", "ageBand"],
  whatThisTellsUs: "More young people talk about being cold at home than last quarter.",
  generatedAt: "2026-10-02T09:30:00.000Z",
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return pages.join("\n") + `\n[title:${(meta.info as { Title?: string }).Title}]`;
}

/** RFC 4180 CSV, as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

describe(`summary exports on ${testDriver}`, () => {
  it("PDF: tagged, with the title, the themes, [c] and the rounding note", async () => {
    const file = await renderSummaryExport(SUMMARY, "pdf");
    expect(file.contentType).toBe("application/pdf");
    expect(file.filename).toBe("northshire-early-help-neglect-2026-07-01-to-2026-09-30.pdf");
    expect(new TextDecoder().decode(file.body.slice(0, 5))).toBe("%PDF-");
    const raw = Buffer.from(file.body).toString("latin1");
    expect(raw).toContain("/MarkInfo");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    const text = (await pdfText(file.body)).replace(/\s+/g, " ");
    expect(text).toContain("[title:What people told us: Early Help & Neglect]");
    expect(text).toContain("What people told us: Early Help & Neglect");
    expect(text).toContain("Food, clothes and warmth");
    expect(text).toContain("School and learning");
    expect(text).toContain("[c]");
    expect(text).toContain("+15");
    expect(text).toContain("Parents and carers");
    expect(text).toContain("What this tells us");
    expect(text).toContain("More young people talk about being cold");
    expect(text).toContain("rounded to the nearest 5");
    expect(text).toContain("Young people’s survey");
  });

  it("Word: real headings and tables with header rows", async () => {
    const file = await renderSummaryExport(SUMMARY, "docx");
    expect(file.filename.endsWith(".docx")).toBe(true);
    const zip = unzipSync(file.body);
    const xml = strFromU8(zip["word/document.xml"]!);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*What people told us: Early Help &amp; Neglect/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*Answers per theme/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*By audience/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*What this tells us/);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
    expect(xml).toContain("Food, clothes and warmth");
    expect(xml).toContain("Parents and carers");
    expect(xml).toContain("[c]");
    expect(xml).toContain("+15");
    // Control characters (which Word's XML cannot hold) are gone; the words stay.
    expect(xml).toContain("“a bell rang”");
    expect(xml).not.toContain("\u0007");
    // Hidden counts are never numbers: the =SUM row is [c] throughout.
    const sumRow = xml.split("<w:tr>").find((r) => r.includes("=SUM(A1:A9)") && r.includes("Parents") === false && r.includes("[c]"));
    expect(sumRow).toBeDefined();
  });

  it("CSV: one tidy table, UTF-8 with BOM, formula text escaped, hidden counts [c]", async () => {
    const file = await renderSummaryExport(SUMMARY, "csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(file.body.slice(3)));
    expect(rows[0]).toEqual(["section", "theme", "dimension", "column", "value"]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const quotes = rows.filter((r) => r[0] === "quote").map((r) => r[4]);
    expect(quotes).toEqual([`'${HYPERLINK}`, "'+1 for the breakfast club", "'-2 degrees in my room", "'@x told me", "'\tx tabbed", "'\rx returned", "a bell\u0007 rang", "School helps."]);
    expect(rows).toContainEqual(["themes", "'=SUM(A1:A9)", "", "count", "[c]"]);
    expect(rows).toContainEqual(["themes", "Food, clothes and warmth", "", "count", "45"]);
    expect(rows).toContainEqual(["themes", "Food, clothes and warmth", "", "change", "15"]);
    expect(rows).toContainEqual(["breakdown", "School and learning", "audience", "Parents and carers", "[c]"]);
    // No cell a spreadsheet would run.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("Excel: a sheet per table and Notes; escaped formula text is a string, never a formula", async () => {
    const file = await renderSummaryExport(SUMMARY, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Themes", "By audience", "Quotes", "Notes"]);
    const themes = workbook.getWorksheet("Themes")!;
    expect(themes.getRow(1).values).toEqual([undefined, "Theme", "This period", "Previous period", "Change"]);
    expect(themes.getCell("A3").value).toBe("'=SUM(A1:A9)");
    expect(themes.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(themes.getCell("B3").value).toBe("[c]");
    expect(themes.getCell("B2").value).toBe(45);
    expect(themes.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    const quotes = workbook.getWorksheet("Quotes")!;
    const link = quotes.getCell("B2");
    expect(link.value).toBe(`'${HYPERLINK}`);
    expect(link.type).toBe(ExcelJS.ValueType.String);
    expect(link.formula).toBeUndefined();
    const all: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => all.push(cell))));
    expect(all.filter((c) => c.type === ExcelJS.ValueType.Formula || c.type === ExcelJS.ValueType.Hyperlink)).toEqual([]);
    expect(all.filter((c) => typeof c.value === "string" && /^[=+\-@\t\r]/.test(c.value))).toEqual([]);
    expect(quotes.getCell("B8").value).toBe("a bell rang");
    const audience = workbook.getWorksheet("By audience")!;
    expect(audience.getCell("C4").value).toBe("[c]");
    expect(audience.getCell("A5").value).toBe("Total");
    const notes = workbook.getWorksheet("Notes")!;
    const noteText = notes.getColumn(2).values.join(" ");
    expect(noteText).toContain("rounded to the nearest 5");
    expect(noteText).toContain("More young people talk about being cold");
  });
});

describe(`REFI-QDA project export on ${testDriver}`, () => {
  const P = "northshire";
  let northshire = "";
  let analystId = "";
  let secondId = "";

  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    northshire = await partnershipId(t.db, P);
    analystId = (await createStaffUser(t.db, { email: "ana@northshire.test", roles: ["analyst"], partnershipSlug: P })).id;
    secondId = (await createStaffUser(t.db, { email: "ben@northshire.test", roles: ["analyst"], partnershipSlug: P })).id;
  });

  async function codeId(code: string) {
    const [row] = await t.db.select({ id: codebookCodes.id }).from(codebookCodes).where(and(eq(codebookCodes.partnershipId, northshire), eq(codebookCodes.code, code)));
    return row!.id;
  }

  /** Four texts: three survey answers (two through a setting link, with age bands) and a feedback; raw words stored where the app keeps them. */
  async function seed() {
    const ids = await addTextItems(t.db, P, [
      { text: "There is never enough [name] food at home & it's cold <always>.", surveySlug: "demo-young-people", receivedOn: "2026-07-03" },
      { text: "School is fine but [name] shouts.", surveySlug: "demo-young-people", receivedOn: "2026-08-10" },
      { text: "Nothing to say.", surveySlug: "demo-young-people", receivedOn: "2026-03-01" },
      { text: "My mum at [place] needs help with money.", receivedOn: "2026-09-20" },
    ]);
    const items = await t.db.select().from(textItems).where(eq(textItems.partnershipId, northshire));
    const byId = new Map(items.map((i) => [i.id, i]));
    const [link] = await t.db.select().from(settingLinks).where(eq(settingLinks.partnershipId, northshire)).limit(1);
    const [a, b, c, d] = ids.map((id) => byId.get(id!)!);
    await t.db.update(responses).set({ ageBand: "11-15", settingId: link!.id }).where(eq(responses.id, a!.responseId!));
    await t.db.update(responses).set({ ageBand: "16-18", settingId: link!.id }).where(eq(responses.id, b!.responseId!));
    await t.db.update(responses).set({ ageBand: "11-15" }).where(eq(responses.id, c!.responseId!));
    // The raw words: in answers and feedback, never in an export.
    await t.db.insert(answers).values([
      { responseId: a!.responseId!, questionId: a!.questionId!, value: { text: "There is never enough Jamie Smith food at home" } },
      { responseId: b!.responseId!, questionId: b!.questionId!, value: { text: "School is fine but Mr Okonkwo shouts." } },
    ]);
    await t.db.update(feedback).set({ text: "My mum at 12 Acacia Road needs help with money." }).where(eq(feedback.id, d!.feedbackId!));

    const basic = await codeId("basic_needs");
    const school = await codeId("school");
    const health = await codeId("health");
    await t.db.insert(codings).values([
      // Both coders accepted basic_needs on a: one Coding, not two.
      { textItemId: a!.id, codeId: basic, coderId: analystId, decision: "accepted" },
      { textItemId: a!.id, codeId: basic, coderId: secondId, decision: "accepted" },
      // One accepted, one rejected: it counts.
      { textItemId: b!.id, codeId: school, coderId: analystId, decision: "rejected" },
      { textItemId: b!.id, codeId: school, coderId: secondId, decision: "accepted" },
      // Only rejected: no Coding.
      { textItemId: b!.id, codeId: health, coderId: analystId, decision: "rejected" },
      { textItemId: d!.id, codeId: basic, coderId: analystId, decision: "accepted" },
      { textItemId: c!.id, codeId: health, coderId: analystId, decision: "accepted" },
    ]);
    return { a: a!, b: b!, c: c!, d: d!, link: link!, basic, school, health };
  }

  const count = (xml: string, element: string) => (xml.match(new RegExp(`<${element}[\\s>/]`, "g")) ?? []).length;

  it("validates against Project.xsd: redacted sources, the codebook, accepted codes, cases for setting and age band", async () => {
    const s = await seed();
    const partnership = { id: northshire, slug: P, name: "Northshire" };
    const file = await buildQdpx(t.db, partnership, {}, new Date("2026-10-01T12:00:00Z"));
    const zip = unzipSync(file.body);
    const xml = strFromU8(zip["project.qde"]!);

    const result = await validateProject(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);

    expect(count(xml, "TextSource")).toBe(4);
    expect(count(xml, "Code")).toBe(16);
    expect(count(xml, "Coding")).toBe(4);
    expect(count(xml, "PlainTextSelection")).toBe(4);
    // Cases: the setting, and age bands 11-15 and 16-18 (sources in the order received).
    expect(count(xml, "Case")).toBe(3);
    expect(count(xml, "User")).toBe(2);
    expect(file.counts).toEqual({ sources: 4, codes: 16, codings: 4, cases: 3, users: 2 });
    expect(xml).toContain(`<Project xmlns="urn:QDA-XML:project:1.0"`);
    expect(xml).toMatch(new RegExp(`<Case guid="[^"]+" name="Setting: [^"]+">[\\s\\S]*?<SourceRef targetGUID="${s.a.id}"/>\\s*<SourceRef targetGUID="${s.b.id}"/>`));
    expect(xml).toMatch(new RegExp(`<Case guid="[^"]+" name="Age band: 11-15">[\\s\\S]*?<SourceRef targetGUID="${s.c.id}"/>\\s*<SourceRef targetGUID="${s.a.id}"/>\\s*</Case>`));
    // a's selection spans the whole redacted text and carries basic_needs once.
    const aText = "There is never enough [name] food at home & it's cold <always>.";
    expect(strFromU8(zip[`sources/${s.a.id}.txt`]!)).toBe(aText);
    expect(xml).toContain(`plainTextPath="internal://${s.a.id}.txt"`);
    expect(xml).toMatch(new RegExp(`guid="${s.a.id}"[\\s\\S]*?startPosition="0" endPosition="${aText.length}"[\\s\\S]*?<CodeRef targetGUID="${s.basic}"/>`));
    // b: school (accepted by one coder), not health (rejected only).
    const bSource = xml.slice(xml.indexOf(`<TextSource guid="${s.b.id}"`), xml.indexOf("</TextSource>", xml.indexOf(`<TextSource guid="${s.b.id}"`)));
    expect(bSource).toContain(`<CodeRef targetGUID="${s.school}"/>`);
    expect(bSource).not.toContain(s.health);
    // Same input, same GUIDs: a second export is identical.
    const again = await buildQdpx(t.db, partnership, {}, new Date("2026-10-01T12:00:00Z"));
    expect(strFromU8(unzipSync(again.body)["project.qde"]!)).toBe(xml);

    // The raw words never leave.
    const everything = Object.values(zip).map((bytes) => strFromU8(bytes)).join("\n");
    for (const raw of ["Jamie Smith", "Mr Okonkwo", "12 Acacia Road"]) expect(everything).not.toContain(raw);
  });

  it("filters by survey and by dates (inclusive)", async () => {
    await seed();
    const partnership = { id: northshire, slug: P, name: "Northshire" };
    const [survey] = await t.db.select({ id: textItems.surveyId }).from(textItems).where(eq(textItems.partnershipId, northshire)).limit(1);
    const bySurvey = await buildQdpx(t.db, partnership, { surveyId: survey!.id });
    expect(bySurvey.counts.sources).toBe(3);
    const byDates = await buildQdpx(t.db, partnership, { from: "2026-07-03", to: "2026-09-20" });
    expect(byDates.counts).toMatchObject({ sources: 3, codings: 3 });
    expect(byDates.filename).toBe("northshire-coded-answers-2026-07-03-to-2026-09-20.qdpx");
    const xml = strFromU8(unzipSync(byDates.body)["project.qde"]!);
    expect((await validateProject(xml)).valid).toBe(true);
    // Nothing in range: still a valid (if empty) project.
    const empty = await buildQdpx(t.db, partnership, { from: "2020-01-01", to: "2020-01-31" });
    expect(empty.counts.sources).toBe(0);
    expect((await validateProject(strFromU8(unzipSync(empty.body)["project.qde"]!))).valid).toBe(true);
  });

  it("the schema check fails on an invalid document (so the passing checks mean something)", async () => {
    await seed();
    const file = await buildQdpx(t.db, { id: northshire, slug: P, name: "Northshire" }, {});
    const xml = strFromU8(unzipSync(file.body)["project.qde"]!);
    const badGuid = xml.replace(/<Code guid="[^"]+"/, '<Code guid="not-a-guid"');
    // Users must come first: moved to the end, the document is out of order.
    const users = xml.match(/\s*<Users>[\s\S]*?<\/Users>/)![0];
    const badOrder = xml.replace(users, "").replace("</Project>", `${users.trim()}\n</Project>`);
    const noPositions = xml.replace(/ startPosition="0"/, "");
    for (const bad of [badGuid, badOrder, noPositions]) {
      expect(bad).not.toBe(xml);
      const result = await validateProject(bad);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it("the download: analysts only, no-store, attachment, audited with ids and counts; bad dates are a 400", async () => {
    await seed();
    const client = await signedInClient(context, t.db, analystId);
    const request = client.request(`/staff/p/${P}/coding/export.qdpx?survey=&from=2026-07-01&to=2026-09-30`);
    const response = (await qdpxRoute.loader({ context: context(), request, params: { partnership: P } })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="northshire-coded-answers-2026-07-01-to-2026-09-30.qdpx"');
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(zip)).toContain("project.qde");

    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.partnershipId, northshire), eq(auditLog.action, "qdpx_exported")));
    expect(entry).toMatchObject({ actorId: analystId, subjectType: "partnership", subjectId: northshire });
    expect(entry!.details).toEqual({ sources: 3, codes: 16, codings: 3, cases: 3, users: 2, from: "2026-07-01", to: "2026-09-30" });

    for (const query of ["from=2026-02-30", "from=2026-09-30&to=2026-07-01", "survey=nope", "to=yesterday"]) {
      const bad = (await qdpxRoute.loader({ context: context(), request: client.request(`/staff/p/${P}/coding/export.qdpx?${query}`), params: { partnership: P } })) as Response;
      expect(bad.status).toBe(400);
      expect(bad.headers.get("Cache-Control")).toBe("no-store");
    }

    // The codebook page offers the download, with the surveys that have texts to choose from.
    const page = await client.run((ctx, request) => codebookPage.loader({ context: ctx, request, params: { partnership: P } }), client.request(`/staff/p/${P}/codebook`));
    expect(page.status).toBe(200);
    expect((page.data as { surveys: { id: string; title: string }[] }).surveys.map((s) => s.title)).toEqual(["Home, school and getting help"]);
  });
});
