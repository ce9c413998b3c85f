/**
 * Settings → Restore: choose a backup file (or one from the backup folder), and Signpost
 * checks all of it in a separate database while the current records stay as they are.
 * Only after the forum confirms does the restored database take over, and the page reloads.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import { BackupRefusedError, cancelRestore, commitRestore, prepareRestore, readBackupHeader, type RestorePlan, type RestoreProgress } from '../../data';
import { useFormat } from '../../i18n/format';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { isolate } from '../../ui/UserText';
import { BackupFileInput } from './BackupFileInput';
import { RestorePassphraseForm } from './RestorePassphraseForm';
import { useRestoreWords, type RestoreProblem } from './restore-words';

const JUST_RESTORED_KEY = 'signpost.justRestored';

export function RestorePanel() {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const words = useRestoreWords();
  const status = useStatus();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array; encrypted: boolean }>();
  // Kept as a code and worded when shown, so it follows a change of language.
  const [problem, setProblem] = useState<RestoreProblem>();
  const [progress, setProgress] = useState<RestoreProgress>();
  const [plan, setPlan] = useState<RestorePlan>();
  const [inFolder, setInFolder] = useState<BackupFileInfo[]>([]);

  useEffect(() => {
    const restored = sessionStorage.getItem(JUST_RESTORED_KEY);
    if (restored) {
      sessionStorage.removeItem(JUST_RESTORED_KEY);
      status.say(t('restore.done', { when: format.dateTime(restored) }));
    }
    void getPlatform()
      .listBackups()
      .then(setInFolder, () => setInFolder([]));
  }, [status, t, format]);

  const check = async (bytes: Uint8Array, secret?: string) => {
    setProblem(undefined);
    setProgress({ step: 'checking', done: 0, total: 1 });
    try {
      const ready = await prepareRestore(bytes, { onProgress: setProgress, ...(secret ? { passphrase: secret } : {}) });
      setPlan(ready);
    } catch (error) {
      setProblem(error instanceof BackupRefusedError ? { refused: error.problem } : { other: 'not-checked' });
    } finally {
      setProgress(undefined);
    }
  };

  const open = async (name: string, bytes: Uint8Array) => {
    setPlan(undefined);
    try {
      const header = await readBackupHeader(bytes);
      const encrypted = header.encryption.scheme !== 'none';
      setFile({ name, bytes, encrypted });
      if (!encrypted) await check(bytes);
      else setProblem(undefined);
    } catch (error) {
      setFile(undefined);
      setProblem(error instanceof BackupRefusedError ? { refused: error.problem } : { other: 'not-read' });
    }
  };

  const fromFolder = async (fileName: string) => {
    const read = await getPlatform().readBackup({ fileName });
    if (read.found) await open(fileName, read.content);
    else setProblem({ folder: read.problem });
  };

  const confirm = async () => {
    if (!plan) return;
    try {
      await commitRestore(plan);
      sessionStorage.setItem(JUST_RESTORED_KEY, plan.header.createdAt);
      window.location.reload();
    } catch {
      setPlan(undefined);
      status.error(t('restore.notFinished'));
    }
  };

  const cancel = async () => {
    const abandoned = plan;
    setPlan(undefined);
    setFile(undefined);
    if (abandoned) await cancelRestore(abandoned).catch(() => undefined);
    status.say(t('restore.cancelled'));
  };

  const problemText = problem ? words.problem(problem) : undefined;

  return (
    <Panel title={t('restore.title')}>
      <div id="restore" />
      <p>{t('restore.intro')}</p>
      <BackupFileInput
        label={t('restore.file')}
        hint={t('restore.fileHint')}
        error={file ? undefined : problemText}
        disabled={progress !== undefined}
        onChoose={(chosen) => void chosen.arrayBuffer().then((buffer) => open(chosen.name, new Uint8Array(buffer)))}
      />
      {inFolder.length > 0 ? (
        <>
          <h3>{t('restore.inFolder')}</h3>
          <ul className="plain-list">
            {inFolder.slice(0, 10).map((backup) => (
              <li key={backup.fileName}>
                {t('restore.inFolderItem', { fileName: isolate(backup.fileName), when: format.dateTime(backup.modifiedAt) })}{' '}
                <Button variant="quiet" disabled={progress !== undefined} onClick={() => void fromFolder(backup.fileName)}>
                  {t('restore.thisOne')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {file?.encrypted && !plan ? (
        // Keyed by the file: choosing another backup starts with an empty passphrase.
        <RestorePassphraseForm key={file.name} problem={problemText} busy={progress !== undefined} onCheck={(passphrase) => check(file.bytes, passphrase)} />
      ) : null}
      {file && !file.encrypted && problemText ? (
        <p className="field__error" role="alert">
          {problemText}
        </p>
      ) : null}
      {progress ? (
        <p role="status" aria-live="polite">
          {words.progress(progress)}
        </p>
      ) : null}
      <ConfirmDialog
        open={plan !== undefined}
        title={t('confirm.title')}
        confirmLabel={t('confirm.action')}
        destructive
        onCancel={() => void cancel()}
        onConfirm={() => void confirm()}
      >
        {plan ? (
          <>
            <p>
              {t('confirm.made', {
                fileName: isolate(file?.name ?? ''),
                when: format.dateTime(plan.header.createdAt),
                contents: words.counts(plan.counts),
              })}
            </p>
            {plan.needingAttention > 0 ? <p>{t('confirm.damaged', { count: plan.needingAttention })}</p> : null}
            <p>{t('confirm.replaces')}</p>
          </>
        ) : null}
      </ConfirmDialog>
    </Panel>
  );
}
