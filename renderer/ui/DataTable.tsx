/**
 * An accessible table for short lists (a day's bookings, a clinic's sessions). Long lists
 * use VirtualTable, which renders only the rows in view.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf } from '../data';
import { Badge } from './Badge';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  width?: string;
}

/** What both table components take: the virtual one has the same props. */
export interface TableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/** The header cells of a table's columns (both table components use them). */
export function ColumnHeaders<Row>({ columns }: { columns: readonly Column<Row>[] }) {
  return columns.map((column) => (
    <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined} style={column.width ? { width: column.width } : undefined}>
      {column.header}
    </th>
  ));
}

/**
 * One row's cells. A record read back damaged (see renderer/data/read-leniently.ts) is
 * still listed, marked "Needs attention" in its first cell, in every table.
 */
export function RowCells<Row>({ columns, row }: { columns: readonly Column<Row>[]; row: Row }) {
  const { t } = useTranslation();
  const damaged = typeof row === 'object' && row !== null && problemsOf(row) !== undefined;
  return columns.map((column, index) => (
    <td key={column.key} className={column.numeric ? 'num' : undefined}>
      {column.cell(row)}
      {damaged && index === 0 ? (
        <>
          {' '}
          <Badge tone="danger">{t('table.needsAttention')}</Badge>
        </>
      ) : null}
    </td>
  ));
}

export function DataTable<Row>({ caption, columns, rows, rowKey }: TableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <ColumnHeaders columns={columns} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <RowCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
