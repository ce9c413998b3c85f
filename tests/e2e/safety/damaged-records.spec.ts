/**
 * Damaged records are kept, shown and fixable; a database from a newer Signpost is refused.
 * Records are planted straight into IndexedDB, as a damaged disk or a hand edit leaves them.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { plantRecords } from '../support/plant-records';

const at = '2026-11-02T10:00:00.000Z';
const client = (id: string, ref: string, name: unknown) => ({
  id,
  ref,
  name,
  languages: ['ara'],
  interpreterNeeded: false,
  consents: { storage: { given: true, date: '2026-11-02', recordedBy: 'Claire' } },
  createdAt: at,
  updatedAt: at,
});

test('a client record with a broken name stays in the list, marked, and is corrected in Settings', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/clients');
  await plantRecords(page, 'clients', [client('c-ok', 'C-00001', 'Piotr Nowak'), client('c-bad', 'C-00002', 42)]);
  await app.reload();

  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('row', { name: /C-00001/ })).toContainText('Piotr Nowak');
  const damaged = table.getByRole('row', { name: /C-00002/ });
  await expect(damaged).toContainText('Needs attention');

  await damaged.getByRole('link').click();
  const notice = page.getByRole('note', { name: 'This record needs attention' });
  await expect(notice).toContainText('name: Not text');

  await app.goTo('Settings');
  const panel = page.getByRole('region', { name: 'Records that need attention' });
  const item = panel.getByRole('listitem').filter({ hasText: 'C-00002' });
  await expect(item).toContainText('name: Not text');

  // It is the forum's own data: it can be saved as it is stored.
  const downloading = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Save as JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('signpost-clients-c-bad.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({ id: 'c-bad', ref: 'C-00002', name: 42 });
  // The file name is isolated in the sentence, so it keeps its direction in Arabic too.
  await expect(app.status('Saved \u2068signpost-clients-c-bad.json\u2069')).toBeVisible();

  await item.getByRole('button', { name: 'Correct fields' }).click();

  const dialog = page.getByRole('dialog', { name: 'Correct this client' });
  const json = dialog.getByLabel('Stored fields (JSON)');
  const stored = await json.inputValue();
  // Text that is not JSON is said next to the field before anything is saved.
  await json.fill('name: Saba');
  await dialog.getByRole('button', { name: 'Save corrected record' }).click();
  await expect(json).toHaveAccessibleDescription('This is not valid JSON: check for a missing comma, quote or bracket');
  await json.fill(stored.replace('"name": 42', '"name": ""'));
  await dialog.getByRole('button', { name: 'Save corrected record' }).click();
  await expect(dialog.getByText('name: Enter the person’s name')).toBeVisible();
  await json.fill((await json.inputValue()).replace('"name": ""', '"name": "Saba Haile"'));
  await dialog.getByRole('button', { name: 'Save corrected record' }).click();
  await expect(app.status('Record corrected')).toBeVisible();
  await expect(panel).toContainText('Every stored record reads cleanly.');

  await app.goTo('Clients');
  await expect(table.getByRole('row', { name: /C-00002/ })).toContainText('Saba Haile');
  await expect(table).not.toContainText('Needs attention');
  await app.goTo('Settings');
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log).toContainText('Record needing attention saved to a file');
  await expect(log).toContainText('Record needing attention corrected');
});

test('a database written by a newer Signpost is refused with a message to update, and left as it is', async ({ page }) => {
  // Create the newer database before the app ever opens it, from the same origin.
  await page.goto('/favicon.svg');
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('signpost', 990);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('clients', { keyPath: 'id' }).put({ id: 'future', name: 'From a newer version' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: 'Update Signpost to open this data' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('signpost');
        request.onsuccess = () => {
          const found = request.result.version;
          request.result.close();
          resolve(found);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(version).toBe(990);
});
