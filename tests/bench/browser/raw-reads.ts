/**
 * The reference each figure is compared with: a raw IndexedDB `getAll` of the same records
 * the screen shows, straight from the database, measured in the same page and run. It is
 * the floor for reading those records; the ratio says how far above it the screen is.
 */
import type { Page } from '@playwright/test';

/**
 * One getAll: a whole store, or an index's key range ("only" one key, "first" every key of a
 * compound index that starts with it, or from..to inclusive).
 */
export interface RawRead {
  store: string;
  index?: string;
  only?: string;
  first?: string;
  from?: string;
  to?: string;
}

export interface RawReadResult {
  ms: number;
  records: number;
}

/** Runs the reads one after another in one read-only transaction; the median of three runs. */
/** The bench's fresh profile never restores a backup, so the data is in `signpost` itself. */
export async function timeRawReads(page: Page, reads: readonly RawRead[]): Promise<RawReadResult> {
  return page.evaluate(async (plan) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('signpost');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const once = async () => {
      const started = performance.now();
      const tx = database.transaction([...new Set(plan.map((read) => read.store))], 'readonly');
      let records = 0;
      for (const read of plan) {
        const source = read.index ? tx.objectStore(read.store).index(read.index) : tx.objectStore(read.store);
        const range =
          read.only !== undefined
            ? IDBKeyRange.only(read.only)
            : read.first !== undefined
              ? IDBKeyRange.bound([read.first], [read.first, []])
              : read.from !== undefined || read.to !== undefined
              ? IDBKeyRange.bound(read.from ?? '', read.to ?? '\uffff')
              : undefined;
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = source.getAll(range);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        records += rows.length;
      }
      return { ms: performance.now() - started, records };
    };
    const runs = [await once(), await once(), await once()].sort((a, b) => a.ms - b.ms);
    database.close();
    return runs[1]!;
  }, reads);
}
