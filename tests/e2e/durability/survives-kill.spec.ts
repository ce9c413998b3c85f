/**
 * Killing the app right after a save loses nothing: the forum's data lives in IndexedDB
 * in a real profile directory, and a save is only reported once its transaction commits.
 */
import { expect, test } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { killHard, makeProfileDir, openWithProfile } from '../support/persistent-browser';

test('the forum name saved in Settings survives a SIGKILL right after saving', async ({ baseURL }) => {
  const profile = makeProfileDir();
  try {
    const first = await openWithProfile(profile.dir, baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await new SignpostApp(page).open('/settings');
    await page.getByLabel('Forum name').fill('Riverside Migrant Forum');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    expect(killHard(profile.dir)).toBeGreaterThan(0);
    await first.close().catch(() => undefined);

    const second = await openWithProfile(profile.dir, baseURL ?? '');
    const again = second.pages()[0] ?? (await second.newPage());
    await new SignpostApp(again).open('/settings');
    await expect(again.getByLabel('Forum name')).toHaveValue('Riverside Migrant Forum');
    await expect(again.getByRole('navigation')).toContainText('Riverside Migrant Forum');
    await second.close();
  } finally {
    profile.remove();
  }
});
