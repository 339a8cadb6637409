import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { codebookCodes, codings, partnerships, quotes, staffUsers } from "#db/schema/index.ts";
import { openDatabase } from "~/modules/db/client.server";
import { seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { lastCompleteQuarter } from "~/modules/reports/periods";
import { DEFAULT_CODEBOOK } from "~/modules/themes/codebook";
import { ukToday } from "~/modules/workspace/dates";
import { startApp, type RunningApp } from "../support/app-server";
import { clickAndLoad, expectNoAxeViolations, withBrowser } from "../support/browser";
import { demoStaff, signInAsStaff } from "../support/browser-staff";
import { addSuggestions, addTextItems } from "../support/coding";
import { PROJECT_ROOT, TMP_DIR } from "../support/paths";

// Issue 7's browser acceptance, from answers to exports: answers are seeded
// in the last complete quarter, an analyst codes some of them in the browser
// (the rest were coded before), builds the quarter's summary for the demo's
// "Practice and workforce subgroup" (fed by basic_needs among others),
// downloads the PDF, Word, CSV and Excel files and the REFI-QDA project, and
// the test opens every file: the text is there, hidden counts say [c], the
// spreadsheet holds escaped formula text (never a formula), and project.qde
// validates against the REFI-QDA Project.xsd. JavaScript off, so every
// download is a plain link or GET form.

const BASE = "/staff/p/northshire";
const GROUP = "Practice and workforce subgroup";
const quarter = lastCompleteQuarter(ukToday());
const FORMULA_QUOTE = '=HYPERLINK("http://evil.example","click") there is never food at home';
const basicNeeds = DEFAULT_CODEBOOK.find((c) => c.code === "basic_needs")!;
let app: RunningApp;
let dataDir = "";
let toCodeInBrowser: string[] = [];

beforeAll(async () => {
  await mkdir(TMP_DIR, { recursive: true });
  dataDir = await mkdtemp(path.join(TMP_DIR, "feedback-loop-"));
  const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
  await handle.migrate();
  const db = handle.db;
  await seedDemo(db);
  await seedDemoStaff(db);
  const [p] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, "northshire"));
  const [analyst] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, demoStaff("analyst").email));
  const [basic] = await db
    .select({ id: codebookCodes.id })
    .from(codebookCodes)
    .where(and(eq(codebookCodes.partnershipId, p!.id), eq(codebookCodes.code, "basic_needs")));
  // 14 answers about food in the quarter: 12 already coded, 2 left for the analyst.
  const texts = [
    { text: FORMULA_QUOTE, surveySlug: "demo-young-people", receivedOn: quarter.from },
    ...Array.from({ length: 13 }, (_, i) => ({ text: `We do not have enough food at home, answer ${i + 1}.`, surveySlug: "demo-young-people", receivedOn: quarter.to })),
  ];
  const ids = await addTextItems(db, "northshire", texts);
  await db.insert(codings).values(ids.slice(0, 12).map((id) => ({ textItemId: id, codeId: basic!.id, coderId: analyst!.id, decision: "accepted" as const })));
  toCodeInBrowser = ids.slice(12);
  for (const id of toCodeInBrowser) await addSuggestions(db, "northshire", id, [{ code: "basic_needs", score: 0.9, phrases: ["food"] }]);
  // A person approved the quote that looks like a spreadsheet formula.
  await db.insert(quotes).values({ textItemId: ids[0]!, codeId: basic!.id, excerpt: FORMULA_QUOTE, status: "approved", decidedBy: analyst!.id, decidedAt: new Date() });
  await handle.close();
  app = await startApp({ HEARD_DATA_DIR: dataDir });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Clicks a link or button that answers with a file, and returns the file's bytes and suggested name. */
async function download(page: Page, target: Locator): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download"), target.click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(saved)) };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return parts.join("\n");
}

