/**
 * Statistical disclosure control for every count Heard shows or exports:
 * the ONS "10-5 rule" (counts under 10 hidden and marked [c], the rest
 * rounded to the nearest 5) plus secondary suppression, so a hidden cell can
 * never be worked out by subtracting shown cells from a shown total.
 *
 * CONTRACT (issue 7): the signatures below are shared by the summary,
 * dashboard and export code. The body here is a placeholder doing primary
 * suppression only; the summary work replaces it with the full rule and
 * property-based tests (fast-check).
 */

/** How government statistics mark a suppressed cell. */
export const SUPPRESSED_MARK = "[c]";
/** Smallest count (and smallest base for a breakdown) that may be shown. */
export const MIN_SHOWN = 10;

/** A count as it may be shown: rounded to 5, or hidden. */
export type Disclosed = { readonly shown: true; readonly value: number } | { readonly shown: false };

export interface ProtectedTable {
  /** cells[row][column], each rounded or hidden. */
  cells: Disclosed[][];
  rowTotals: Disclosed[];
  columnTotals: Disclosed[];
  total: Disclosed;
}

/** One count with nothing to subtract it from: [c] under 10, else rounded to the nearest 5. */
export function protectCount(n: number): Disclosed {
  return n < MIN_SHOWN ? { shown: false } : { shown: true, value: Math.round(n / 5) * 5 };
}

/**
 * A table whose rows add up to their row totals and whose columns add up to
 * their column totals (each item counted in exactly one column per row
 * dimension). Row totals are computed from the cells.
 */
export function protectTable(cells: readonly (readonly number[])[]): ProtectedTable {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + (row[c] ?? 0), 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return {
    cells: cells.map((row) => row.map(protectCount)),
    rowTotals: rowTotals.map(protectCount),
    columnTotals: columnTotals.map(protectCount),
    total: protectCount(total),
  };
}

/** For display and exports: the number, or [c]. */
export function formatDisclosed(d: Disclosed, formatNumber: (n: number) => string = String): string {
  return d.shown ? formatNumber(d.value) : SUPPRESSED_MARK;
}
