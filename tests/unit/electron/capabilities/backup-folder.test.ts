import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackupsInFolder, readBackupFromFolder, writeBackupToFolder } from '../../../../electron/capabilities/backup-folder';
import { backupFolderChoice } from '../../../../electron/capabilities/backup-folder-choice';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const name = (day: number) => `signpost-2026-12-${String(day).padStart(2, '0')}-091500.spbackup`;

describe('the backup folder', () => {
  it('writes a backup whole (creating the folder), reads it back, and keeps only the newest N of Signpost’s own', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-backups-'));
    const target = join(folder, 'backups');
    for (const day of [1, 2, 3]) {
      const first = await writeBackupToFolder(target, name(day), new Uint8Array([day, 1, 2]), 10);
      expect(first).toMatchObject({ written: true, fileName: name(day), bytes: 3, pruned: 0 });
    }
    writeFileSync(join(target, 'notes.txt'), 'the forum’s own file');
    const fourth = await writeBackupToFolder(target, name(4), new Uint8Array([4, 4]), 2);
    expect(fourth).toMatchObject({ written: true, pruned: 2 });
    expect(readdirSync(target).sort()).toEqual(['notes.txt', name(3), name(4)].sort());
    expect([...readFileSync(join(target, name(4)))]).toEqual([4, 4]);
    expect((await listBackupsInFolder(target)).map((b) => b.fileName)).toEqual([name(4), name(3)]);
  });

  it('reads a backup back for a restore, and refuses any name that is not a Signpost backup', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-backups-'));
    await writeBackupToFolder(folder, name(5), new Uint8Array([9, 8, 7]), 10);
    const read = await readBackupFromFolder(folder, name(5), 1024);
    expect(read.found && [...read.content]).toEqual([9, 8, 7]);
    expect(await readBackupFromFolder(folder, '../../etc/passwd', 1024)).toMatchObject({ found: false });
    expect(await writeBackupToFolder(folder, '../evil.spbackup', new Uint8Array([1]), 10)).toMatchObject({ written: false, reason: 'failed' });
    expect(await readBackupFromFolder(folder, name(5), 2)).toEqual({ found: false, problem: 'too-large' });
  });

  it('says in plain words why a folder cannot be written, leaving no file behind', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-backups-'));
    const blocker = join(folder, 'a-file');
    writeFileSync(blocker, 'x');
    const result = await writeBackupToFolder(join(blocker, 'inside'), name(6), new Uint8Array([1]), 10);
    expect(result).toMatchObject({ written: false, reason: 'failed' });
    expect(readdirSync(folder)).toEqual(['a-file']);
  });

  it('remembers the chosen folder, and uses Documents/Signpost backups until one is chosen', async () => {
    folder = mkdtempSync(join(tmpdir(), 'signpost-userdata-'));
    const choice = backupFolderChoice(folder, '/home/forum/Documents');
    expect(await choice.current()).toBe(join('/home/forum/Documents', 'Signpost backups'));
    await choice.choose('/media/usb/forum-backups');
    expect(await backupFolderChoice(folder, '/home/forum/Documents').current()).toBe('/media/usb/forum-backups');
  });
});
