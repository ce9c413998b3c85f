/**
 * Durable storage in Settings, and a full disk: the save is refused in plain words and
 * nothing is half-written. Chromium's DevTools protocol sets the origin's quota.
 */
import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';

async function setQuota(page: Page, baseURL: string | undefined, quotaSize?: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL ?? '').origin, ...(quotaSize === undefined ? {} : { quotaSize }) });
}

/**
 * Chromium keeps an origin's remaining space in a short-lived cache, refreshed after a few
 * seconds, and first run has just written to it; so the new quota bites a little later.
 * Waits until a write to a scratch database (never the app's) is refused, as it would be
 * on a full disk, before the person tries to save.
 */
async function untilTheDiskIsFull(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const request = indexedDB.open('quota-probe');
              request.onupgradeneeded = () => request.result.createObjectStore('probe');
              request.onerror = () => resolve('refused');
              request.onsuccess = () => {
                const probe = request.result;
                const write = probe.transaction('probe', 'readwrite');
                write.objectStore('probe').put('x'.repeat(64 * 1024), 'filler');
                write.oncomplete = () => resolve('written');
                write.onabort = () => resolve(write.error?.name === 'QuotaExceededError' ? 'refused' : 'written');
                write.onerror = () => undefined;
                const finish = () => probe.close();
                write.addEventListener('complete', finish);
                write.addEventListener('abort', finish);
              };
            }),
        ),
      { timeout: 90_000 },
    )
    .toBe('refused');
}

test('Settings shows whether storage is kept safe and how much is used', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/settings');
  const panel = page.getByRole('region', { name: 'Storage' });
  await expect(panel).toContainText(/Space used\s*[\d.,]+ (bytes|kB|MB) of [\d.,]+ (MB|GB|TB)/);
  await expect(panel).toContainText(/Kept safe from clearing\s*(Yes|Not granted)/);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('Settings warns when the storage is over 80 % full', async ({ page }) => {
  // Chromium's quota override does not reach estimate(), so the estimate is given here.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 850 * 1024 * 1024, quota: 1000 * 1024 * 1024 }) });
  });
  const desk = new FrontDesk(page);
  await desk.app.open('/settings');
  const panel = page.getByRole('region', { name: 'Storage' });
  await expect(panel).toContainText('850 MB of 1,000 MB (85%)');
  await expect(panel.getByRole('alert')).toContainText('over 80% full');
});

test('a save on a full disk is refused in plain words, and nothing of it is written', async ({ page, baseURL }) => {
  // Chromium may take over a minute on a busy machine to enforce the new quota (see above).
  test.setTimeout(150_000);
  const desk = new FrontDesk(page);
  await desk.app.open('/clients/new');
  await setQuota(page, baseURL, 1);
  await untilTheDiskIsFull(page);
  await desk.fillClientForm({ name: 'Amina Yusuf' });
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(desk.app.status(/the storage Signpost may use on this computer is full, so nothing was written/)).toBeVisible();

  await setQuota(page, baseURL);
  await desk.app.open('/clients');
  await expect(page.getByText('No clients yet.')).toBeVisible();
});
