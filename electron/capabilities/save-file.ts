/** "Save a file the user chooses": a native save dialog, then an atomic write. */
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { SaveResult } from '../../shared/ipc/contract';
import { writeFileAtomically } from './write-file-atomically';

export interface SaveChoice {
  suggestedName: string;
  content: string | Uint8Array;
  filters: { name: string; extensions: string[] }[];
}

export async function saveWithDialog(window: BrowserWindow, choice: SaveChoice, defaultFolder: string): Promise<SaveResult> {
  const picked = await dialog.showSaveDialog(window, {
    defaultPath: `${defaultFolder}/${choice.suggestedName}`,
    filters: choice.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (picked.canceled || !picked.filePath) return { saved: false, reason: 'cancelled' };
  try {
    await writeFileAtomically(picked.filePath, choice.content);
    return { saved: true, fileName: basename(picked.filePath) };
  } catch (error) {
    const message = error instanceof Error && 'code' in error ? String(error.code) : 'write failed';
    return { saved: false, reason: 'failed', message: `The file could not be written (${message}).` };
  }
}
