import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { ThemedSummary } from "~/modules/reports/summary-types";
import { summaryContent, word, type Table as ContentTable } from "./summary-content";

/**
 * The summary as a Word document: real headings (Title, Heading 1, 2) so the
 * navigation pane and screen readers find them, and real tables whose first
 * row repeats as a header row.
 */
export async function renderSummaryDocx(summary: ThemedSummary): Promise<Uint8Array> {
  const content = summaryContent(summary);
  const body: (Paragraph | Table)[] = [];
  const heading = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => body.push(new Paragraph({ text, heading }));
  const paragraph = (text: string) => body.push(new Paragraph({ children: [new TextRun(text)] }));

  heading(content.title, HeadingLevel.TITLE);
  for (const [label, value] of content.about) body.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  paragraph(content.notes[0]!);

  heading(content.themes.title, HeadingLevel.HEADING_1);
  if (content.themes.rows.length > 0) body.push(table(content.themes));
  else paragraph(word("noThemes"));

  if (content.breakdowns.length > 0 || content.omitted) heading(word("breakdownsHeading"), HeadingLevel.HEADING_1);
  for (const breakdown of content.breakdowns) {
    heading(breakdown.title, HeadingLevel.HEADING_2);
    body.push(table(breakdown));
  }
  if (content.omitted) paragraph(content.omitted);

  heading(word("quotesHeading"), HeadingLevel.HEADING_1);
  paragraph(content.notes[1]!);
  for (const { theme, quotes } of content.quotes) {
    heading(theme, HeadingLevel.HEADING_2);
    if (quotes.length === 0) paragraph(word("noQuotes"));
    for (const quote of quotes) body.push(new Paragraph({ children: [new TextRun(`“${quote}”`)], indent: { left: 360 } }));
  }

  heading(word("tellsUsHeading"), HeadingLevel.HEADING_1);
  for (const line of (content.whatThisTellsUs || word("tellsUsEmpty")).split(/\n{2,}/)) paragraph(line);

  const doc = new Document({
    title: content.title,
    creator: "Heard",
    description: `${summary.partnership.name}: ${summary.period.label}`,
    styles: { default: { document: { run: { font: "Arial", size: 24, language: { value: "en-GB" } } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function table(t: ContentTable): Table {
  const cell = (text: string, { header = false, number = false } = {}) =>
    new TableCell({
      children: [new Paragraph({ alignment: number ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, { header: true, number: i > 0 })) }),
      ...t.rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, { header: i === 0, number: i > 0 })) })),
    ],
  });
}
