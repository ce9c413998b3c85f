/**
 * A table for thousands of rows (20,000 clients): only the rows in view are in the DOM,
 * with spacer rows above and below keeping the scrollbar true. Row height is fixed, which
 * keeps scrolling smooth on a modest laptop. aria-rowcount tells screen readers the total.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ColumnHeaders, RowCells, type TableProps } from './DataTable';

const ROW_HEIGHT = 45;

export function VirtualTable<Row>({ caption, columns, rows, rowKey }: TableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
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
            return (
              <tr key={rowKey(row)} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <RowCells columns={columns} row={row} />
              </tr>
            );
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
