// @vitest-environment node
/**
 * The browser fallback's backup folder (File System Access API), against an in-memory
 * folder: a backup is written, read back and compared, and only the newest N of
 * Signpost's own backups are kept; a write that reads back wrong is deleted.
 */
import { describe, expect, it } from 'vitest';
import { writeBackupToDirectory, type DirectoryHandle } from '../../../../renderer/platform/browser-backup-folder';

function memoryFolder(corrupt = false) {
  const files = new Map<string, Uint8Array>();
  const handle: DirectoryHandle = {
    kind: 'directory',
    name: 'Forum backups',
    queryPermission: async () => 'granted',
    requestPermission: async () => 'granted',
    async getFileHandle(name: string) {
      return {
        async createWritable() {
          let pending = new Uint8Array();
          return {
            write: async (bytes: Uint8Array) => {
              pending = new Uint8Array(bytes);
            },
            close: async () => {
              if (corrupt) pending[0]! ^= 1;
              files.set(name, pending);
            },
          };
        },
        async getFile() {
          const bytes = files.get(name) ?? new Uint8Array();
          return { arrayBuffer: async () => bytes.slice().buffer };
        },
      } as unknown as FileSystemFileHandle;
    },
    removeEntry: async (name: string) => void files.delete(name),
    async *keys() {
      yield* files.keys();
    },
  };
  return { handle, files };
}

const name = (day: number) => `signpost-2026-12-${String(day).padStart(2, '0')}-091500.spbackup`;

describe('backups to a folder in the browser', () => {
  it('writes and checks each backup, keeping the newest N of its own and nothing else touched', async () => {
    const { handle, files } = memoryFolder();
    files.set('minutes.docx', new Uint8Array([1]));
    for (const day of [1, 2, 3]) {
      const result = await writeBackupToDirectory(handle, { fileName: name(day), content: new Uint8Array([day, 7]), keep: 2 });
      expect(result).toMatchObject({ written: true, folder: 'Forum backups', bytes: 2 });
    }
    expect([...files.keys()].sort()).toEqual(['minutes.docx', name(2), name(3)]);
  });

  it('deletes a backup that reads back differently and says it failed', async () => {
    const { handle, files } = memoryFolder(true);
    const result = await writeBackupToDirectory(handle, { fileName: name(4), content: new Uint8Array([4, 4]), keep: 2 });
    expect(result).toMatchObject({ written: false, reason: 'failed' });
    expect(files.size).toBe(0);
  });
});
