/**
 * Which folder backups go to: the one the forum chose (kept in the user-data folder, in
 * a small JSON file), or "Signpost backups" in Documents until it chooses. Remembered by
 * the shell so the renderer never hands the shell a path.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './write-file-atomically';

const CHOICE_FILE = 'backup-folder.json';

export interface BackupFolderChoice {
  current(): Promise<string>;
  choose(folder: string): Promise<void>;
}

export function backupFolderChoice(userData: string, documents: string): BackupFolderChoice {
  const file = join(userData, CHOICE_FILE);
  const fallback = join(documents, 'Signpost backups');
  return {
    async current() {
      try {
        const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (parsed && typeof parsed === 'object' && 'folder' in parsed && typeof parsed.folder === 'string' && parsed.folder) return parsed.folder;
      } catch {
        // No choice yet, or an unreadable file: use the default.
      }
      return fallback;
    },
    async choose(folder: string) {
      await writeFileAtomically(file, JSON.stringify({ folder }));
    },
  };
}
