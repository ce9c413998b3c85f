/** One protected table, exactly as it will be published: suppressed cells are marked. */
import { showsRowTotals, type ReportTable } from '../../../shared/report/build-report';
import { isPublished, type ProtectedCell } from '../../../shared/report/disclosure';
import { format } from '../../i18n/format';

function Cell({ cell, unit }: { cell: ProtectedCell; unit?: string | undefined }) {
  if (!isPublished(cell)) {
    return (
      <td className="num report-cell--suppressed">
        <span aria-hidden="true">✕</span>
        <span className="visually-hidden">suppressed</span>
      </td>
    );
  }
  const text = unit === '£' ? format().money(cell.value, { whole: true }) : unit === '%' ? `${cell.value}%` : format().number(cell.value);
  return <td className="num">{text}</td>;
}

export function ReportTableView({ entry }: { entry: ReportTable }) {
  const { table } = entry;
  // A one-column table has no Total column: each row's total would repeat the row.
  const rowTotals = showsRowTotals(entry);
  return (
    <table className="table report-table">
      <caption>
        {entry.title}
        {entry.unit && entry.unit !== '£' && entry.unit !== '%' ? <span className="muted"> ({entry.unit})</span> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">{entry.rowHeader}</th>
          {table.cols.map((col) => (
            <th key={col} scope="col" className="num">
              {col}
            </th>
          ))}
          {rowTotals ? (
            <th scope="col" className="num">
              Total
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {(table.cells[i] ?? []).map((cell, j) => (
              <Cell key={j} cell={cell} unit={entry.unit} />
            ))}
            {rowTotals ? <Cell cell={table.rowTotals[i]!} unit={entry.unit} /> : null}
          </tr>
        ))}
      </tbody>
      {entry.totals ? (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {table.colTotals.map((cell, j) => (
              <Cell key={j} cell={cell} unit={entry.unit} />
            ))}
            {rowTotals ? <Cell cell={table.grandTotal} unit={entry.unit} /> : null}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
