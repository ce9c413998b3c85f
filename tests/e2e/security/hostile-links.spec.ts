/**
 * Links in data are untrusted (an imported directory, a pasted website). A look-alike or
 * script link must neither navigate the app window nor open anything; a trusted https link
 * opens in a separate, unlinked window.
 */
import { expect, test, type Page } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';

const stamp = '2026-11-01T09:00:00.000Z';
const service = (id: string, name: string, website: string) => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  name,
  categories: [],
  languages: [],
  interpretationOffered: false,
  active: true,
  website,
});

/** Writes straight into IndexedDB, as a damaged import or a tampered file would. */
async function plantServices(page: Page, records: object[]) {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('signpost');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('services', 'readwrite');
      for (const row of rows) tx.objectStore('services').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

test('a look-alike or script link in the data cannot navigate the window or open one', async ({ page, context }) => {
  const app = new SignpostApp(page);
  const popups: string[] = [];
  const dialogs: string[] = [];
  context.on('page', (opened) => popups.push(opened.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await app.open('/settings');
  await plantServices(page, [
    service('hostile-1', 'Benefits help (look-alike)', 'https://gov.uk.evil.example/login'),
    service('hostile-2', 'Credentials trick', 'https://www.gov.uk@evil.example/'),
    service('hostile-3', 'Script link', 'javascript:alert(document.domain)'),
  ]);
  await app.goTo('Referrals');
  const directory = page.getByRole('table', { name: 'Services directory' });
  const before = page.url();

  await directory.getByRole('row', { name: /Benefits help/ }).getByRole('button', { name: /gov\.uk\.evil\.example/ }).click();
  await expect(app.status('Not opened. gov.uk.evil.example is not on Signpost’s list of trusted sites.')).toBeVisible();

  await directory.getByRole('row', { name: /Credentials trick/ }).getByRole('button').click();
  await expect(app.status('Not opened. Web addresses with a user name in them are not opened.')).toBeVisible();

  // A script "website" is not a web address: it is dropped on reading and never offered.
  const scriptRow = directory.getByRole('row', { name: /Script link/ });
  await expect(scriptRow).toBeVisible();
  await expect(scriptRow.getByRole('button')).toHaveCount(0);

  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(popups).toEqual([]);
  expect(dialogs).toEqual([]);
  await expect(app.heading('Referrals')).toBeVisible();
});

test('a trusted https link opens in a separate window and the app stays where it was', async ({ page, context }) => {
  // Nothing reaches the internet from a test: the trusted site is answered locally.
  await context.route('https://www.gov.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>GOV.UK</title>' }));
  const app = new SignpostApp(page);
  await app.open('/settings');
  await plantServices(page, [service('trusted-1', 'Jobcentre Plus', 'https://www.gov.uk/contact-jobcentre-plus')]);
  await app.goTo('Referrals');
  const before = page.url();
  const popup = context.waitForEvent('page');
  await page.getByRole('table', { name: 'Services directory' }).getByRole('button', { name: /www\.gov\.uk/ }).click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toBe('https://www.gov.uk/contact-jobcentre-plus');
  expect(await opened.evaluate(() => window.opener)).toBeNull();
  expect(page.url()).toBe(before);
  await expect(page.getByRole('status')).not.toContainText('could not be opened');
});
