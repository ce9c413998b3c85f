/**
 * Automatic backups while the app is open (and the clearing up after a restore): one a day (checked every half hour and when
 * the app starts), and one when the app closes. They go only to a backup folder: the
 * desktop app always has one; the browser fallback has one once the forum chose it.
 */
import { useEffect } from 'react';
import { isBackupDue } from '../../../shared/backup/backup-format';
import { removeLeftoverDatabases } from '../../data';
import { getPlatform } from '../../platform/get-platform';
import { backUp, lastGoodBackupAt } from './backup-actions';

const CHECK_EVERY_MS = 30 * 60_000;
/** A page hidden and shown again (the browser fallback) within a quarter of an hour makes one closing backup, not several. */
const CLOSING_GAP_HOURS = 0.25;

let running: Promise<unknown> | undefined;

/** One backup at a time, whoever asks. */
function once(work: () => Promise<unknown>): Promise<unknown> {
  running ??= work().finally(() => {
    running = undefined;
  });
  return running;
}

export function useAutomaticBackups(): void {
  useEffect(() => {
    // The active database has opened (this runs inside DatabaseGate): what a restore
    // replaced, or a restore that never finished left behind, can go now.
    void removeLeftoverDatabases().catch(() => undefined);
  }, []);
  useEffect(() => {
    const onSchedule = () => {
      if (isBackupDue(lastGoodBackupAt(), new Date())) void once(() => backUp('automatic'));
    };
    const first = setTimeout(onSchedule, 5_000);
    const timer = setInterval(onSchedule, CHECK_EVERY_MS);
    const unsubscribe = getPlatform().onBeforeQuit(async () => {
      if (!isBackupDue(lastGoodBackupAt(), new Date(), CLOSING_GAP_HOURS)) return;
      await once(() => backUp('automatic'));
    });
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      unsubscribe();
    };
  }, []);
}
