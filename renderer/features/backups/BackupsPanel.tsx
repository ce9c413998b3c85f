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
import { backUp, backupsKept, setBackupsKept } from './backup-actions';
import { BackupReminder } from './BackupReminder';

const MIN_PASSPHRASE = 10;

export function BackupsPanel() {
  const { t } = useTranslation('backups');
  const status = useStatus();
  const [folder, setFolder] = useState<BackupFolder>();
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<{ passphrase?: string; repeat?: string }>({});
  const [keep, setKeep] = useState(backupsKept());

  useEffect(() => {
    void getPlatform()
      .getBackupFolder()
      .then(setFolder, () => setFolder({ chosen: false, reason: 'unavailable' }));
  }, []);

  const noFolders = folder !== undefined && !folder.chosen && folder.reason === 'unavailable';

  const make = async () => {
    const problems: typeof problem = {};
    if (passphrase && passphrase.length < MIN_PASSPHRASE) problems.passphrase = t('make.tooShort', { min: MIN_PASSPHRASE });
    if (passphrase !== repeat) problems.repeat = t('make.notSame');
    setProblem(problems);
    if (problems.passphrase || problems.repeat) return;
    setBusy(true);
    try {
      const outcome = await backUp('manual', passphrase || undefined);
      if (outcome.done) {
        const encrypted = outcome.made.encrypted ? 'yes' : 'no';
        const fileName = isolate(outcome.fileName);
        status.say(
          outcome.where === 'folder'
            ? t('make.madeInFolder', { fileName, folder: isolate(outcome.folder ?? t('make.theBackupFolder')), encrypted })
            : t('make.downloaded', { fileName, encrypted }),
        );
        setPassphrase('');
        setRepeat('');
      } else {
        status.error(t(`failed.${outcome.problem}`));
      }
    } finally {
      setBusy(false);
    }
  };

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
      <div className="grid-2">
        <Field label={t('make.passphrase')} hint={t('make.passphraseHint', { min: MIN_PASSPHRASE })} error={problem.passphrase}>
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </Field>
        <Field label={t('make.repeat')} error={problem.repeat}>
          <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
      </div>
      <div className="form__actions">
        <Button variant="primary" disabled={busy} onClick={() => void make()}>
          {busy ? t('make.busy') : t('make.action')}
        </Button>
      </div>
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
