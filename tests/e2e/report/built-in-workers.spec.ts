/**
 * The year's report and the rota fill are worked out in Web Workers, and a person sees
 * them working: the report with a progress bar and a Cancel that stops it, the rota fill
 * with a busy message, then each result. Each worker's script is held back until the test
 * has seen the working state (the demo forum is small enough to finish before a person
 * could look), then let through.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

/** Holds every request for a script until `release`; requests already dropped are ignored. */
async function holdScript(page: Page, pattern: RegExp): Promise<{ release: () => Promise<void> }> {
  const waiting: Route[] = [];
  let held = true;
  await page.route(pattern, async (route) => {
    if (held) waiting.push(route);
    else await route.continue();
  });
  return {
    release: async () => {
      held = false;
      for (const route of waiting.splice(0)) await route.continue().catch(() => undefined);
    },
  };
}

test('a year’s report shows its progress and can be cancelled, then is built; the rota’s month is filled with a busy message first', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();

  const reportWorker = await holdScript(page, /report\.worker[^/]*\.js$/);
  await app.goTo('Reports');
  await page.getByRole('radio', { name: 'A year' }).check();
  await page.getByRole('button', { name: 'Build the report' }).click();
  const progress = page.getByRole('progressbar', { name: 'Building the report' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', '0% done');
  await expect(page.getByText('0% done')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Building…' })).toBeDisabled();
  // While it is built, the screen says so, not that there is no report.
  await expect(page.getByText('No report built yet.')).toBeHidden();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(app.status('The report was not built: you cancelled it.')).toBeVisible();
  await expect(page.getByText('No report built yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Build the report' }).click();
  await expect(progress).toBeVisible();
  await reportWorker.release();
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'Community Intelligence Report' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'At a glance' })).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('button', { name: 'Build the report' })).toBeEnabled();

  const rotaWorker = await holdScript(page, /rota-fill\.worker[^/]*\.js$/);
  await app.open('/volunteers/rota');
  await page.getByRole('button', { name: 'Fill open shifts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fill open shifts' });
  await expect(dialog.getByRole('status')).toHaveText(/^Finding who can take the \d+ open places…$/);
  await expect(dialog.getByRole('button', { name: /^Accept 0 selected$/ })).toBeDisabled();
  await rotaWorker.release();
  const proposals = dialog.getByRole('list', { name: 'Proposed assignments' }).getByRole('listitem');
  await expect(proposals.first()).toBeVisible();
  await expect(dialog.getByRole('status')).toBeHidden();
  const proposed = await proposals.count();
  await dialog.getByRole('button', { name: `Accept ${proposed} selected` }).click();
  await expect(app.status(proposed === 1 ? '1 shift filled' : `${proposed} shifts filled`)).toBeVisible();
});
