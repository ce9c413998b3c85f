/**
 * Writes records straight into the app's IndexedDB, as a damaged import or a tampered
 * file would, or to set up data whose own screen is not under test.
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
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(name, 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows: records },
  );
}
