/**
 * Settings → Restore: choose a backup file (or one from the backup folder), and Signpost
 * checks all of it in a separate database while the current records stay as they are.
 * Only after the forum confirms does the restored database take over, and the page reloads.
 */
import { useEffect, useState } from 'react';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import {
  BackupRefusedError,
  cancelRestore,
  commitRestore,
  prepareRestore,
  readBackupHeader,
  type RestorePlan,
  type RestoreProgress,
} from '../../data';
import { formatDateTime } from '../../format/dates';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

const JUST_RESTORED_KEY = 'signpost.justRestored';

const TABLE_WORDS: Record<string, string> = {
  clients: 'clients',
  appointments: 'appointments',
  adviceEntries: 'advice log entries',
  referrals: 'referrals',
  volunteers: 'volunteers',
  shifts: 'shifts',
};

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(TABLE_WORDS)
    .map(([table, words]) => `${(counts[table] ?? 0).toLocaleString('en-GB')} ${words}`)
    .join(', ');
}

function progressWords(progress: RestoreProgress): string {
  if (progress.step === 'checking') return 'Checking the backup file…';
  const verb = progress.step === 'writing' ? 'Copying' : 'Checking';
  return `${verb} records: ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}`;
}

export function RestorePanel() {
  const status = useStatus();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array; encrypted: boolean }>();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<RestoreProgress>();
  const [plan, setPlan] = useState<RestorePlan>();
  const [inFolder, setInFolder] = useState<BackupFileInfo[]>([]);

  useEffect(() => {
    const restored = sessionStorage.getItem(JUST_RESTORED_KEY);
    if (restored) {
      sessionStorage.removeItem(JUST_RESTORED_KEY);
      status.say(`Backup restored: the records are as they were on ${formatDateTime(restored)}.`);
    }
    void getPlatform()
      .listBackups()
      .then(setInFolder, () => setInFolder([]));
  }, [status]);

  const check = async (bytes: Uint8Array, secret?: string) => {
    setProblem(undefined);
    setProgress({ step: 'checking', done: 0, total: 1 });
    try {
      const ready = await prepareRestore(bytes, { onProgress: setProgress, ...(secret ? { passphrase: secret } : {}) });
      setPlan(ready);
    } catch (error) {
      setProblem(error instanceof BackupRefusedError ? error.message : 'The backup could not be checked. The current records are unchanged.');
    } finally {
      setProgress(undefined);
    }
  };

  const open = async (name: string, bytes: Uint8Array) => {
    setPlan(undefined);
    setPassphrase('');
    try {
      const header = await readBackupHeader(bytes);
      const encrypted = header.encryption.scheme !== 'none';
      setFile({ name, bytes, encrypted });
      if (!encrypted) await check(bytes);
      else setProblem(undefined);
    } catch (error) {
      setFile(undefined);
      setProblem(error instanceof BackupRefusedError ? error.message : 'That file could not be read.');
    }
  };

  const fromFolder = async (fileName: string) => {
    const read = await getPlatform().readBackup({ fileName });
    if (read.found) await open(fileName, read.content);
    else setProblem(read.message);
  };

  const confirm = async () => {
    if (!plan) return;
    try {
      await commitRestore(plan);
      sessionStorage.setItem(JUST_RESTORED_KEY, plan.header.createdAt);
      window.location.reload();
    } catch {
      setPlan(undefined);
      status.error('The restore could not be finished. The current records are unchanged.');
    }
  };

  const cancel = async () => {
    const abandoned = plan;
    setPlan(undefined);
    setFile(undefined);
    if (abandoned) await cancelRestore(abandoned).catch(() => undefined);
    status.say('Restore cancelled. Nothing was changed.');
  };

  return (
    <Panel title="Restore a backup">
      <div id="restore" />
      <p>
        Restoring replaces every record on this computer with the backup’s. The backup is checked completely first; if anything is
        wrong with it, nothing changes.
      </p>
      <Field label="Backup file" hint="A .spbackup file made by Signpost." error={file ? undefined : problem}>
        <input
          type="file"
          accept=".spbackup"
          disabled={progress !== undefined}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void chosen.arrayBuffer().then((buffer) => open(chosen.name, new Uint8Array(buffer)));
          }}
        />
      </Field>
      {inFolder.length > 0 ? (
        <>
          <h3>Backups in the backup folder</h3>
          <ul className="plain-list">
            {inFolder.slice(0, 10).map((backup) => (
              <li key={backup.fileName}>
                {backup.fileName} ({formatDateTime(backup.modifiedAt)}){' '}
                <Button variant="quiet" disabled={progress !== undefined} onClick={() => void fromFolder(backup.fileName)}>
                  Restore this one
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {file?.encrypted && !plan ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void check(file.bytes, passphrase);
          }}
        >
          <Field label="Passphrase of this backup" error={problem}>
            <input type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </Field>
          <div className="form__actions">
            <Button type="submit" variant="primary" disabled={progress !== undefined || passphrase.length === 0}>
              Check the backup
            </Button>
          </div>
        </form>
      ) : null}
      {file && !file.encrypted && problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {progress ? (
        <p role="status" aria-live="polite">
          {progressWords(progress)}
        </p>
      ) : null}
      <ConfirmDialog
        open={plan !== undefined}
        title="Replace this computer’s records with the backup?"
        confirmLabel="Restore the backup"
        destructive
        onCancel={() => void cancel()}
        onConfirm={() => void confirm()}
      >
        {plan ? (
          <>
            <p>
              The backup {file?.name} was made on {formatDateTime(plan.header.createdAt)} and checked: it holds {describeCounts(plan.counts)}.
            </p>
            {plan.needingAttention > 0 ? (
              <p>{plan.needingAttention} records were already damaged when the backup was made; they are restored as they were.</p>
            ) : null}
            <p>Every record on this computer now is replaced by the backup’s. Anything entered since the backup was made is lost.</p>
          </>
        ) : null}
      </ConfirmDialog>
    </Panel>
  );
}