describe("from answers to exports", () => {
  it("an analyst codes answers, builds the quarter's summary for a group, and downloads PDF, Word, CSV, Excel and .qdpx that say what the page says", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));

      // Code the last two answers in the browser: accept the suggested theme.
      for (const id of toCodeInBrowser) {
        await page.goto(session.url(`${BASE}/coding?item=${id}`));
        const suggestion = page.locator('[data-suggestion="basic_needs"]');
        await clickAndLoad(page, suggestion.getByRole("button", { name: "Accept" }));
        expect(await suggestion.locator(".tag").innerText()).toBe("Accepted");
      }

      // The quarter's summary for the group: 14 answers about basic needs show as 15; the group's other themes as [c].
      await page.goto(session.url(`${BASE}/summaries`));
      await page.getByLabel("Implementation group").selectOption({ label: GROUP });
      await page.getByLabel("Period").selectOption({ label: quarter.label });
      await clickAndLoad(page, page.getByRole("button", { name: "Show summary" }));
      expect(await page.locator("#summary-heading").innerText()).toBe(`${GROUP}: ${quarter.label}`);
      const rows = await page.locator(".chart__table tbody tr").allInnerTexts();
      const basicRow = rows.find((r) => r.startsWith(basicNeeds.label));
      expect(basicRow).toMatch(/\b15\b/);
      expect(rows.filter((r) => !r.startsWith(basicNeeds.label)).every((r) => r.includes("[c]"))).toBe(true);
      expect(await page.locator("body").innerText()).toContain(FORMULA_QUOTE);
      await expectNoAxeViolations(page, "the group's summary", { javaScript: false });

      const exportLink = (format: string) => page.locator(`a[href*="/summaries/export/${format}?"]`);

      // PDF: the group, the period, the theme with its rounded count, [c], and the quote.
      const pdf = await download(page, exportLink("pdf"));
      expect(pdf.name).toMatch(/^northshire-practice-and-workforce-subgroup-.*\.pdf$/);
      const text = (await pdfText(pdf.bytes)).replace(/\s+/g, " ");
      expect(text).toContain(GROUP);
      expect(text).toContain(quarter.label);
      expect(text).toContain(basicNeeds.label);
      expect(text).toContain("[c]");
      expect(text).toContain("there is never food at home");

      // Word: real headings and a table with the theme.
      const docx = await download(page, exportLink("docx"));
      const documentXml = strFromU8(unzipSync(docx.bytes)["word/document.xml"]!);
      expect(documentXml).toContain(GROUP);
      expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
      expect(documentXml).toContain("<w:tbl>");
      expect(documentXml).toContain(basicNeeds.label);
      expect(documentXml).toContain("[c]");

      // CSV: the quote is escaped, so a spreadsheet shows it as text.
      const csv = strFromU8((await download(page, exportLink("csv"))).bytes);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") there is never food at home"`);
      expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

      // Excel: the escaped formula text is a string cell, and no cell anywhere is a formula.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from((await download(page, exportLink("xlsx"))).bytes) as unknown as ArrayBuffer);
      const cells: ExcelJS.Cell[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
      expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
      const quoteCell = cells.find((cell) => String(cell.value).includes("there is never food at home"));
      expect(quoteCell?.value).toBe(`'${FORMULA_QUOTE}`);
      expect(quoteCell?.type).toBe(ExcelJS.ValueType.String);
      expect(cells.some((cell) => cell.value === 15)).toBe(true);
      expect(cells.some((cell) => cell.value === "[c]")).toBe(true);

      // The REFI-QDA project, from the codebook page's GET form: it validates against Project.xsd,
      // with the 14 redacted answers as sources, each coded with basic needs.
      await page.goto(session.url(`${BASE}/codebook`));
      await page.locator("#qdpx-from").fill(quarter.from);
      await page.locator("#qdpx-to").fill(quarter.to);
      const qdpx = await download(page, page.getByRole("button", { name: "Download the project (.qdpx)" }));
      expect(qdpx.name).toMatch(/\.qdpx$/);
      const zip = unzipSync(qdpx.bytes);
      const project = strFromU8(zip["project.qde"]!);
      const xsd = await readFile(path.join(PROJECT_ROOT, "app/modules/exports/refi-qda/Project.xsd"), "utf8");
      const validation = await validateXML({ xml: [{ fileName: "project.qde", contents: project }], schema: [{ fileName: "Project.xsd", contents: xsd }] });
      expect(validation.errors).toEqual([]);
      expect(validation.valid).toBe(true);
      expect(project.match(/<TextSource\b/g)?.length).toBe(14);
      expect(project.match(/<Coding\b/g)?.length).toBe(14);
      expect(project).toContain(`name="${basicNeeds.label}"`);
      const sourceTexts = Object.entries(zip)
        .filter(([name]) => name.endsWith(".txt"))
        .map(([, bytes]) => strFromU8(bytes));
      expect(sourceTexts).toContain(FORMULA_QUOTE);
    });
  });
});
