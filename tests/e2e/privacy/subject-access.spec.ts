import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';
import { countPrints, rightsPanel } from './support';

test('a person’s whole record is given to them as a printable sheet and a JSON file, and both are logged', async ({ page, context }) => {
  await pinClock(context);
  await countPrints(page);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Leyla Ahmadi', phone: '07700 900123', birthYear: '1990' });
  const panel = rightsPanel(page);

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Their data: save as JSON' }).click()]);
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(json).toMatchObject({ format: 'signpost-subject-access', client: { name: 'Leyla Ahmadi', phone: '07700 900123', birthYear: 1990 } });
  expect(json.accessLog.map((e: { action: string }) => e.action)).toContain('open-client');

  await panel.getByRole('button', { name: 'Their data: print or save as PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Everything held about this person' });
  const sheet = dialog.getByRole('article', { name: 'Everything held about this person' });
  await expect(sheet).toContainText('Leyla Ahmadi');
  await expect(sheet).toContainText('07700 900123');
  await expect(sheet.getByRole('region', { name: /Who opened, changed or exported this record/ })).toContainText('Client’s record opened');
  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await desk.app.goTo('Settings');
  const log = page.getByRole('region', { name: 'Audit log' });
  await log.getByLabel('What').selectOption({ label: 'File saved or printed' });
  await expect(log.getByRole('table').getByRole('row').filter({ hasText: 'subject access export' })).toHaveCount(2);
  await expect(log).not.toContainText('Leyla');
});
