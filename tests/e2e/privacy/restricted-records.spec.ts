/**
 * A restricted person is left out of search and the forum's lists, so Settings lists the
 * restricted records by reference only: a volunteer finds the person there by the
 * reference on their paperwork, opens their page, and lifts the restriction; then they
 * are back in search.
 */
import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';
import { restrictRecord } from './support';

test('a restricted record is reached from Settings by its reference, and once lifted is back in search', async ({ page, context }) => {
  await pinClock(context);
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Hana Mekonnen' });
  await desk.register({ name: 'Hana Tesfaye', phone: '07700 900456' });
  const ref = (await page.locator('.ref').first().textContent())?.trim() ?? '';
  expect(ref).toMatch(/^C-\d{5}$/);

  await desk.app.open('/settings');
  const panel = page.getByRole('region', { name: 'Restricted records' });
  await expect(panel).toContainText('No record is restricted.');

  await desk.app.goTo('Clients');
  await page.getByRole('link', { name: 'Hana Tesfaye' }).click();
  await restrictRecord(page);

  // Search leaves her out.
  await desk.app.goTo('Clients');
  const search = page.getByLabel('Find a client');
  const results = page.getByRole('table', { name: 'Matching clients' });
  await search.fill('hana');
  await expect(results.getByRole('link', { name: 'Hana Mekonnen' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Hana Tesfaye' })).toHaveCount(0);

  // Settings lists her by reference and date, with no name or phone.
  await desk.app.goTo('Settings');
  const table = panel.getByRole('table', { name: '1 restricted record' });
  await expect(table.getByRole('row').filter({ hasText: ref })).toContainText('The person asked');
  await expect(panel).not.toContainText('Hana');
  await expect(panel).not.toContainText('07700');
  await table.getByRole('link', { name: ref }).click();
  await expect(desk.app.heading('Hana Tesfaye')).toBeVisible();

  const notice = page.getByRole('note', { name: 'This record is restricted' });
  await notice.getByRole('button', { name: 'Lift the restriction' }).click();
  const lift = page.getByRole('dialog', { name: 'Lift the restriction' });
  await lift.getByLabel('Recorded by').fill('Fatima');
  await lift.getByRole('button', { name: 'Lift the restriction' }).click();
  await expect(desk.app.status('Restriction lifted')).toBeVisible();

  await desk.app.goTo('Clients');
  await search.fill('hana');
  await expect(results.getByRole('link', { name: 'Hana Tesfaye' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Hana Mekonnen' })).toBeVisible();
  await desk.app.goTo('Settings');
  await expect(panel).toContainText('No record is restricted.');
});
