/** What the language and accessibility specs share: the demo forum, switching to Arabic, screenshots for a reviewer. */
import { expect, type Page, type TestInfo } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { pinClock } from './clock';

/** Saved in the test's output folder (.tmp/test-results/…) and attached to the report; not compared. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The demo forum loaded at the pinned time, the app left on Settings. */
export async function withDemoForum(page: Page): Promise<SignpostApp> {
  await pinClock(page.context());
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
  return app;
}

/** From Settings → Language: the page turns right to left once Arabic has loaded. */
export async function switchToArabic(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}
