/**
 * Every screen of the app, with the demo forum loaded, has no WCAG 2.2 AA violations axe
 * can find, in English and in Arabic (right to left): Today, the client list and a client's
 * page and forms, the clinic week and day views, a session with its queue, advice,
 * referrals and services, volunteers, the rota, gaps and hours, reports, settings and the
 * page-not-found screen. Screenshots of Today and a client page in Arabic, at a 1366×768
 * laptop's size, are kept for a reviewer (not compared pixel by pixel). The area specs
 * check their dialogs.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { pinnedDate } from '../support/clock';
import { expectNoAxeViolations } from '../support/axe';
import { withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 480_000 });
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

async function routesOfDemoForum(page: Page): Promise<string[]> {
  const client = await firstRouteLike(page, '/clients', /^\/clients\/(?!new|import)[^/?]+$/);
  const session = await firstRouteLike(page, '/', /^\/clinics\/sessions\/[^/?]+$/);
  const clinicEdit = await firstRouteLike(page, '/clinics', /^\/clinics\/[^/?]+\/edit$/);
  const adviceEdit = await firstRouteLike(page, '/advice', /^\/advice\/[^/?]+\/edit$/);
  const referral = await firstRouteLike(page, '/referrals', /^\/referrals\/(?!new|services)[^/?]+$/);
  const serviceEdit = await firstRouteLike(page, '/referrals/services', /^\/referrals\/services\/[^/?]+\/edit$/);
  const volunteer = await firstRouteLike(page, '/volunteers', /^\/volunteers\/(?!new|rota|gaps|hours)[^/?]+$/);
  return [
    '/',
    '/clients',
    client,
    `${client}/edit`,
    '/clients/new',
    '/clients/import',
    '/clinics',
    `/clinics?view=day&date=${pinnedDate()}`,
    '/clinics/new',
    clinicEdit,
    session,
    '/advice',
    '/advice/new',
    adviceEdit,
    '/referrals',
    referral,
    '/referrals/new',
    '/referrals/services',
    '/referrals/services/new',
    serviceEdit,
    '/volunteers',
    volunteer,
    `${volunteer}/edit`,
    '/volunteers/new',
    '/volunteers/rota',
    '/volunteers/gaps',
    '/volunteers/hours',
    '/reports',
    '/settings',
    '/no-such-page',
  ];
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

test('every screen has no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await checkEveryScreen(page, await routesOfDemoForum(page));
});

test('every screen has no axe violations in Arabic, and Today and a client page are kept as screenshots', async ({ page }, testInfo) => {
  await withDemoForum(page);
  const routes = await routesOfDemoForum(page);
  await visit(page, '/settings');
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkEveryScreen(page, routes);

  await visit(page, '/');
  await keepScreenshot(page, testInfo, 'today-ar-1366x768.png');
  await visit(page, routes[2]!);
  await keepScreenshot(page, testInfo, 'client-page-ar-1366x768.png');
});
