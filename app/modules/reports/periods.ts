import type { SummaryPeriod } from "./summary-types";

// Reporting periods for themed summaries: calendar quarters by default, or
// any range of days. Dates are YYYY-MM-DD, both ends inclusive. Plain
// functions, safe in the browser.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

function parse(day: string): Ymd {
  const [y, m, d] = day.split("-").map(Number);
  return { y: y!, m: m!, d: d! };
}

function iso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A day plus (or minus) some days. */
export function addDays(day: string, days: number): string {
  const { y, m, d } = parse(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both counted. */
export function daysBetweenInclusive(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000) + 1;
}

/** A quarter's key, e.g. "2026-Q3". */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export function isQuarterKey(value: string): value is QuarterKey {
  return /^\d{4}-Q[1-4]$/.test(value);
}

/** The calendar quarter a day falls in: first and last day, label and key. */
export function quarterOf(day: string): SummaryPeriod & { key: QuarterKey } {
  const { y, m } = parse(day);
  const q = Math.floor((m - 1) / 3) + 1;
  return quarter(y, q);
}

/** A quarter from its key, e.g. "2026-Q3" → 1 July to 30 September 2026. */
export function quarterFromKey(key: QuarterKey): SummaryPeriod & { key: QuarterKey } {
  const [y, q] = key.split("-Q").map(Number);
  return quarter(y!, q!);
}

function quarter(y: number, q: number): SummaryPeriod & { key: QuarterKey } {
  const first = (q - 1) * 3 + 1;
  const from = iso({ y, m: first, d: 1 });
  const to = iso({ y, m: first + 2, d: daysInMonth(y, first + 2) });
  return { from, to, label: periodLabel(from, to), key: `${y}-Q${q}` as QuarterKey };
}

/** The last quarter that has ended by `today`. */
export function lastCompleteQuarter(today: string): SummaryPeriod & { key: QuarterKey } {
  const current = quarterOf(today);
  return quarterOf(addDays(current.from, -1));
}

/** The `count` most recent complete quarters, newest first (for a select). */
export function recentQuarters(today: string, count = 8): (SummaryPeriod & { key: QuarterKey })[] {
  const out = [lastCompleteQuarter(today)];
  while (out.length < count) out.push(quarterOf(addDays(out[out.length - 1]!.from, -1)));
  return out;
}

/** Is this range whole calendar months (first day of one month to last day of another)? */
function wholeMonths(from: string, to: string): number | null {
  const a = parse(from);
  const b = parse(to);
  if (a.d !== 1 || b.d !== daysInMonth(b.y, b.m)) return null;
  const months = (b.y - a.y) * 12 + (b.m - a.m) + 1;
  return months > 0 ? months : null;
}

/**
 * The period of the same length just before this one: for whole months
 * (a quarter, a year) the same number of months before; otherwise the same
 * number of days, ending the day before `from`.
 */
export function previousPeriod(from: string, to: string): SummaryPeriod {
  const months = wholeMonths(from, to);
  if (months !== null) {
    const a = parse(from);
    const start = new Date(Date.UTC(a.y, a.m - 1 - months, 1)).toISOString().slice(0, 10);
    const end = addDays(from, -1);
    return { from: start, to: end, label: periodLabel(start, end) };
  }
  const length = daysBetweenInclusive(from, to);
  const end = addDays(from, -1);
  const start = addDays(end, -(length - 1));
  return { from: start, to: end, label: periodLabel(start, end) };
}

/**
 * Words for a period: "July to September 2026" (whole months), "July 2026",
 * "November 2025 to January 2026", or "3 July to 14 August 2026" (days).
 */
export function periodLabel(from: string, to: string): string {
  const a = parse(from);
  const b = parse(to);
  if (wholeMonths(from, to) !== null) {
    if (a.y === b.y && a.m === b.m) return `${MONTHS[a.m - 1]} ${a.y}`;
    if (a.y === b.y) return `${MONTHS[a.m - 1]} to ${MONTHS[b.m - 1]} ${a.y}`;
    return `${MONTHS[a.m - 1]} ${a.y} to ${MONTHS[b.m - 1]} ${b.y}`;
  }
  if (from === to) return `${a.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} to ${b.d} ${MONTHS[b.m - 1]} ${a.y}`;
  return `${a.d} ${MONTHS[a.m - 1]} ${a.y} to ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
}

/** A period from its ends, with its label. */
export function periodOf(from: string, to: string): SummaryPeriod {
  return { from, to, label: periodLabel(from, to) };
}
