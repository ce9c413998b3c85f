/**
 * Settings → Records that need attention: stored records that no longer fit their schema,
 * kept exactly as stored, with what is wrong. Each can be opened in its own form, have its
 * stored fields corrected, or be saved as a JSON file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordRecordExport, storedRecordJson, useRecordsNeedingAttention, type RecordNeedingAttention } from '../../data';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { refusalMessage } from '../../ui/form-errors';
import { isolate, UserText } from '../../ui/UserText';
import { wordMessage } from '../../i18n';
import { CorrectRecordDialog } from './CorrectRecordDialog';

export function RecordsNeedingAttentionPanel() {
  const { t } = useTranslation('settings');
  const { records, recheck } = useRecordsNeedingAttention();
  const status = useStatus();
  const [correcting, setCorrecting] = useState<{ record: RecordNeedingAttention; json: string } | null>(null);

  const saveAsFile = async (record: RecordNeedingAttention) => {
    try {
      const content = await storedRecordJson(record.table, record.id);
      const result = await getPlatform().saveFile({
        suggestedName: `signpost-${record.table}-${record.id}.json`.replace(/[^\w.-]/g, '_'),
        content,
        filters: [{ name: t('attention.jsonFiles'), extensions: ['json'] }],
      });
      if (result.saved) {
        await recordRecordExport(record.table);
        status.say(t('attention.saved', { fileName: isolate(result.fileName) }));
      } else if (result.reason === 'cancelled') status.say(t('attention.notSaved'));
      else status.error(t('attention.saveFailed'));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const startCorrecting = async (record: RecordNeedingAttention) => {
    try {
      setCorrecting({ record, json: await storedRecordJson(record.table, record.id) });
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  return (
    <Panel title={t('attention.title')}>
      <p className="muted">{t('attention.intro')}</p>
      {records === undefined ? (
        <p className="muted">{t('attention.checking')}</p>
      ) : records.length === 0 ? (
        <p>{t('attention.allClean')}</p>
      ) : (
        <ul className="attention-list" aria-label={t('attention.list')}>
          {records.map((record) => (
            <li key={`${record.table}/${record.id}`} className="attention-list__item">
              <p>
                <strong>{t(`attention.table.${record.table}`)}</strong>{' '}
                {record.label !== undefined ? (
                  <UserText>{record.label}</UserText>
                ) : record.table === 'settings' ? (
                  t('attention.forumSettings')
                ) : (
                  t('attention.recordId', { id: isolate(record.id) })
                )}
              </p>
              <ul aria-label={t('attention.whatIsWrong')}>
                {record.problems.map((problem, index) => (
                  <li key={index}>
                    <code>{problem.path}</code>: {wordMessage(problem.message)}
                  </li>
                ))}
              </ul>
              <div className="form__actions">
                {record.formPath ? (
                  <Link className="button button--secondary" to={record.formPath}>
                    {t('attention.open')}
                  </Link>
                ) : null}
                <Button onClick={() => void startCorrecting(record)}>{t('attention.correct')}</Button>
                <Button onClick={() => void saveAsFile(record)}>{t('attention.saveJson')}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {correcting ? (
        <CorrectRecordDialog
          record={correcting.record}
          initial={correcting.json}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            recheck();
            status.say(t('attention.corrected'));
          }}
        />
      ) : null}
    </Panel>
  );
}
