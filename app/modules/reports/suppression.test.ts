import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDisclosed, MIN_SHOWN, protectCount, protectTable, SUPPRESSED_MARK, type AdditiveDirection, type Disclosed, type ProtectedTable } from "./suppression";

// The ONS 10-5 rule with secondary suppression. The properties below are
// checked on random tables (small counts are made likely, so suppression
// happens a lot), with equations written here from the table's meaning, not
// taken from the module.

const RUNS = 300;

/** A count that is often small. */
const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 }), fc.constant(0));

/** A table of counts, 1-5 rows by 1-5 columns. */
const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, columns]) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

/**
 * A themes × audience table: rows add up (one audience per text), columns do
 * not (a text may carry several themes). Each column total is between the
 * biggest cell in it and the sum of its cells.
 */
const oneWay = table.chain((cells) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: cells[0]!.length, maxLength: cells[0]!.length }).map((shares) => {
    const columnTotals = shares.map((share, c) => {
      const column = cells.map((row) => row[c]!);
      const max = Math.max(...column);
      const sum = column.reduce((a, b) => a + b, 0);
      return max + Math.floor(share * (sum - max));
    });
    return { cells, columnTotals };
  }),
);

interface Entry {
  exact: number;
  shown: Disclosed;
}

/** The table's entries as one list, with the equations each additive direction gives (written from the meaning of the table). */
function equations(cells: number[][], result: ProtectedTable, additive: AdditiveDirection, columnTotals?: number[]) {
  const rows = cells.length;
  const columns = cells[0]!.length;
  const rowExact = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnExact = columnTotals ?? Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  const totalExact = columnExact.reduce((a, b) => a + b, 0);
  const entries: Entry[] = [];
  const cell: number[][] = cells.map((row, r) => row.map((exact, c) => entries.push({ exact, shown: result.cells[r]![c]! }) - 1));
  const rowTotal = rowExact.map((exact, r) => entries.push({ exact, shown: result.rowTotals[r]! }) - 1);
  const columnTotal = columnExact.map((exact, c) => entries.push({ exact, shown: result.columnTotals[c]! }) - 1);
  const total = entries.push({ exact: totalExact, shown: result.total }) - 1;
  /** Each line: members that add up to its total. */
  const lines: { members: number[]; total: number }[] = [];
  if (additive !== "columns") {
    for (let r = 0; r < rows; r++) lines.push({ members: cell[r]!, total: rowTotal[r]! });
    lines.push({ members: columnTotal, total });
  }
  if (additive !== "rows") {
    for (let c = 0; c < columns; c++) lines.push({ members: cell.map((row) => row[c]!), total: columnTotal[c]! });
    lines.push({ members: rowTotal, total });
  }
  return { entries, lines, rowTotal, total };
}

/**
 * For a hidden entry v, a different table that agrees with every shown exact
 * value and satisfies every line, but has another value at v: proof that v
 * cannot be worked out. Null when none exists (v is recoverable).
 * Found from the null space of the line equations restricted to the hidden entries.
 */
function alternative(entries: Entry[], lines: { members: number[]; total: number }[], v: number): number[] | null {
  const hidden = entries.flatMap((e, i) => (e.shown.shown ? [] : [i]));
  const col = new Map(hidden.map((h, k) => [h, k]));
  const m = lines.map((line) => {
    const row = new Array<number>(hidden.length).fill(0);
    for (const x of line.members) if (col.has(x)) row[col.get(x)!]! += 1;
    if (col.has(line.total)) row[col.get(line.total)!]! -= 1;
    return row;
  });
  // Gauss-Jordan elimination, then a null-space vector per free column.
  const pivotOf: number[] = [];
  let r = 0;
  for (let c = 0; c < hidden.length && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const s = m[r]![c]!;
    m[r] = m[r]!.map((x) => x / s);
    for (let i = 0; i < m.length; i++) if (i !== r && Math.abs(m[i]![c]!) > 1e-12) m[i] = m[i]!.map((x, k) => x - m[i]![c]! * m[r]![k]!);
    pivotOf[r] = c;
    r++;
  }
  const pivots = new Set(pivotOf);
  const target = col.get(v)!;
  for (let free = 0; free < hidden.length; free++) {
    if (pivots.has(free)) continue;
    const z = new Array<number>(hidden.length).fill(0);
    z[free] = 1;
    pivotOf.forEach((c, row) => (z[c] = -m[row]![free]!));
    if (Math.abs(z[target]!) < 1e-9) continue;
    const values = entries.map((e) => e.exact);
    hidden.forEach((h, k) => (values[h] = values[h]! + z[k]!));
    return values;
  }
  return null;
}

