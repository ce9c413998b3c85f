/**
 * Killing the app in the middle of a client import leaves nothing partial: the import is
 * one transaction, so after a SIGKILL the list holds every imported client or none.
 */
import { expect, test } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { killHard, makeProfileDir, openWithProfile } from '../support/persistent-browser';

const ROWS = 4000;

test('a client import killed mid-way leaves all of it or none of it', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const profile = makeProfileDir();
  try {
    const first = await openWithProfile(profile.dir, baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await new SignpostApp(page).open('/clients/import');
    const rows = Array.from({ length: ROWS }, (_, i) => `Person ${i} Example,07700 ${String(i).padStart(6, '0')}`);
    await page.getByLabel('Spreadsheet file (CSV or .xlsx)').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(['name,phone', ...rows].join('\n')) });
    await expect(page.getByLabel('Import summary')).toHaveText(`${ROWS.toLocaleString('en-GB')} to import, 0 already registered, 0 refused.`);
    await page.getByRole('checkbox', { name: /Everyone on this list agreed/ }).check();
    await page.getByLabel('Consent recorded by').fill('Claire');
    await page.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-GB')} clients` }).click();
    await expect(page.getByText('Importing…')).toBeVisible();
    expect(killHard(profile.dir)).toBeGreaterThan(0);
    await first.close().catch(() => undefined);

    const second = await openWithProfile(profile.dir, baseURL ?? '');
    const again = second.pages()[0] ?? (await second.newPage());
    await new SignpostApp(again).open('/clients');
    const registered = again.getByText(/^[\d,]+ people registered$/);
    await expect(registered).toBeVisible();
    expect(['0 people registered', `${ROWS.toLocaleString('en-GB')} people registered`]).toContain(await registered.textContent());
    await second.close();
  } finally {
    profile.remove();
  }
});
