import ExcelJS from "exceljs";
import type { ThemedSummary } from "~/modules/reports/summary-types";
import { cellChange, cellCount, dimensionWord, sheetWords, summaryContent, word } from "./summary-content";
import { spreadsheetValue } from "./spreadsheet";

type Cell = string | number;

// Characters an .xlsx file's XML cannot hold (tab, line feed and carriage return it can, and keeps).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const cellValue = (value: Cell) => spreadsheetValue(typeof value === "string" ? value.replace(NOT_XML, "") : value);

/**
 * The summary's data as an Excel workbook: a sheet of themes, one per
 * breakdown, the approved quotes, and a Notes sheet. Every text cell goes
 * through escapeSpreadsheetCell and is written as a plain string value
 * (never a formula object); counts are numbers, hidden ones the text [c].
 */
export async function renderSummaryXlsx(summary: ThemedSummary): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Heard";
  workbook.title = summaryContent(summary).title;
  workbook.created = new Date(summary.generatedAt);

  const used = new Set<string>();
  const sheet = (name: string, header: string[], rows: Cell[][], widths: number[] = []) => {
    const ws = workbook.addWorksheet(sheetName(name, used), { views: [{ state: "frozen", ySplit: 1 }] });
    const put = (values: Cell[], bold = false) => {
      const row = ws.addRow([]);
      values.forEach((value, i) => {
        // Assigning the escaped string (or number) itself: exceljs stores it as a string or number cell.
        row.getCell(i + 1).value = cellValue(value);
      });
      if (bold) row.font = { bold: true };
    };
    put(header, true);
    for (const row of rows) put(row);
    header.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? (i === 0 ? 40 : 16)));
    return ws;
  };

  sheet(
    sheetWords.themes,
    [word("theme"), word("count"), word("previous"), word("change")],
    summary.themes.map((t) => [t.label, cellCount(t.count), cellCount(t.previous), cellChange(t.change)]),
  );
  for (const b of summary.breakdowns) {
    const title = word("breakdownBy", { dimension: dimensionWord(b.dimension) });
    sheet(
      title.charAt(0).toUpperCase() + title.slice(1),
      [word("theme"), ...b.columns.map((c) => c.label), word("total")],
      [
        ...b.rows.map((r) => [r.label, ...r.cells.map(cellCount), cellCount(r.total)]),
        [word("total"), ...b.columnTotals.map(cellCount), cellCount(b.total)],
      ],
    );
  }
  sheet(
    sheetWords.quotes,
    [word("theme"), sheetWords.quotes],
    summary.themes.flatMap((t) => t.quotes.map((q) => [t.label, q])),
    [40, 100],
  );
  const content = summaryContent(summary);
  sheet(
    sheetWords.notes,
    [sheetWords.item, sheetWords.value],
    [
      ...content.about.map(([label, value]) => [label, value] as Cell[]),
      ...(content.omitted ? [[word("breakdownsHeading"), content.omitted]] : []),
      [word("notesHeading"), word("rounding")],
      [word("quotesHeading"), word("quotesNote")],
      [word("tellsUsHeading"), content.whatThisTellsUs || word("tellsUsEmpty")],
    ],
    [40, 100],
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, and unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
