import { useMemo, useState, type ComponentPropsWithRef, type ReactNode } from "react";
import { Cell, Column, Row, Table, TableBody, TableHeader, type RowProps, type SortDescriptor } from "react-aria-components";

export interface TableColumn<T> {
  id: string;
  label: string;
  /** The row's name: screen readers say it when moving along a row. One column should be. */
  isRowHeader?: boolean;
  numeric?: boolean;
  /** Given a value to sort by, the column header sorts (click, Enter or Space). */
  sortValue?: (row: T) => string | number;
  render: (row: T) => ReactNode;
}

interface SortableTableProps<T> {
  /** The table's name, for screen readers. */
  label: string;
  columns: TableColumn<T>[];
  rows: T[];
  /** How the rows arrive from the server, so the first render matches it. */
  initialSort: SortDescriptor;
}

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

/** Rows in the order a sort descriptor asks for; the rows' own order breaks ties. */
export function sortRows<T>(rows: T[], columns: TableColumn<T>[], sort: SortDescriptor): T[] {
  const value = columns.find((c) => c.id === sort.column)?.sortValue;
  if (!value) return rows;
  const direction = sort.direction === "descending" ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = value(a.row);
      const y = value(b.row);
      const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return order * direction || a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * react-aria gives each row a style attribute (a nesting level we do not use):
 * server-rendered, the Content-Security-Policy refuses it, so it is left out.
 */
const rowWithoutStyle: NonNullable<RowProps<object>["render"]> = ({ style: _unused, ...props }) => (
  <tr {...(props as ComponentPropsWithRef<"tr">)} />
);

/**
 * A staff data table (react-aria-components): a grid that arrow keys move
 * around, with sortable columns that say their order (aria-sort). Before
 * hydration it is the same table in the server's order.
 */
export function SortableTable<T extends { id: string }>({ label, columns, rows, initialSort }: SortableTableProps<T>) {
  const [sort, setSort] = useState<SortDescriptor>(initialSort);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  return (
    <Table aria-label={label} className="table" sortDescriptor={sort} onSortChange={setSort}>
      <TableHeader columns={columns}>
        {(column) => (
          <Column
            id={column.id}
            isRowHeader={column.isRowHeader}
            allowsSorting={!!column.sortValue}
            className={column.numeric ? "table__header table__header--numeric" : "table__header"}
          >
            {({ allowsSorting, sortDirection }) => (
              <span className="table__sort">
                {column.label}
                {allowsSorting ? (
                  <span aria-hidden="true" className="table__sort-arrow">
                    {sortDirection === "ascending" ? "▲" : sortDirection === "descending" ? "▼" : "↕"}
                  </span>
                ) : null}
              </span>
            )}
          </Column>
        )}
      </TableHeader>
      <TableBody items={sorted}>
        {(row) => (
          <Row id={row.id} columns={columns} className="table__row" render={rowWithoutStyle}>
            {(column) => <Cell className={column.numeric ? "table__cell table__cell--numeric" : "table__cell"}>{column.render(row)}</Cell>}
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
