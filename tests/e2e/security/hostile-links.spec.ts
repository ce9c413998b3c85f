/**
 * Links in data are untrusted (an imported directory, a pasted website). A look-alike or
 * script link must neither navigate the app window nor open anything; a trusted https link
 * opens in a separate, unlinked window.
 */
import { expect, test, type Page } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { plantRecords } from '../support/plant-records';

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

const plantServices = (page: Page, records: object[]) => plantRecords(page, 'services', records);

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
  // Planted from outside the app, as a tampered file would be: read at the next start.
  await app.reload();
  await app.goTo('Referrals');
  await page.getByRole('link', { name: 'Services directory' }).click();
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
  await expect(app.heading('Services directory')).toBeVisible();
});

test('a trusted https link opens in a separate window and the app stays where it was', async ({ page, context }) => {
  // Nothing reaches the internet from a test: the trusted site is answered locally.
  await context.route('https://www.gov.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>GOV.UK</title>' }));
  const app = new SignpostApp(page);
  await app.open('/settings');
  await plantServices(page, [service('trusted-1', 'Jobcentre Plus', 'https://www.gov.uk/contact-jobcentre-plus')]);
  await app.reload();
  await app.goTo('Referrals');
  await page.getByRole('link', { name: 'Services directory' }).click();
  const before = page.url();
  const popup = context.waitForEvent('page');
  await page.getByRole('table', { name: 'Services directory' }).getByRole('button', { name: /www\.gov\.uk/ }).click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toBe('https://www.gov.uk/contact-jobcentre-plus');
  expect(await opened.evaluate(() => window.opener)).toBeNull();
  expect(page.url()).toBe(before);
  await expect(page.getByRole('navigation', { name: 'Main' })).not.toContainText('could not be opened');
});
