// The dashboard's period: the last 12 months by month, or the last 4 or 8
// quarters by quarter, ending today. Safe in the browser (labels) and on the
// server (the range the queries use). Days are UK days, yyyy-mm-dd.

export const DASHBOARD_RANGES = ["12m", "4q", "8q"] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];
export const DEFAULT_RANGE: DashboardRange = "12m";

export type PeriodUnit = "month" | "quarter";

export interface DashboardPeriod {
  range: DashboardRange;
  unit: PeriodUnit;
  /** First day of the first month or quarter. */
  from: string;
  /** Today: the last day counted. */
  to: string;
  /** The months ("2026-11") or quarters ("2026-Q4"), oldest first. */
  buckets: string[];
}

/** The range someone asked for in the address, or the default for anything else. */
export function parseRange(value: string | null | undefined): DashboardRange {
  return (DASHBOARD_RANGES as readonly string[]).includes(value ?? "") ? (value as DashboardRange) : DEFAULT_RANGE;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The month ("2026-11") or quarter ("2026-Q4") a day falls in. */
export function bucketOf(unit: PeriodUnit, day: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  return unit === "month" ? `${year}-${pad(month)}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The period ending `today` for this range. */
export function periodFor(range: DashboardRange, today: string): DashboardPeriod {
  const unit: PeriodUnit = range === "12m" ? "month" : "quarter";
  const count = range === "12m" ? 12 : range === "4q" ? 4 : 8;
  const step = unit === "month" ? 1 : 3;
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // The first month of the current bucket (the quarter's first month for quarters), counted from year 0.
  const current = year * 12 + (unit === "month" ? month - 1 : Math.floor((month - 1) / 3) * 3);
  const buckets: string[] = [];
  let first = "";
  for (let i = count - 1; i >= 0; i -= 1) {
    const m = current - i * step;
    const day = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}-01`;
    if (i === count - 1) first = day;
    buckets.push(bucketOf(unit, day));
  }
  return { range, unit, from: first, to: today, buckets };
}

/** A bucket's first and last months as [year, month (1-12)] pairs, for labels. */
export function bucketMonths(bucket: string): { year: number; first: number; last: number } {
  const year = Number(bucket.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(bucket);
  if (quarter) {
    const q = Number(quarter[1]);
    return { year, first: q * 3 - 2, last: q * 3 };
  }
  const month = Number(bucket.slice(5, 7));
  return { year, first: month, last: month };
}
