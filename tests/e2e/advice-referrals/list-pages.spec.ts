/**
 * Long lists a page at a time, as a volunteer uses them on the demo forum: the follow-ups
 * show what needs action this week until widened, and every list says where you are and
 * moves on with Next.
 */
import { expect, test, type Locator } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

/** The total a pager states ("Showing 1–10 of 24" gives 24), once it is showing. */
async function totalOf(pager: Locator): Promise<number> {
  await expect(pager).toContainText(/Showing \d+–\d+ of [\d,]+/);
  const text = (await pager.textContent()) ?? '';
  return Number(/of ([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
}

async function openWithDemoData(app: SignpostApp): Promise<void> {
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
}

test('follow-ups show what needs action this week, widen to all open, and page through them', async ({ page }) => {
  const app = new SignpostApp(page);
  await openWithDemoData(app);
  await app.goTo('Advice log');

  const panel = page.getByRole('region', { name: 'Follow-ups' });
  const pager = panel.getByRole('navigation', { name: 'Pages of follow-ups' });
  await expect(panel.getByRole('button', { name: 'This week' })).toHaveAttribute('aria-pressed', 'true');
  const thisWeek = await totalOf(pager);
  // Nothing older than this Monday is listed by default: no follow-up more than two days overdue (today is Wednesday).
  await expect(panel.getByRole('list', { name: 'Follow-ups due' }).getByText(/[3-9] days overdue|\d\d+ days overdue/)).toHaveCount(0);

  await panel.getByRole('button', { name: 'All open' }).click();
  await expect(pager).not.toContainText(`of ${thisWeek}`);
  const allOpen = await totalOf(pager);
  expect(allOpen).toBeGreaterThan(10);
  expect(allOpen).toBeGreaterThan(thisWeek);
  const list = panel.getByRole('list', { name: 'Follow-ups due' });
  await expect(pager).toContainText(`Showing 1–10 of ${allOpen}`);
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const firstOnPageOne = await list.getByRole('listitem').first().textContent();

  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText(`Showing 11–${Math.min(20, allOpen)} of ${allOpen}`);
  await expect(list.getByRole('listitem').first()).not.toHaveText(firstOnPageOne ?? '');
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(pager).toContainText(`Showing 1–10 of ${allOpen}`);
  await expect(list.getByRole('listitem').first()).toHaveText(firstOnPageOne ?? '');

  // Back to this week: the short list again, from its first page.
  await panel.getByRole('button', { name: 'This week' }).click();
  await expect(pager.or(panel.getByText('No follow-ups need action this week.'))).toContainText(thisWeek > 0 ? `of ${thisWeek}` : 'No follow-ups');
});

test('the advice log and the referrals list move on a page at a time', async ({ page }) => {
  const app = new SignpostApp(page);
  await openWithDemoData(app);

  await app.goTo('Advice log');
  const logPager = page.getByRole('navigation', { name: 'Pages of the advice log' });
  const entries = await totalOf(logPager);
  expect(entries).toBeGreaterThan(50);
  await expect(logPager).toContainText(`Showing 1–50 of ${entries}`);
  const table = page.getByRole('table', { name: 'Advice log entries' });
  await expect(table.getByRole('row')).toHaveCount(51);
  await logPager.getByRole('button', { name: 'Next' }).click();
  await expect(logPager).toContainText(`Showing 51–${Math.min(100, entries)} of ${entries}`);
  await expect(logPager.getByRole('button', { name: 'Previous' })).toBeEnabled();

  await app.goTo('Referrals');
  const listPager = page.getByRole('navigation', { name: 'Pages of referrals' });
  const inHand = await totalOf(listPager);
  await page.getByRole('group', { name: 'Which referrals' }).getByRole('button', { name: 'All' }).click();
  await expect(listPager).not.toContainText(`of ${inHand}`);
  const all = await totalOf(listPager);
  expect(all).toBeGreaterThan(Math.max(inHand, 50));
  await listPager.getByRole('button', { name: 'Next' }).click();
  await expect(listPager).toContainText(`Showing 51–${Math.min(100, all)} of ${all}`);

  const overdue = page.getByRole('navigation', { name: 'Pages of overdue referrals' });
  const late = await totalOf(overdue);
  expect(late).toBeGreaterThan(6);
  await expect(page.getByRole('list', { name: 'Overdue referrals' }).getByRole('listitem')).toHaveCount(6);
  await overdue.getByRole('button', { name: 'Next' }).click();
  await expect(overdue).toContainText(`Showing 7–12 of ${late}`);
});
