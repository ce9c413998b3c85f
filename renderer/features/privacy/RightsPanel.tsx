/**
 * People's rights on a client's page: their subject access export (a printable sheet or a
 * JSON file), withdrawn consent, restriction at the person's request, erasure, deleting a
 * record made by mistake and merging two records of the same person. A restricted record
 * says so at the top, where it can be lifted.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { useCan } from '../../security/permissions';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { ConsentWithdrawalDialog } from './ConsentWithdrawalDialog';
import { EraseDialog } from './EraseDialog';
import { MergeDialog } from './MergeDialog';
import { MistakenRecordDialog } from './MistakenRecordDialog';
import { RestrictDialog } from './RestrictDialog';
import { RestrictionNotice } from './RestrictionNotice';
import { SubjectAccessExport } from './SubjectAccessExport';

type Open = 'withdraw' | 'restrict' | 'erase' | 'mistaken' | 'merge' | null;

export function RightsPanel({ client }: { client: Client }) {
  const { t } = useTranslation('privacy');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  // Each right is offered only to a role that may exercise it (shared/security/roles.ts).
  const canExport = useCan('rights.subjectAccess');
  const canWithdraw = useCan('consent.record');
  const canErase = useCan('rights.erase');
  if (!canExport && !canWithdraw && !canErase) return <RestrictionNotice client={client} />;
  return (
    <Panel title={t('rights.title')}>
      <RestrictionNotice client={client} />
      <div className="rights-actions">
        {canExport ? <SubjectAccessExport client={client} /> : null}
        {canWithdraw ? <Button onClick={() => setOpen('withdraw')}>{t('rights.withdraw.open')}</Button> : null}
        {canWithdraw && !client.restriction ? <Button onClick={() => setOpen('restrict')}>{t('rights.restrict.open')}</Button> : null}
        {canErase ? (
          <>
            <Button onClick={() => setOpen('merge')}>{t('rights.merge.open')}</Button>
            <Button onClick={() => setOpen('mistaken')}>{t('rights.mistaken.open')}</Button>
            <Button variant="danger" onClick={() => setOpen('erase')}>
              {t('rights.erase.open')}
            </Button>
          </>
        ) : null}
      </div>
      {open === 'withdraw' ? <ConsentWithdrawalDialog client={client} onClose={close} /> : null}
      {open === 'restrict' ? <RestrictDialog client={client} onClose={close} /> : null}
      {open === 'erase' ? <EraseDialog client={client} onClose={close} /> : null}
      {open === 'mistaken' ? <MistakenRecordDialog client={client} onClose={close} /> : null}
      {open === 'merge' ? <MergeDialog client={client} onClose={close} /> : null}
    </Panel>
  );
}
