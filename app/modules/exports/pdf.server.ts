import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { ThemedSummary } from "~/modules/reports/summary-types";
import type { Disclosed } from "~/modules/reports/suppression";
import { shownCount, summaryContent, word, type Table } from "./summary-content";

// The DejaVu fonts ship in node_modules (dejavu-fonts-ttf): nothing is
// downloaded, and they cover the letters of every language Heard speaks.
// createRequire resolves them from here in development, in the built server
// and in tests alike.
const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const MARGIN = 56;
const INK = "#0b0c0c";
const BAR = "#1d70b8";
const GREY = "#505a5f";

type Struct = PDFKit.PDFStructureElement;
type TextOptions = PDFKit.Mixins.TextOptions & { structParent?: Struct; structType?: string };

/**
 * The summary as a tagged PDF (headings, paragraphs, tables with header
 * cells and a described figure in the structure tree; language en-GB; the
 * title shown in the window), drawn from the same content as every export.
 */
export function renderSummaryPdf(summary: ThemedSummary): Promise<Uint8Array> {
  const content = summaryContent(summary);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: FONT,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: content.title, Author: summary.partnership.name, Subject: summary.period.label, Creator: "Heard" },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont("body", FONT);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;

  const text = (value: string, structType: string, options: TextOptions = {}) => {
    doc.text(value, MARGIN, undefined, { width, structParent: root, structType, ...options } as TextOptions);
  };
  const heading = (value: string, level: 1 | 2 | 3) => {
    const size = level === 1 ? 22 : level === 2 ? 16 : 13;
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.moveDown(level === 1 ? 0 : 0.8);
    doc.font("bold").fontSize(size).fillColor(INK);
    text(value, `H${level}`);
    doc.font("body").fontSize(11).moveDown(0.3);
  };
  const paragraph = (value: string, options: TextOptions = {}) => {
    doc.font("body").fontSize(11).fillColor(INK);
    text(value, "P", options);
    doc.moveDown(0.4);
  };
  /** Starts a new page unless this much height is left (for headings followed by a short table). */
  const keepTogether = (height: number) => {
    const room = doc.page.height - MARGIN - doc.y;
    if (height > room && height < doc.page.height - 2 * MARGIN) doc.addPage();
  };
  const tableHeight = (t: Table) => (t.rows.length + 1) * 24 + 40;
  const table = (t: Table) => {
    doc.font("body").fontSize(10).fillColor(INK);
    const columns = t.header.length;
    const first = Math.min(width * 0.4, 200);
    const rest = (width - first) / Math.max(1, columns - 1);
    const headerRow = t.header.map((h) => ({ text: h, type: "TH" as const, font: { src: FONT_BOLD } }));
    const bodyRows = t.rows.map((row) => row.map((cell, i) => (i === 0 ? { text: cell, type: "TH" as const } : { text: cell, align: { x: "right" as const } })));
    doc.table({
      position: { x: MARGIN },
      maxWidth: width,
      columnStyles: (i: number) => (i === 0 ? first : rest),
      rowStyles: (i: number) => (i === 0 ? { backgroundColor: "#f3f2f1" } : {}),
      defaultStyle: { padding: 4, border: 0.5, borderColor: "#b1b4b6" },
      structParent: root,
      data: [headerRow, ...bodyRows],
    } as PDFKit.Mixins.TableOptionsWithData);
    doc.x = MARGIN;
    doc.moveDown(0.6);
  };

  heading(content.title, 1);
  for (const [label, value] of content.about) {
    doc.font("body").fontSize(11).fillColor(INK);
    text(`${label}: ${value}`, "P");
  }
  doc.moveDown(0.4);
  paragraph(content.notes[0]!, { structType: "P" });

  heading(content.themes.title, 2);
  if (content.chart.length > 0) {
    drawChart(doc, root, content.chart, width);
    keepTogether(tableHeight(content.themes));
    table(content.themes);
  } else paragraph(word("noThemes"));

  if (content.breakdowns[0]) keepTogether(tableHeight(content.breakdowns[0]) + 50);
  if (content.breakdowns.length > 0 || content.omitted) heading(word("breakdownsHeading"), 2);
  for (const breakdown of content.breakdowns) {
    keepTogether(tableHeight(breakdown));
    heading(breakdown.title, 3);
    table(breakdown);
  }
  if (content.omitted) paragraph(content.omitted);

  heading(word("quotesHeading"), 2);
  paragraph(content.notes[1]!);
  for (const { theme, quotes } of content.quotes) {
    heading(theme, 3);
    if (quotes.length === 0) paragraph(word("noQuotes"));
    for (const quote of quotes) paragraph(`“${quote}”`, { indent: 12 });
  }

  heading(word("tellsUsHeading"), 2);
  paragraph(content.whatThisTellsUs || word("tellsUsEmpty"));

  root.end();
  doc.end();
  return done;
}

/** A horizontal bar per theme, drawn with vector shapes; a hidden count draws no bar and says [c]. The figure's words are its alternative text. */
function drawChart(doc: PDFKit.PDFDocument, root: Struct, bars: { label: string; count: Disclosed }[], width: number) {
  const barHeight = 14;
  const gap = 6;
  const labelWidth = Math.min(180, width * 0.35);
  const valueWidth = 40;
  const plot = width - labelWidth - valueWidth - 8;
  const height = bars.length * (barHeight + gap);
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y + 4;
  const max = Math.max(1, ...bars.map((b) => (b.count.shown ? b.count.value : 0)));
  const alt = `${word("chartTitle")}: ${bars.map((b) => `${b.label} ${shownCount(b.count)}`).join("; ")}`;
  root.add(
    doc.struct("Figure", { alt }, () => {
      doc.font("body").fontSize(9).fillColor(INK);
      bars.forEach((bar, i) => {
        const y = top + i * (barHeight + gap);
        doc.fillColor(INK).text(bar.label, MARGIN, y + 2, { width: labelWidth - 6, height: barHeight, ellipsis: true, lineBreak: false });
        const x = MARGIN + labelWidth;
        if (bar.count.shown) {
          const length = Math.max(1, (bar.count.value / max) * plot);
          doc.rect(x, y, length, barHeight).fill(BAR);
          doc.fillColor(INK).text(String(bar.count.value), x + length + 4, y + 2, { width: valueWidth, lineBreak: false });
        } else {
          doc.fillColor(GREY).text(shownCount(bar.count), x + 2, y + 2, { width: valueWidth, lineBreak: false });
        }
      });
    }),
  );
  doc.fillColor(INK);
  doc.x = MARGIN;
  doc.y = top + height + 6;
}
