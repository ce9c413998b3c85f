/**
 * Settings → Backups: when the last good backup was made, make one now (with an
 * optional passphrase), where automatic backups go and how many are kept.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFolder } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { backupsKept, setBackupsKept } from './backup-actions';
import { BackupReminder } from './BackupReminder';
import { MakeBackupForm } from './MakeBackupForm';

export function BackupsPanel() {
  const { t } = useTranslation('backups');
  const status = useStatus();
  const [folder, setFolder] = useState<BackupFolder>();
  const [keep, setKeep] = useState(backupsKept());

  useEffect(() => {
    void getPlatform()
      .getBackupFolder()
      .then(setFolder, () => setFolder({ chosen: false, reason: 'unavailable' }));
  }, []);

  const noFolders = folder !== undefined && !folder.chosen && folder.reason === 'unavailable';

  const choose = async () => {
    const chosen = await getPlatform().chooseBackupFolder();
    if (chosen.chosen) {
      setFolder(chosen);
      status.say(t('folder.chosen', { folder: isolate(chosen.folder) }));
    } else if (chosen.reason === 'unavailable') {
      status.error(t('folder.unavailable'));
    }
  };

  return (
    <Panel title={t('panel.title')}>
      <BackupReminder withLink={false} always />
      <p>{t('panel.intro')}</p>
      <p className="notice notice--warning">
        <strong>{t('panel.notEncrypted')}</strong> {t('panel.notEncryptedWhy')}
      </p>
      <MakeBackupForm />
      <h3>{t('folder.title')}</h3>
      <p>
        {folder?.chosen
          ? t('folder.automatic', { folder: isolate(folder.folder) })
          : noFolders
            ? t('folder.none')
            : t('folder.choosePrompt')}
      </p>
      <div className="form__actions">
        {!noFolders ? <Button onClick={() => void choose()}>{folder?.chosen ? t('folder.chooseAnother') : t('folder.choose')}</Button> : null}
        <Field label={t('folder.kept')} hint={t('folder.keptHint')}>
          <input
            type="number"
            min={1}
            max={100}
            value={keep}
            onChange={(e) => {
              const value = Number.parseInt(e.target.value, 10);
              if (Number.isInteger(value) && value >= 1 && value <= 100) {
                setKeep(value);
                setBackupsKept(value);
              }
            }}
          />
        </Field>
      </div>
    </Panel>
  );
}
