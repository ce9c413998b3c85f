/**
 * Writes records straight into the app's IndexedDB, as a damaged import or a tampered
 * file would, or to set up data whose own screen is not under test.
 *
 * Planted clients also replace the clients' revision, as every write of a client by the
 * app does (renderer/db/clients-revision.ts): without it, a sign-in that finds the
 * directory's snapshot sealed at the same revision takes the directory from the snapshot,
 * and whether a planted client showed by name depended on whether the snapshot had been
 * sealed before the plant (on CI, under load, sometimes "Unknown person"). For the same
 * reason a plant into a table the report's sealed facts are made from makes all of that
 * table's facts stale, as the app's own bulk writes do (renderer/db/report-facts-stale.ts).
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
      const facts = 'reportFacts';
      const staleFacts = ['appointments', 'adviceEntries', 'referrals', 'clients'].includes(name) && db.objectStoreNames.contains(facts);
      const stores = [name, ...(newRevision ? [revisions] : []), ...(staleFacts ? [facts] : [])];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        if (newRevision) tx.objectStore(revisions).put({ key: 'clientsRevision', revision: crypto.randomUUID() });
        if (staleFacts) {
          const prefix = name === 'clients' ? 'clients/' : `month/${name}/`;
          tx.objectStore(facts).delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
          tx.objectStore(facts).put({ key: `generation/${name}`, revision: crypto.randomUUID() });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows: records },
  );
}
