/**
 * Killing the app in the middle of a restore leaves the forum's records exactly as they
 * were: the restore fills a separate database, and only a confirmed restore swaps it in.
 * After the restart, whatever the restore had written is gone.
 */
import { expect, test, type Page } from '@playwright/test';
import { BackupsPage } from '../pages/backups';
import { FrontDesk } from '../pages/front-desk';
import { SettingsPage } from '../pages/signpost-app';
import { killHard, makeProfileDir, openWithProfile } from '../support/persistent-browser';

const databaseNames = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());

for (const moment of ['right after the file is chosen', 'with the restored copy checked, before it is confirmed'] as const) {
  test(`killed ${moment}: the records are as they were, with nothing half-restored`, async ({ baseURL }) => {
    // Two browser starts, a demo forum, a backup and a restore: longer than one screen's test.
    test.setTimeout(90_000);
    const profile = makeProfileDir();
    try {
      const first = await openWithProfile(profile.dir, baseURL ?? '');
      const page = first.pages()[0] ?? (await first.newPage());
      const desk = new FrontDesk(page);
      const backups = new BackupsPage(page);
      await desk.register({ name: 'Amina Yusuf' });
      await desk.app.open('/settings');
      await new SettingsPage(desk.app).loadDemoData();
      const file = await backups.makeBackup();
      await desk.register({ name: 'Registered After Backup' });

      await backups.app.open('/settings');
      await backups.chooseFile(file);
      if (moment !== 'right after the file is chosen') await expect(backups.confirmDialog()).toBeVisible({ timeout: 20_000 });
      expect(killHard(profile.dir)).toBeGreaterThan(0);
      await first.close().catch(() => undefined);

      const second = await openWithProfile(profile.dir, baseURL ?? '');
      const again = second.pages()[0] ?? (await second.newPage());
      const after = new FrontDesk(again);
      await after.app.open('/clients');
      await again.getByLabel('Find a client').fill('Registered After Backup');
      await expect(again.getByRole('link', { name: 'Registered After Backup' })).toBeVisible();
      await again.getByLabel('Find a client').fill('Amina Yusuf');
      await expect(again.getByRole('link', { name: 'Amina Yusuf' })).toBeVisible();
      // Whatever the restore had written was deleted when the app started again.
      await expect.poll(() => databaseNames(again)).toEqual(['signpost', 'signpost-meta']);
      await second.close();
    } finally {
      profile.remove();
    }
  });
}
