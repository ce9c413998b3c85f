/**
 * People's rights on a client's page: their subject access export (a printable sheet or a
 * JSON file), withdrawn consent, erasure, deleting a record made by mistake and merging
 * two records of the same person. A restricted record says so at the top.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { ConsentWithdrawalDialog } from './ConsentWithdrawalDialog';
import { EraseDialog } from './EraseDialog';
import { MergeDialog } from './MergeDialog';
import { MistakenRecordDialog } from './MistakenRecordDialog';
import { RestrictionNotice } from './RestrictionNotice';
import { SubjectAccessExport } from './SubjectAccessExport';

type Open = 'withdraw' | 'erase' | 'mistaken' | 'merge' | null;

export function RightsPanel({ client }: { client: Client }) {
  const { t } = useTranslation('privacy');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Panel title={t('rights.title')}>
      <RestrictionNotice client={client} />
      <div className="rights-actions">
        <SubjectAccessExport client={client} />
        <Button onClick={() => setOpen('withdraw')}>{t('rights.withdraw.open')}</Button>
        <Button onClick={() => setOpen('merge')}>{t('rights.merge.open')}</Button>
        <Button onClick={() => setOpen('mistaken')}>{t('rights.mistaken.open')}</Button>
        <Button variant="danger" onClick={() => setOpen('erase')}>
          {t('rights.erase.open')}
        </Button>
      </div>
      {open === 'withdraw' ? <ConsentWithdrawalDialog client={client} onClose={close} /> : null}
      {open === 'erase' ? <EraseDialog client={client} onClose={close} /> : null}
      {open === 'mistaken' ? <MistakenRecordDialog client={client} onClose={close} /> : null}
      {open === 'merge' ? <MergeDialog client={client} onClose={close} /> : null}
    </Panel>
  );
}
