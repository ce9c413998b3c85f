import { describe, expect, it } from 'vitest';
import { backupFileName, backupIsOverdue, backupsToPrune, daysSinceBackup, isBackupDue, isBackupFileName } from '../../../../shared/backup/backup-format';

describe('backup file names and the folder', () => {
  it('names a backup by its local time, and knows its own names from any other file', () => {
    const name = backupFileName(new Date(2026, 11, 3, 9, 5, 7));
    expect(name).toBe('signpost-2026-12-03-090507.spbackup');
    expect(isBackupFileName(name)).toBe(true);
    for (const other of ['report.csv', '../signpost-2026-12-03-090507.spbackup', 'signpost-2026-12-03-090507.spbackup.part', '__proto__']) {
      expect(isBackupFileName(other)).toBe(false);
    }
  });

  it('prunes the oldest of its own backups only, and always keeps at least one', () => {
    const names = ['signpost-2026-12-01-090000.spbackup', 'notes.txt', 'signpost-2026-12-03-090000.spbackup', 'signpost-2026-12-02-090000.spbackup'];
    expect(backupsToPrune(names, 2)).toEqual(['signpost-2026-12-01-090000.spbackup']);
    expect(backupsToPrune(names, 0)).toEqual(['signpost-2026-12-01-090000.spbackup', 'signpost-2026-12-02-090000.spbackup']);
  });
});

describe('when to back up and when to nag', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  it('makes an automatic backup when none was made or the last is a day old', () => {
    expect(isBackupDue(undefined, now)).toBe(true);
    expect(isBackupDue('2026-12-10T00:00:00Z', now)).toBe(false);
    expect(isBackupDue('2026-12-09T12:00:00Z', now)).toBe(true);
    expect(isBackupDue('not a date', now)).toBe(true);
  });

  it('nags after seven days, or when there has never been a backup', () => {
    expect(backupIsOverdue(undefined, now)).toBe(true);
    expect(backupIsOverdue('2026-12-04T12:00:01Z', now)).toBe(false);
    expect(backupIsOverdue('2026-12-03T12:00:00Z', now)).toBe(true);
    expect(daysSinceBackup('2026-12-08T11:00:00Z', now)).toBe(2);
  });
});
