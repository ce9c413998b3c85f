/** The row-by-row report of a client import: what will be imported, what is a duplicate, what is refused and why. */
import { Trans, useTranslation } from 'react-i18next';
import type { ClientImportLine } from '../../../../shared/imports/client-import';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import type { Column } from '../../../ui/DataTable';
import { VirtualTable } from '../../../ui/VirtualTable';
import { IsolatedText } from '../IsolatedText';
import { useImportReasons } from './import-reasons';

const TONES = { import: 'ok', duplicate: 'warn', refused: 'danger' } as const;

export function ImportReport({ lines }: { lines: readonly ClientImportLine[] }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const reasons = useImportReasons();
  const columns: Column<ClientImportLine>[] = [
    { key: 'row', header: t('import.report.row'), width: '72px', numeric: true, cell: (l) => format.number(l.row) },
    { key: 'name', header: t('import.report.name'), width: '28%', cell: (l) => <bdi>{l.name ?? '–'}</bdi> },
    {
      key: 'outcome',
      header: t('import.report.outcome'),
      width: '120px',
      cell: (l) => <Badge tone={TONES[l.outcome]}>{t(`import.report.outcomes.${l.outcome}`)}</Badge>,
    },
    { key: 'message', header: t('import.report.details'), cell: (l) => (l.reasons.length > 0 ? <IsolatedText text={reasons(l.reasons)} /> : '–') },
  ];
  const count = (outcome: ClientImportLine['outcome']) => lines.filter((l) => l.outcome === outcome).length;
  return (
    <>
      <p aria-label={t('import.report.summaryLabel')}>
        <Trans
          t={t}
          i18nKey="import.report.summary"
          values={{ toImport: count('import'), duplicates: count('duplicate'), refused: count('refused') }}
          components={{ b: <strong /> }}
        />
      </p>
      <VirtualTable caption={t('import.report.caption')} columns={columns} rows={lines} rowKey={(l) => String(l.row)} />
    </>
  );
}
