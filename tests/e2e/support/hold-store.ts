/**
 * Holds one of the app's IndexedDB stores, as a slow disk or a big forum would: a
 * read-write transaction from another connection keeps the store until released, so the
 * app's reads of it wait. A test can then look at what a screen shows while its data is
 * still arriving, with no timing involved: nothing of that store reaches the screen
 * before `release`.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    signpostTestRelease?: () => void;
  }
}

export async function holdStore(page: Page, store: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((held, failed) => {
        const request = indexedDB.open('signpost');
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(name, 'readwrite');
          let released = false;
          window.signpostTestRelease = () => {
            released = true;
          };
          // A transaction stays open while it has requests: ask again until released.
          const keepAlive = () => {
            const get = tx.objectStore(name).count();
            get.onsuccess = () => (released ? undefined : keepAlive());
          };
          tx.oncomplete = () => database.close();
          keepAlive();
          held();
        };
      }),
    store,
  );
}

export async function releaseStore(page: Page): Promise<void> {
  await page.evaluate(() => window.signpostTestRelease?.());
}
