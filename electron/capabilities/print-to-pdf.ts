/** "Print the current view to PDF": Chromium renders the page (print CSS applies), then save. */
import type { BrowserWindow } from 'electron';
import type { SaveResult } from '../../shared/ipc/contract';
import { saveWithDialog } from './save-file';

export async function printViewToPdf(
  window: BrowserWindow,
  request: { suggestedName: string; landscape: boolean },
  defaultFolder: string,
): Promise<SaveResult> {
  const pdf = await window.webContents.printToPDF({
    landscape: request.landscape,
    printBackground: true,
    pageSize: 'A4',
    generateDocumentOutline: true,
  });
  const name = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`;
  return saveWithDialog(
    window,
    { suggestedName: name, content: new Uint8Array(pdf), filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    defaultFolder,
  );
}
