import { expect, test } from '@playwright/test';
import { AREAS, SignpostApp } from '../pages/signpost-app';

test('every area opens from the navigation, shows its heading, and is marked as current', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open();
  for (const area of AREAS) {
    await app.goTo(area.link);
    await expect(app.heading(area.heading)).toBeVisible();
    await expect(app.nav().getByRole('link', { name: area.link, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${area.heading} – Signpost`);
  }
});

test('the keyboard reaches the skip link first, then the navigation, and skipping lands in the content', async ({ page }) => {
  const app = new SignpostApp(page);
  // Referrals, not Clients: the Clients screen puts the cursor in its search box as it opens.
  await app.open('/referrals');
  await expect(app.heading('Referrals')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.nav().getByRole('link', { name: 'Today' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows a page-not-found screen with a way back', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/no-such-place');
  await expect(app.heading('Page not found')).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(app.heading('Today')).toBeVisible();
});
