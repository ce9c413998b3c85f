import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

test('the day sheet prints only the sheet, with initials by default and names when chosen', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00' });
  await desk.register({ name: 'Amira Haddad', birthYear: '1990' });
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:30', 'amira', /Amira Haddad/);

  await page.getByRole('button', { name: 'Print day sheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the day sheet' });
  const preview = dialog.getByRole('article', { name: 'Day sheet' });
  await expect(preview).toContainText('A. H.');
  await expect(preview).not.toContainText('Amira Haddad');
  await dialog.getByLabel(/Show initials instead of names/).uncheck();
  await expect(preview).toContainText('Amira Haddad');

  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.print-only').getByRole('article', { name: 'Day sheet' })).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('18:30');
});
