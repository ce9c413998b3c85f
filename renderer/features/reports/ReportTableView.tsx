/** One protected table, exactly as it will be published: suppressed cells are marked. */
import { useTranslation } from 'react-i18next';
import { showsRowTotals, type ReportTable } from '../../../shared/report/build-report';
import { isPublished, type ProtectedCell } from '../../../shared/report/disclosure';
import { useFormat } from '../../i18n/format';
import { SuppressedMark } from './suppressed-mark';
import { unitWords } from './words/file-words';

function Cell({ cell, unit }: { cell: ProtectedCell; unit?: string | undefined }) {
  const format = useFormat();
  if (!isPublished(cell)) {
    return (
      <td className="num report-cell--suppressed">
        <SuppressedMark />
      </td>
    );
  }
  const text = unit === '£' ? format.money(cell.value, { whole: true }) : unit === '%' ? format.percent(cell.value / 100) : format.number(cell.value);
  return <td className="num">{text}</td>;
}

export function ReportTableView({ entry }: { entry: ReportTable }) {
  const { t } = useTranslation('reports');
  const { table } = entry;
  // A one-column table has no Total column: each row's total would repeat the row.
  const rowTotals = showsRowTotals(entry);
  return (
    <table className="table report-table">
      <caption>
        {entry.title}
        {entry.unit && entry.unit !== '£' && entry.unit !== '%' ? <span className="muted"> ({unitWords(t, entry.unit)})</span> : null}
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
              {t('table.total')}
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
            <th scope="row">{t('table.total')}</th>
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
