import words from "~/locales/en/exports.json";
import type { BreakdownDimension, ThemedSummary } from "~/modules/reports/summary-types";
import { formatDisclosed, SUPPRESSED_MARK, type Disclosed } from "~/modules/reports/suppression";

/**
 * What every summary export shows, worked out once from the ThemedSummary:
 * the PDF, Word, CSV and Excel files are drawn from this, so they cannot
 * disagree. Every count is a Disclosed: a hidden one is written [c], never a number.
 */

type Words = typeof words.document;

/** The English words of an export ("exports" namespace), with {{name}} filled in. */
export function word(key: keyof Words, values: Record<string, string> = {}): string {
  return words.document[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

export function dimensionWord(dimension: BreakdownDimension): string {
  return words.dimensions[dimension];
}

export const sheetWords = words.sheets;
export const csvWords = words.csv;

/** A count for people to read: the number or [c]. */
export const shownCount = (d: Disclosed): string => formatDisclosed(d);
/** A count for a spreadsheet: a number, or the text [c]. */
export const cellCount = (d: Disclosed): number | string => (d.shown ? d.value : SUPPRESSED_MARK);

/** The change from the previous period as people read it: "+5", "-10", "0", or [c] when either count is hidden. */
export function shownChange(change: number | null): string {
  if (change === null) return SUPPRESSED_MARK;
  return change > 0 ? `+${change}` : String(change);
}
export const cellChange = (change: number | null): number | string => (change === null ? SUPPRESSED_MARK : change);

// Control characters cannot be read (and some cannot go in a Word file's XML at all).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Text for a document people read (PDF, Word): no control characters; tabs and carriage returns become spaces and line breaks. */
export function readable(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(CONTROL, "").replace(/[ ]{2,}/g, " ").trim();
}

export interface Table {
  /** A caption or sheet name. */
  title: string;
  header: string[];
  /** Rows of text; the first cell of each row heads the row. */
  rows: string[][];
}

export interface SummaryContent {
  title: string;
  /** "Partnership: ...", "Period: ..." pairs. */
  about: [string, string][];
  themes: Table;
  /** Bars: the theme and its count this period. */
  chart: { label: string; count: Disclosed }[];
  breakdowns: Table[];
  omitted: string | null;
  quotes: { theme: string; quotes: string[] }[];
  whatThisTellsUs: string;
  notes: string[];
}

export function sourcesText(summary: ThemedSummary): string {
  const parts = summary.sources.surveys.map((s) => s.title);
  if (summary.sources.includesFeedback) parts.push(word("feedback"));
  return parts.length > 0 ? parts.join("; ") : word("noSources");
}

export function summaryContent(summary: ThemedSummary): SummaryContent {
  const about: [string, string][] = [
    [word("partnership"), readable(summary.partnership.name)],
    [word("group"), readable(summary.group.name)],
    ...(summary.group.priority ? ([[word("priority"), readable(summary.group.priority)]] as [string, string][]) : []),
    [word("period"), `${summary.period.label} (${summary.period.from} to ${summary.period.to})`],
    [word("previousPeriod"), `${summary.previousPeriod.label} (${summary.previousPeriod.from} to ${summary.previousPeriod.to})`],
    [word("sources"), readable(sourcesText(summary))],
    [word("base"), shownCount(summary.base)],
    [word("generated"), summary.generatedAt.slice(0, 10)],
  ];
  const themes: Table = {
    title: word("themesHeading"),
    header: [word("theme"), word("count"), word("previous"), word("change")],
    rows: summary.themes.map((t) => [readable(t.label), shownCount(t.count), shownCount(t.previous), shownChange(t.change)]),
  };
  const breakdowns = summary.breakdowns.map<Table>((b) => ({
    title: word("breakdownBy", { dimension: dimensionWord(b.dimension) }),
    header: [word("theme"), ...b.columns.map((c) => readable(c.label)), word("total")],
    rows: [
      ...b.rows.map((r) => [readable(r.label), ...r.cells.map(shownCount), shownCount(r.total)]),
      [word("total"), ...b.columnTotals.map(shownCount), shownCount(b.total)],
    ],
  }));
  return {
    title: word("title", { group: readable(summary.group.name) }),
    about,
    themes,
    chart: summary.themes.map((t) => ({ label: readable(t.label), count: t.count })),
    breakdowns,
    omitted: summary.omittedBreakdowns.length > 0 ? word("omitted", { dimensions: summary.omittedBreakdowns.map(dimensionWord).join(", ") }) : null,
    quotes: summary.themes.map((t) => ({ theme: readable(t.label), quotes: t.quotes.map(readable).filter(Boolean) })),
    whatThisTellsUs: readable(summary.whatThisTellsUs),
    notes: [word("rounding"), word("quotesNote")],
  };
}

/**
 * The data as one tidy table (section, theme, dimension, column, value) for
 * CSV: one value per row, numbers as numbers, hidden counts as [c].
 */
export function tidyRows(summary: ThemedSummary): (string | number)[][] {
  const rows: (string | number)[][] = [[csvWords.section, csvWords.theme, csvWords.dimension, csvWords.column, csvWords.value]];
  const about = (column: string, value: string | number) => rows.push(["about", "", "", column, value]);
  about("partnership", summary.partnership.name);
  about("group", summary.group.name);
  if (summary.group.priority) about("priority", summary.group.priority);
  about("period_from", summary.period.from);
  about("period_to", summary.period.to);
  about("period", summary.period.label);
  about("previous_period_from", summary.previousPeriod.from);
  about("previous_period_to", summary.previousPeriod.to);
  about("sources", sourcesText(summary));
  about("base", cellCount(summary.base));
  about("note", word("rounding"));
  for (const t of summary.themes) {
    rows.push(["themes", t.label, "", "count", cellCount(t.count)]);
    rows.push(["themes", t.label, "", "previous", cellCount(t.previous)]);
    rows.push(["themes", t.label, "", "change", cellChange(t.change)]);
  }
  for (const b of summary.breakdowns) {
    for (const r of b.rows) {
      b.columns.forEach((c, i) => rows.push(["breakdown", r.label, b.dimension, c.label, cellCount(r.cells[i] ?? { shown: false })]));
      rows.push(["breakdown", r.label, b.dimension, word("total"), cellCount(r.total)]);
    }
    b.columns.forEach((c, i) => rows.push(["breakdown", word("total"), b.dimension, c.label, cellCount(b.columnTotals[i] ?? { shown: false })]));
    rows.push(["breakdown", word("total"), b.dimension, word("total"), cellCount(b.total)]);
  }
  for (const t of summary.themes) for (const q of t.quotes) rows.push(["quote", t.label, "", "quote", q]);
  if (summary.whatThisTellsUs.trim()) rows.push(["what_this_tells_us", "", "", "text", summary.whatThisTellsUs.trim()]);
  return rows;
}
