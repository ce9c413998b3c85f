/** Which field each column of the spreadsheet fills: one select per column, with an example value. */
import type { TextTable } from '../../../../shared/imports/csv-table';
import { CLIENT_IMPORT_FIELDS, type ClientImportField, type ColumnMapping } from '../../../../shared/imports/client-import';

export function ColumnMappingTable({ table, mapping, onChange }: { table: TextTable; mapping: ColumnMapping; onChange: (next: ColumnMapping) => void }) {
  const example = (column: number): string => {
    for (const row of table.rows) if ('cells' in row && (row.cells[column] ?? '').trim() !== '') return row.cells[column]!.trim();
    return '';
  };
  const choose = (column: number, field: ClientImportField | '') =>
    // A field fills one column: choosing it here takes it from any other column.
    onChange(mapping.map((current, i) => (i === column ? field : current === field ? '' : current)));
  return (
    <table className="table">
      <caption>Columns</caption>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Example</th>
          <th scope="col">Signpost field</th>
        </tr>
      </thead>
      <tbody>
        {table.columns.map((column, index) => (
          <tr key={index}>
            <th scope="row">
              <bdi>{column || `Column ${index + 1}`}</bdi>
            </th>
            <td>
              <bdi className="muted">{example(index)}</bdi>
            </td>
            <td>
              <select
                className="input"
                aria-label={`Field for column “${column || `Column ${index + 1}`}”`}
                value={mapping[index] ?? ''}
                onChange={(e) => choose(index, e.target.value as ClientImportField | '')}
              >
                <option value="">Leave out</option>
                {CLIENT_IMPORT_FIELDS.map((field) => (
                  <option key={field.key} value={field.key}>
                    {field.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