function checkTable(cells: number[][], additive: AdditiveDirection, columnTotals?: number[]) {
  const result = protectTable(cells, additive === "rows" ? { additive, columnTotals } : { additive });
  const { entries, lines, rowTotal, total } = equations(cells, result, additive, columnTotals);

  for (const e of entries) {
    if (e.exact < MIN_SHOWN) expect(e.shown.shown).toBe(false);
    if (e.shown.shown) {
      expect(e.shown.value).toBeGreaterThanOrEqual(MIN_SHOWN);
      expect(e.shown.value % 5).toBe(0);
      expect(Math.abs(e.shown.value - e.exact)).toBeLessThanOrEqual(2);
    }
  }
  for (const line of lines) {
    const hiddenCount = [...line.members, line.total].filter((i) => !entries[i]!.shown.shown).length;
    expect(hiddenCount === 0 || hiddenCount >= 2).toBe(true);
  }
  // Cannot be recovered: for every hidden entry in an additive line, another table fits every shown exact value.
  const inLines = new Set(lines.flatMap((l) => [...l.members, l.total]));
  for (const [v, e] of entries.entries()) {
    if (e.shown.shown || !inLines.has(v)) continue;
    const other = alternative(entries, lines, v);
    expect(other, `entry ${v} (exact ${e.exact}) can be worked out`).not.toBeNull();
    for (const line of lines) {
      const sum = line.members.reduce((a, i) => a + other![i]!, 0);
      expect(Math.abs(sum - other![line.total]!)).toBeLessThan(1e-6);
    }
    entries.forEach((x, i) => {
      if (x.shown.shown) expect(other![i]).toBe(x.exact);
    });
    expect(Math.abs(other![v]! - e.exact)).toBeGreaterThan(1e-6);
  }
  return { result, entries, rowTotal, total };
}

describe("protectCount (the 10-5 rule)", () => {
  it("hides counts under 10 and rounds the rest to the nearest 5", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const d = protectCount(n);
        if (n < 10) return !d.shown;
        return d.shown && d.value >= 10 && d.value % 5 === 0 && Math.abs(d.value - n) <= 2;
      }),
      { numRuns: RUNS },
    );
  });

  it("known values", () => {
    expect([0, 1, 9, 10, 12, 13, 17, 18, 22, 23, 1002].map((n) => formatDisclosed(protectCount(n)))).toEqual(
      ["[c]", "[c]", "[c]", "10", "10", "15", "15", "20", "20", "25", "1000"],
    );
    expect(SUPPRESSED_MARK).toBe("[c]");
  });
});

