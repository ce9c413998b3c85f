/**
 * A table for thousands of rows (20,000 clients): only the rows in view are in the DOM,
 * with spacer rows above and below keeping the scrollbar true. A row is one line high
 * until drawn, then measured as drawn: a long name, an import's reasons or a larger text
 * size wrap onto more lines, and the rows move with the scroll instead of jumping, under a
 * scrollbar as long as the list. aria-rowcount tells screen readers the total.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, type ReactElement } from 'react';
import { ColumnHeaders, RowCells, type Column, type TableProps } from './DataTable';

/** A one-line row, the estimate before a row is drawn and its least height after. */
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
type RowProps<Row> = { row: Row; columns: readonly Column<Row>[]; index: number; measure: (row: Element | null) => void };
const VirtualRow = memo(function VirtualRow<Row>({ row, columns, index, measure }: RowProps<Row>) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} style={ROW_STYLE}>
      <RowCells columns={columns} row={row} />
    </tr>
  );
}) as <Row>(props: RowProps<Row>) => ReactElement;

export interface VirtualTableProps<Row> extends TableProps<Row> {
  /**
   * When this changes (a new search), the list goes back to its first row: the best
   * matches are at the top, and a list left scrolled down would show the results' middle.
   * A change of the rows alone (someone registered meanwhile) keeps the place.
   */
  firstRowOn?: unknown;
}

export function VirtualTable<Row>({ caption, columns, rows, rowKey, firstRowOn }: VirtualTableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  const shownFor = useRef(firstRowOn);
  useLayoutEffect(() => {
    if (Object.is(shownFor.current, firstRowOn)) return;
    shownFor.current = firstRowOn;
    scroller.current?.scrollTo({ top: 0 });
  }, [firstRowOn]);
  // A drawn row's height is kept by the row's own key, not its place: a search that moves
  // someone up the list keeps their measured height. (Callers may pass a new rowKey each
  // render; the key function changes only with the rows, so the virtualizer's offsets are
  // worked out again only then.)
  const keyOf = useRef(rowKey);
  keyOf.current = rowKey;
  const getItemKey = useCallback((index: number) => keyOf.current(rows[index]!), [rows]);
  // The app does not use the React Compiler; the virtualizer re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
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
            return <VirtualRow key={rowKey(row)} row={row} columns={columns} index={item.index} measure={virtualizer.measureElement} />;
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
