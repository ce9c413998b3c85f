/**
 * Settings → Backups: when the last good backup was made, make one now (with an
 * optional passphrase), where automatic backups go and how many are kept.
 */
import { useEffect, useState } from 'react';
import type { BackupFolder } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { backUp, backupsKept, setBackupsKept } from './backup-actions';
import { BackupReminder } from './BackupReminder';

const MIN_PASSPHRASE = 10;

export function BackupsPanel() {
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
    if (passphrase && passphrase.length < MIN_PASSPHRASE) problems.passphrase = `Use at least ${MIN_PASSPHRASE} characters, or leave it empty.`;
    if (passphrase !== repeat) problems.repeat = 'The two passphrases are not the same.';
    setProblem(problems);
    if (problems.passphrase || problems.repeat) return;
    setBusy(true);
    try {
      const outcome = await backUp('manual', passphrase || undefined);
      if (outcome.done) {
        const lock = outcome.made.encrypted ? 'encrypted with your passphrase' : 'not encrypted';
        status.say(
          outcome.where === 'folder'
            ? `Backup made and checked: ${outcome.fileName} in ${outcome.folder ?? 'the backup folder'} (${lock}).`
            : `Backup made and checked: ${outcome.fileName} was downloaded (${lock}). Move it somewhere safe, away from this laptop.`,
        );
        setPassphrase('');
        setRepeat('');
      } else {
        status.error(outcome.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    const chosen = await getPlatform().chooseBackupFolder();
    if (chosen.chosen) {
      setFolder(chosen);
      status.say(`Backups will go to ${chosen.folder}.`);
    } else if (chosen.reason === 'unavailable') {
      status.error('This browser cannot write to a folder. Backups are downloaded instead.');
    }
  };

  return (
    <Panel title="Backups">
      <BackupReminder withLink={false} always />
      <p>
        A backup is one file holding every record, checked after it is written. Keep copies away from this laptop (a USB stick, the
        forum’s cloud drive), so a broken or stolen laptop does not take the forum’s history with it.
      </p>
      <p className="notice notice--warning">
        <strong>Backups are not encrypted unless you set a passphrase.</strong> Without one, anyone who has the file can read every
        client’s details. With one, keep the passphrase safe: without it the backup cannot be restored.
      </p>
      <div className="grid-2">
        <Field label="Backup passphrase (optional)" hint={`At least ${MIN_PASSPHRASE} characters. Leave empty for a backup that is not encrypted.`} error={problem.passphrase}>
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </Field>
        <Field label="Repeat the passphrase" error={problem.repeat}>
          <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
      </div>
      <div className="form__actions">
        <Button variant="primary" disabled={busy} onClick={() => void make()}>
          {busy ? 'Making the backup…' : 'Make a backup now'}
        </Button>
      </div>
      <h3>Automatic backups</h3>
      <p>
        {folder?.chosen
          ? `Signpost backs up to ${folder.folder} once a day while it is open, and when it closes.`
          : noFolders
            ? 'This browser cannot write to a folder, so there are no automatic backups: make one here at least once a week.'
            : 'Choose a folder, and Signpost will back up to it once a day while it is open, and when it closes.'}
      </p>
      <div className="form__actions">
        {!noFolders ? (
          <Button onClick={() => void choose()}>{folder?.chosen ? 'Choose another folder' : 'Choose a backup folder'}</Button>
        ) : null}
        <Field label="Backups kept in the folder" hint="Older ones are deleted after a new one is checked.">
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
