/**
 * Settings → Backups: when the last good backup was made, make one now (with an
 * optional passphrase), where automatic backups go and how many are kept.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFolder } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { BackupsKeptForm } from './BackupsKeptForm';
import { BackupReminder } from './BackupReminder';
import { MakeBackupForm } from './MakeBackupForm';

export function BackupsPanel() {
  const { t } = useTranslation('backups');
  const status = useStatus();
  const [folder, setFolder] = useState<BackupFolder>();

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
      {!noFolders ? (
        <div className="form__actions">
          <Button onClick={() => void choose()}>{folder?.chosen ? t('folder.chooseAnother') : t('folder.choose')}</Button>
        </div>
      ) : null}
      <BackupsKeptForm />
    </Panel>
  );
}
