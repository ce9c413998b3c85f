/**
 * Today and Settings, with the demo forum loaded, have no WCAG 2.2 AA violations that axe
 * can find, in English and in Arabic (right to left). The Arabic screens are attached as
 * screenshots for a reviewer to look at, not compared pixel by pixel.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { keepScreenshot, withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 90_000 });

test('Today and Settings have no axe violations in English', async ({ page }) => {
  const app = await withDemoForum(page);
  await expectNoAxeViolations(page);

  await app.goTo('Today');
  await expect(app.heading('Today')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Daily drop-in advice' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('in Arabic the page is right to left, stays so after a restart, and Today and Settings have no axe violations', async ({ page }, testInfo) => {
  const app = await withDemoForum(page);
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'الإعدادات' })).toBeVisible();
  await expect(page.getByRole('status').getByText('أصبح التطبيق الآن باللغة: العربية.')).toBeVisible();
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'settings-ar.png');

  // The navigation's first link sits on the right in a right-to-left page.
  const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  const main = page.getByRole('main');
  expect((await nav.boundingBox())!.x).toBeGreaterThan((await main.boundingBox())!.x);

  // A reload locks the app: the sign-in screen is in Arabic too, and signing in keeps it.
  await app.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await nav.getByRole('link', { name: 'اليوم' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // A demo session's name is the forum's own words, the same in every language.
  await expect(page.getByRole('link', { name: 'Daily drop-in advice' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'today-ar.png');
});
