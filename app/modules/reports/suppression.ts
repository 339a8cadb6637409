/**
 * Statistical disclosure control for every count Heard shows or exports:
 * the ONS "10-5 rule" (counts under 10 hidden and marked [c], the rest
 * rounded to the nearest 5) plus secondary suppression, so a hidden cell can
 * never be worked out by subtracting shown cells from a shown total.
 *
 * How secondary suppression works (`protectTable`):
 *
 * - A table is a set of ADDITIVE LINES: a list of entries and the total they
 *   add up to exactly. Which lines a table has depends on which direction is
 *   additive (the `additive` option):
 *   - "rows": every item falls into exactly one column (a text has one
 *     audience, one age band, one channel, one setting), so each row's cells
 *     add up to the row total, and the column totals add up to the grand
 *     total. The columns do NOT add up down the rows (one text may carry
 *     several themes): a column total is a separate count of the items in
 *     that column, and nothing can be subtracted from it exactly.
 *   - "columns": the same, turned round.
 *   - "both": an ordinary cross-tabulation, where every row and every column
 *     adds up, and so do both sets of margins.
 * - Primary suppression hides every entry under 10.
 * - Secondary suppression then makes sure no hidden entry is alone in an
 *   additive line (hiding the smallest shown entry of that line, cells before
 *   totals), repeated across all lines until nothing changes; and then checks
 *   the linear algebra: a hidden entry is recoverable exactly when the line
 *   equations, with every shown entry known, pin it down (its unit vector is
 *   in the row space of the equations restricted to the hidden entries).
 *   While any hidden entry is recoverable, one more entry next to it is
 *   hidden. Hiding everything is always safe, so this ends.
 * - Totals that are published elsewhere (in "rows" mode the row totals, which
 *   are each theme's own count, and the grand total, which is the base) are
 *   never chosen for secondary suppression when a cell will do; in one-way
 *   tables a cell always will, so those totals are exactly `protectCount` of
 *   their value and agree with the same figure shown anywhere else.
 *
 * What this does not claim: shown values are rounded, and hidden entries are
 * known to lie between 0 and 9, so bounds can narrow a hidden value, but
 * never pin it: the guarantee is about exact values, before rounding.
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

/** Which direction of a table adds up exactly (see the comment at the top). */
export type AdditiveDirection = "rows" | "columns" | "both";

export interface ProtectTableOptions {
  /** Default "both": rows add up to row totals and columns to column totals. */
  additive?: AdditiveDirection;
  /**
   * Row totals, when rows are NOT additive ("columns"): separate counts (e.g.
   * items with any of the row's themes). Ignored when rows add up (computed).
   */
  rowTotals?: readonly number[];
  /** Column totals, when columns are NOT additive ("rows"). Ignored when columns add up (computed). */
  columnTotals?: readonly number[];
}

/** One count with nothing to subtract it from: [c] under 10, else rounded to the nearest 5. */
export function protectCount(n: number): Disclosed {
  return n < MIN_SHOWN ? { shown: false } : { shown: true, value: Math.round(n / 5) * 5 };
}

/** A table's entries laid out as one vector, and its additive lines as index lists. */
export interface TableLayout {
  rows: number;
  columns: number;
  /** Exact values: cells (row by row), then row totals, then column totals, then the total. */
  values: number[];
  /** Each additive line: member indexes and the index of the total they add up to. */
  lines: { members: number[]; total: number }[];
  /** Secondary-suppression preference (lower is hidden first): 0 cells, 1 margins, 2 published totals, 3 the grand total. */
  rank: number[];
}

export const cellIndex = (layout: Pick<TableLayout, "columns">, row: number, column: number) => row * layout.columns + column;
export const rowTotalIndex = (layout: Pick<TableLayout, "rows" | "columns">, row: number) => layout.rows * layout.columns + row;
export const columnTotalIndex = (layout: Pick<TableLayout, "rows" | "columns">, column: number) => layout.rows * layout.columns + layout.rows + column;
export const grandTotalIndex = (layout: Pick<TableLayout, "rows" | "columns">) => layout.rows * layout.columns + layout.rows + layout.columns;

