/**
 * What the restore panel says, from codes: why a file was refused (the data layer's
 * BackupProblem, the backup folder's ReadBackupProblem), how far the check has got, and
 * what a checked backup holds ("1 client, 3 appointments and 2 referrals").
 */
import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../shared/backup/backup-format';
import type { ReadBackupProblem } from '../../../shared/ipc/contract';
import type { RestoreProgress } from '../../data';
import { useFormat } from '../../i18n/format';

export type RestoreProblem = { refused: BackupProblem } | { folder: ReadBackupProblem } | { other: 'not-checked' | 'not-read' };

/** The tables a person recognises, in the order the confirmation names them. */
const COUNTED = ['clients', 'appointments', 'adviceEntries', 'referrals', 'volunteers', 'shifts'] as const;

export function useRestoreWords() {
  const { t } = useTranslation('backups');
  const format = useFormat();
  return {
    problem(problem: RestoreProblem): string {
      if ('refused' in problem) return t(`refused.${problem.refused}`);
      if ('folder' in problem) return t(`folderRead.${problem.folder}`);
      return t(`restore.${problem.other === 'not-checked' ? 'notChecked' : 'notRead'}`);
    },
    progress(progress: RestoreProgress): string {
      if (progress.step === 'checking') return t('progress.checkingFile');
      return t('progress.records', { step: progress.step, done: progress.done, total: progress.total });
    },
    counts(counts: Record<string, number>): string {
      return format.list(COUNTED.map((table) => t(`counts.${table}`, { count: counts[table] ?? 0 })));
    },
  };
}