describe("protectTable: secondary suppression", () => {
  it("two-way tables (rows and columns add up): nothing under 10 shown, no line with one hidden entry, no hidden entry recoverable", () => {
    fc.assert(
      fc.property(table, (cells) => {
        checkTable(cells, "both");
      }),
      { numRuns: RUNS },
    );
  });

  it("one-way tables (rows add up, columns are separate counts): the same, and theme totals and the base are never hidden to protect a cell", () => {
    fc.assert(
      fc.property(oneWay, ({ cells, columnTotals }) => {
        const { result, entries, rowTotal, total } = checkTable(cells, "rows", columnTotals);
        // The row totals (each theme's count) and the base are exactly protectCount of their value,
        // so they agree with the same figures shown in the summary's theme list and base.
        rowTotal.forEach((i, r) => expect(result.rowTotals[r]).toEqual(protectCount(entries[i]!.exact)));
        expect(result.total).toEqual(protectCount(entries[total]!.exact));
      }),
      { numRuns: RUNS },
    );
  });

  it("columns add up: the mirror of rows", () => {
    fc.assert(
      fc.property(table, (cells) => {
        const transposed = cells[0]!.map((_, c) => cells.map((row) => row[c]!));
        const byRows = protectTable(transposed, { additive: "rows", columnTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)) });
        const byColumns = protectTable(cells, { additive: "columns", rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)) });
        expect(byColumns.cells).toEqual(cells.map((row, r) => row.map((_, c) => byRows.cells[c]![r]!)));
        expect(byColumns.total).toEqual(byRows.total);
      }),
      { numRuns: 100 },
    );
  });
});

describe("protectTable: known tables", () => {
  const show = (t: ProtectedTable) => ({
    cells: t.cells.map((row) => row.map((d) => formatDisclosed(d))),
    rowTotals: t.rowTotals.map((d) => formatDisclosed(d)),
    columnTotals: t.columnTotals.map((d) => formatDisclosed(d)),
    total: formatDisclosed(t.total),
  });

  it("a lone small cell takes the next smallest with it; the row total stays", () => {
    expect(show(protectTable([[5, 20, 31]], { additive: "rows", columnTotals: [5, 20, 31] }))).toEqual({
      cells: [["[c]", "[c]", "30"]],
      rowTotals: ["55"],
      columnTotals: ["[c]", "[c]", "30"],
      total: "55",
    });
  });

  it("a 2 × 2 table with one small cell hides all four cells but keeps every total", () => {
    expect(show(protectTable([[3, 20], [15, 40]]))).toEqual({
      cells: [["[c]", "[c]"], ["[c]", "[c]"]],
      rowTotals: ["25", "55"],
      columnTotals: ["20", "60"],
      total: "80",
    });
  });

  it("themes × audience: a column total is its own count and is not a sum down the rows", () => {
    // Two themes; 30 texts for children (some with both themes), 12 for parents.
    const t = protectTable(
      [
        [25, 4],
        [20, 11],
      ],
      { additive: "rows", columnTotals: [30, 12] },
    );
    expect(show(t)).toEqual({
      // Row 1: 4 is hidden, so 25 goes too (the only other cell); row 2 has nothing hidden.
      cells: [["[c]", "[c]"], ["20", "10"]],
      rowTotals: ["30", "30"],
      columnTotals: ["30", "10"],
      total: "40",
    });
  });

  it("two closed groups of hidden cells joined by one hidden cell: that cell could be worked out, so more are hidden", () => {
    // Every row and column has 0 or at least 2 small cells, yet the cell at
    // (1, 2) is a bridge: adding rows 0-1 and taking away columns 0-1 leaves
    // only it. The line rule alone would miss it; the linear algebra does not.
    const cells = [
      [3, 4, 50, 60],
      [5, 6, 7, 70],
      [80, 90, 8, 2],
      [40, 30, 1, 9],
    ];
    const { result } = checkTable(cells, "both");
    expect(result.cells.flat().filter((d) => !d.shown).length).toBeGreaterThan(9);
  });

  it("nothing small: nothing hidden", () => {
    const t = protectTable([[10, 20], [30, 40]]);
    expect(show(t).cells).toEqual([["10", "20"], ["30", "40"]]);
  });

  it("refuses tables it cannot reason about", () => {
    expect(() => protectTable([[1, 2], [3]])).toThrow();
    expect(() => protectTable([[1.5]])).toThrow();
    expect(() => protectTable([[1, 2]], { additive: "rows" })).toThrow();
  });
});
