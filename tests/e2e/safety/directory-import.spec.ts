/**
 * The services directory import: file names are never object keys, the encoding is
 * detected and named, and reading a large directory shows progress and can be cancelled.
 */
import { expect, test, type Page } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';

async function openDialog(page: Page) {
  const app = new SignpostApp(page);
  await app.open('/referrals/services');
  await page.getByRole('button', { name: 'Import a directory' }).click();
  return page.getByRole('dialog', { name: 'Import a services directory' });
}

test('a package with a file called __proto__.csv, in Windows-1252, imports its services and says what it left out', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByLabel('Directory file or files').setInputFiles([
    { name: '__proto__.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name\nevil,Polluted\n') },
    { name: 'services.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name\nx1,Café Solidarité\nx2,"Broken\nx3,Night shelter\n', 'latin1') },
  ]);
  await expect(dialog.getByRole('note', { name: 'Text encoding' }).filter({ hasText: 'services.csv' })).toContainText('read as Windows-1252');
  const report = dialog.getByRole('list', { name: 'Import report' });
  await expect(report).toContainText('__proto__.csv: This file is not one of the tables of an Open Referral (HSDS) package');
  await expect(report).toContainText('Row 3: This row has a quotation mark that is never closed');
  await expect(dialog.getByRole('region', { name: 'What the import will do' })).toContainText('2 new, 0 updated, 0 unchanged, 1 skipped.');
  await dialog.getByRole('button', { name: 'Import services' }).click();
  await expect(new SignpostApp(page).status('Directory imported: 2 added, 0 updated')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Café Solidarité' })).toBeVisible();
});

test('reading a large directory shows progress and can be cancelled, importing nothing', async ({ page }) => {
  // A large file takes a while to hand to the browser on a busy machine.
  test.setTimeout(60_000);
  const dialog = await openDialog(page);
  const services = Array.from({ length: 60_000 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}` }));
  await dialog.getByLabel('Directory file or files').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ services })) });
  await dialog.getByRole('group', { name: 'Reading the directory' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(new SignpostApp(page).status('Import cancelled. Nothing was imported.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import services' })).toBeDisabled();
});
