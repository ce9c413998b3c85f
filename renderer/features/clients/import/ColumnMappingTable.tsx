/** Which field each column of the spreadsheet fills: one select per column, with an example value. */
import { useTranslation } from 'react-i18next';
import type { TextTable } from '../../../../shared/imports/csv-table';
import { CLIENT_IMPORT_FIELDS, type ClientImportField, type ColumnMapping } from '../../../../shared/imports/client-import';
import { useFormat } from '../../../i18n/format';

export function ColumnMappingTable({ table, mapping, onChange }: { table: TextTable; mapping: ColumnMapping; onChange: (next: ColumnMapping) => void }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const example = (column: number): string => {
    for (const row of table.rows) if ('cells' in row && (row.cells[column] ?? '').trim() !== '') return row.cells[column]!.trim();
    return '';
  };
  const choose = (column: number, field: ClientImportField | '') =>
    // A field fills one column: choosing it here takes it from any other column.
    onChange(mapping.map((current, i) => (i === column ? field : current === field ? '' : current)));
  return (
    <table className="table">
      <caption>{t('import.columns.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.columns.column')}</th>
          <th scope="col">{t('import.columns.example')}</th>
          <th scope="col">{t('import.columns.field')}</th>
        </tr>
      </thead>
      <tbody>
        {table.columns.map((column, index) => {
          const name = column || t('import.columns.unnamed', { number: format.number(index + 1) });
          return (
            <tr key={index}>
              <th scope="row">
                <bdi>{name}</bdi>
              </th>
              <td>
                <bdi className="muted">{example(index)}</bdi>
              </td>
              <td>
                <select
                  className="input"
                  aria-label={t('import.columns.fieldFor', { column: name })}
                  value={mapping[index] ?? ''}
                  onChange={(e) => choose(index, e.target.value as ClientImportField | '')}
                >
                  <option value="">{t('import.columns.leaveOut')}</option>
                  {CLIENT_IMPORT_FIELDS.map((field) => (
                    <option key={field.key} value={field.key}>
                      {t(`import.field.${field.key}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
