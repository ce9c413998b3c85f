/**
 * Subject access: the person's whole record as a readable sheet to print or save as a PDF
 * (the app's print path) and as a JSON file. Both are logged as files that left the
 * machine, with the client's id.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { recordFileExport, subjectAccessJson, subjectAccessRecord, type SubjectAccessRecord } from '../../data';
import { getPlatform } from '../../platform/get-platform';
import { now } from '../../platform/clock';
import { Button } from '../../ui/Button';
import { PrintPreviewDialog } from '../../ui/PrintPreviewDialog';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { rightsFailure } from './rights-messages';
import { SubjectAccessSheet } from './SubjectAccessSheet';

export function SubjectAccessExport({ client }: { client: Client }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const [sheet, setSheet] = useState<SubjectAccessRecord>();
  const stem = `subject-access-${client.ref}`;

  const print = async () => {
    try {
      setSheet(await subjectAccessRecord(client.id, now().toISOString()));
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };
  const saveJson = async () => {
    try {
      const record = await subjectAccessRecord(client.id, now().toISOString());
      const result = await getPlatform().saveFile({ suggestedName: `${stem}.json`, content: subjectAccessJson(record), filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (result.saved) {
        await recordFileExport('subject-access', { format: 'json', subjectId: client.id });
        status.say(t('rights.access.saved', { fileName: isolate(result.fileName) }));
      } else if (result.reason === 'failed') status.error(t('rights.refused.failed'));
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };
  return (
    <>
      <Button onClick={() => void print()}>{t('rights.access.print')}</Button>
      <Button onClick={() => void saveJson()}>{t('rights.access.json')}</Button>
      {sheet ? (
        <PrintPreviewDialog
          title={t('rights.access.title')}
          suggestedName={`${stem}.pdf`}
          exportKind="subject-access"
          subjectId={client.id}
          onClose={() => setSheet(undefined)}
          sheet={<SubjectAccessSheet record={sheet} />}
        />
      ) : null}
    </>
  );
}
