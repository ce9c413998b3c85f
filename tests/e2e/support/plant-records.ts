/**
 * Writes records straight into the app's IndexedDB, as a damaged import or a tampered
 * file would, or to set up data whose own screen is not under test.
 *
 * Planted clients also replace the clients' revision, as every write of a client by the
 * app does (renderer/db/clients-revision.ts): without it, a sign-in that finds the
 * directory's snapshot sealed at the same revision takes the directory from the snapshot,
 * and whether a planted client showed by name depended on whether the snapshot had been
 * sealed before the plant (on CI, under load, sometimes "Unknown person").
 */
import type { Page } from '@playwright/test';

export async function plantRecords(page: Page, store: string, records: object[]): Promise<void> {
  await page.evaluate(
    async ({ store: name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('signpost');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const revisions = 'directorySnapshots';
      const newRevision = name === 'clients' && db.objectStoreNames.contains(revisions);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(newRevision ? [name, revisions] : [name], 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        if (newRevision) tx.objectStore(revisions).put({ key: 'clientsRevision', revision: crypto.randomUUID() });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows: records },
  );
}
