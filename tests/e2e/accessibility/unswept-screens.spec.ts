/**
 * Every screen of the app, with the demo forum loaded, has no WCAG 2.2 AA violations axe
 * can find, in English and in Arabic (right to left). The area specs beside this one
 * sweep their screens in both languages, with their dialogs open and their forms filled:
 *
 * - Today and Settings: axe-today-settings, settings-languages;
 * - clients (list, page, form, import) and advice (log, form): clients-languages;
 * - clinics (week and day, forms) and a session with its queue: clinics-languages;
 * - referrals (list, page, form), services (list, form) and reports: referrals-languages;
 * - volunteers (list, page, form), the rota, gaps and hours: vols-languages.
 *
 * This spec checks the screens none of them reaches (a service's edit form and the
 * page-not-found screen), rather than checking the others a second time (it once took a
 * sixth of the e2e run), and keeps screenshots of Today and a client page in Arabic at a
 * 1366×768 laptop's size for a reviewer (not compared pixel by pixel).
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1366, height: 768 } });

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Moves to a route inside the running app (as a link would), then waits for its heading. */
async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Lists and tables fill from IndexedDB: wait until nothing says it is loading.
  await expect(page.getByText(/^(Loading|جارٍ)/)).toHaveCount(0);
}

/** The first link on a screen whose address starts with the prefix, as a route ("/clients/…"). */
async function firstRouteLike(page: Page, from: string, pattern: RegExp): Promise<string> {
  await visit(page, from);
  const links = page.locator('a[href^="#/"]').filter({ visible: true });
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const route = hrefs.map((href) => href.slice(1)).find((href) => pattern.test(href));
  expect(route, `a link like ${pattern} on ${from}`).toBeDefined();
  return route!;
}

/** The screens no area spec sweeps (see the list above). */
async function routesNoAreaSpecSweeps(page: Page): Promise<string[]> {
  const serviceEdit = await firstRouteLike(page, '/referrals/services', /^\/referrals\/services\/[^/?]+\/edit$/);
  return [serviceEdit, '/no-such-page'];
}

async function checkEveryScreen(page: Page, routes: string[]): Promise<void> {
  const failures: string[] = [];
  for (const route of routes) {
    await visit(page, route);
    try {
      await expectNoAxeViolations(page);
    } catch (error) {
      failures.push(`${route}: ${(error as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
}

test('the screens no area spec sweeps have no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await checkEveryScreen(page, await routesNoAreaSpecSweeps(page));
});

test('the screens no area spec sweeps have no axe violations in Arabic, and Today and a client page are kept as screenshots', async ({ page }, testInfo) => {
  await withDemoForum(page);
  const routes = await routesNoAreaSpecSweeps(page);
  const client = await firstRouteLike(page, '/clients', /^\/clients\/(?!new|import)[^/?]+$/);
  await visit(page, '/settings');
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkEveryScreen(page, routes);

  await visit(page, '/');
  await keepScreenshot(page, testInfo, 'today-ar-1366x768.png');
  await visit(page, client);
  await keepScreenshot(page, testInfo, 'client-page-ar-1366x768.png');
});