/** The exact table (with its totals) and the lines that add up, as `protectTable` sees them. */
export function tableLayout(cells: readonly (readonly number[])[], options: ProtectTableOptions = {}): TableLayout {
  const additive = options.additive ?? "both";
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  if (cells.some((row) => row.length !== columns)) throw new Error("protectTable: rows of different lengths");
  if (cells.some((row) => row.some((n) => !Number.isInteger(n) || n < 0))) throw new Error("protectTable: counts must be whole numbers, 0 or more");
  const rowsAdd = additive !== "columns";
  const columnsAdd = additive !== "rows";
  const rowSums = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnSums = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  const rowTotals = rowsAdd ? rowSums : given(options.rowTotals, rows, "rowTotals");
  const columnTotals = columnsAdd ? columnSums : given(options.columnTotals, columns, "columnTotals");
  // The grand total: the sum of whichever margin adds up (items fall in exactly one column when rows add up).
  const total = rowsAdd ? columnTotals.reduce((a, b) => a + b, 0) : rowTotals.reduce((a, b) => a + b, 0);
  if (rowsAdd && columnsAdd && rowSums.reduce((a, b) => a + b, 0) !== total) throw new Error("protectTable: margins disagree");

  const layout: TableLayout = { rows, columns, values: [...cells.flat(), ...rowTotals, ...columnTotals, total], lines: [], rank: [] };
  const g = grandTotalIndex(layout);
  layout.rank = layout.values.map((_, i) => {
    if (i < rows * columns) return 0;
    if (i === g) return 3;
    const isRowTotal = i < rows * columns + rows;
    // A margin that is itself a line's total and published elsewhere (rows mode: row totals) is kept if at all possible.
    if (isRowTotal) return additive === "rows" ? 2 : 1;
    return additive === "columns" ? 2 : 1;
  });
  if (rowsAdd) {
    for (let r = 0; r < rows; r++) {
      layout.lines.push({ members: Array.from({ length: columns }, (_, c) => cellIndex(layout, r, c)), total: rowTotalIndex(layout, r) });
    }
    layout.lines.push({ members: Array.from({ length: columns }, (_, c) => columnTotalIndex(layout, c)), total: g });
  }
  if (columnsAdd) {
    for (let c = 0; c < columns; c++) {
      layout.lines.push({ members: Array.from({ length: rows }, (_, r) => cellIndex(layout, r, c)), total: columnTotalIndex(layout, c) });
    }
    layout.lines.push({ members: Array.from({ length: rows }, (_, r) => rowTotalIndex(layout, r)), total: g });
  }
  return layout;
}

function given(list: readonly number[] | undefined, length: number, name: string): number[] {
  if (!list || list.length !== length) throw new Error(`protectTable: ${name} must be given, one per line, when that direction does not add up`);
  if (list.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`protectTable: ${name} must be whole numbers, 0 or more`);
  return [...list];
}

/**
 * Which entries to hide: primary (under 10), then secondary until no hidden
 * entry is alone in a line and none can be recovered by linear algebra.
 */
export function suppressionPattern(layout: TableLayout): boolean[] {
  const hidden = layout.values.map((v) => v < MIN_SHOWN);
  const better = (a: number, b: number) =>
    layout.rank[a]! !== layout.rank[b]! ? layout.rank[a]! < layout.rank[b]! : layout.values[a]! !== layout.values[b]! ? layout.values[a]! < layout.values[b]! : a < b;
  const pick = (candidates: number[]): number | null => candidates.filter((i) => !hidden[i]).reduce<number | null>((best, i) => (best === null || better(i, best) ? i : best), null);

  // 1. No line with exactly one hidden entry; repeat across all lines until stable.
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of layout.lines) {
      const entries = [...line.members, line.total];
      if (entries.filter((i) => hidden[i]).length !== 1) continue;
      const next = pick(entries);
      if (next !== null) {
        hidden[next] = true;
        changed = true;
      }
    }
  }
  // 2. The linear algebra: while any hidden entry can be derived, hide one more beside it.
  for (;;) {
    const exposed = recoverable(layout, hidden);
    if (exposed.length === 0) return hidden;
    const v = exposed[0]!;
    const near = layout.lines.filter((l) => l.total === v || l.members.includes(v)).flatMap((l) => [...l.members, l.total]);
    const next = pick(near) ?? pick(layout.values.map((_, i) => i));
    if (next === null) return hidden; // everything hidden already: nothing can be derived
    hidden[next] = true;
  }
}

