/**
 * A table for thousands of rows (20,000 clients): only the rows in view are in the DOM,
 * with spacer rows above and below keeping the scrollbar true. Row height is fixed, which
 * keeps scrolling smooth on a modest laptop. aria-rowcount tells screen readers the total.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type ReactElement } from 'react';
import { ColumnHeaders, RowCells, type Column, type TableProps } from './DataTable';

const ROW_HEIGHT = 45;
const ROW_STYLE = { height: ROW_HEIGHT };
/**
 * Rows drawn beyond the window, above and below: enough for a wheel's step, few enough
 * that a key press in a search does not redraw dozens of rows no one can see.
 */
const OVERSCAN = 6;

/**
 * One row, memoised: typing a search narrows the results, and a person still in view at
 * the same place is not drawn again (the directory hands out the same record each time).
 */
const VirtualRow = memo(function VirtualRow<Row>({ row, columns, rowIndex }: { row: Row; columns: readonly Column<Row>[]; rowIndex: number }) {
  return (
    <tr aria-rowindex={rowIndex} style={ROW_STYLE}>
      <RowCells columns={columns} row={row} />
    </tr>
  );
}) as <Row>(props: { row: Row; columns: readonly Column<Row>[]; rowIndex: number }) => ReactElement;

export function VirtualTable<Row>({ caption, columns, rows, rowKey }: TableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scroller} className="virtual-table" tabIndex={0} role="region" aria-label={caption}>
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <ColumnHeaders columns={columns} />
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return <VirtualRow key={rowKey(row)} row={row} columns={columns} rowIndex={item.index + 2} />;
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