/**
 * Hidden entries whose exact value follows from the shown entries and the
 * line equations: e_v lies in the row space of the equations restricted to
 * the hidden entries (reduced row echelon form: v is a pivot whose row has
 * no other non-zero entry).
 */
export function recoverable(layout: TableLayout, hidden: readonly boolean[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  if (unknowns.length === 0) return [];
  const position = new Map(unknowns.map((v, k) => [v, k]));
  const matrix: number[][] = [];
  for (const line of layout.lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const m of line.members) {
      const k = position.get(m);
      if (k !== undefined) {
        row[k]! += 1;
        any = true;
      }
    }
    const k = position.get(line.total);
    if (k !== undefined) {
      row[k]! -= 1;
      any = true;
    }
    if (any) matrix.push(row);
  }
  const pivots = rref(matrix, unknowns.length);
  const out: number[] = [];
  for (const [rowIndex, column] of pivots) {
    const row = matrix[rowIndex]!;
    if (row.every((x, k) => k === column || Math.abs(x) < 1e-9)) out.push(unknowns[column]!);
  }
  return out;
}

/** Reduces `matrix` in place to reduced row echelon form; returns [row, pivot column] pairs. */
export function rref(matrix: number[][], columns: number): [number, number][] {
  const pivots: [number, number][] = [];
  let r = 0;
  for (let c = 0; c < columns && r < matrix.length; c++) {
    let p = -1;
    for (let i = r; i < matrix.length; i++) if (Math.abs(matrix[i]![c]!) > 1e-9 && (p < 0 || Math.abs(matrix[i]![c]!) > Math.abs(matrix[p]![c]!))) p = i;
    if (p < 0) continue;
    [matrix[r], matrix[p]] = [matrix[p]!, matrix[r]!];
    const pivotRow = matrix[r]!;
    const scale = pivotRow[c]!;
    for (let k = 0; k < columns; k++) pivotRow[k]! /= scale;
    for (let i = 0; i < matrix.length; i++) {
      if (i === r) continue;
      const row = matrix[i]!;
      const factor = row[c]!;
      if (Math.abs(factor) < 1e-12) continue;
      for (let k = 0; k < columns; k++) row[k]! -= factor * pivotRow[k]!;
    }
    pivots.push([r, c]);
    r++;
  }
  return pivots;
}

/**
 * A table with its totals, protected: primary and secondary suppression (see
 * the top of this file). With no options, rows add up to their row totals
 * and columns to their column totals (each item counted in exactly one cell),
 * and the totals are computed from the cells. For a table whose rows add up
 * but whose columns do not (themes × audience: one text has one audience but
 * may carry several themes), pass `{ additive: "rows", columnTotals }` with
 * the separate count of items in each column; the grand total is then their sum.
 */
export function protectTable(cells: readonly (readonly number[])[], options: ProtectTableOptions = {}): ProtectedTable {
  const layout = tableLayout(cells, options);
  const hidden = suppressionPattern(layout);
  const disclose = (i: number): Disclosed => (hidden[i] ? { shown: false } : protectCount(layout.values[i]!));
  return {
    cells: cells.map((row, r) => row.map((_, c) => disclose(cellIndex(layout, r, c)))),
    rowTotals: cells.map((_, r) => disclose(rowTotalIndex(layout, r))),
    columnTotals: Array.from({ length: layout.columns }, (_, c) => disclose(columnTotalIndex(layout, c))),
    total: disclose(grandTotalIndex(layout)),
  };
}

/** For display and exports: the number, or [c]. */
export function formatDisclosed(d: Disclosed, formatNumber: (n: number) => string = String): string {
  return d.shown ? formatNumber(d.value) : SUPPRESSED_MARK;
}
