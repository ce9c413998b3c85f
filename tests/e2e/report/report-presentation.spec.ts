/**
 * The report reads like a report (issue 15): a summary first (headline figures, the three
 * biggest needs, a chart), months in words, one-column tables without a Total column,
 * empty tables replaced by a line, and the method notes at the end.
 */
import { expect, test } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { chooseMonth } from '../pages/month-picker';

test('the demo forum’s year reads as a report: summary first, method notes last', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
  await app.goTo('Reports');
  await page.getByRole('radio', { name: 'A year' }).check();
  const now = new Date();
  await chooseMonth(page, 'Year ending with', `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  await page.getByRole('button', { name: 'Build the report' }).click();
  const preview = page.getByRole('article', { name: 'Report preview' });

  const summary = preview.getByRole('region', { name: 'At a glance' });
  await expect(summary).toBeVisible();
  for (const figure of ['People seen', 'New people', 'Contacts', 'Hours of advice', 'Referrals made', 'Volunteer hours']) {
    await expect(summary.getByRole('term').filter({ hasText: figure })).toBeVisible();
  }
  await expect(summary.getByRole('heading', { name: 'The three biggest needs' })).toBeVisible();
  await expect(summary.getByRole('listitem')).toHaveCount(3);
  await expect(summary.getByRole('figure')).toBeVisible();

  // The regions in reading order: the summary first, the method notes last (drawn a piece
  // a frame, the report is whole once the notes show and it is no longer busy).
  await expect(preview.getByRole('region', { name: 'How the numbers are protected' })).toBeVisible();
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  const names = await preview.getByRole('region').evaluateAll((regions) => regions.map((r) => r.getAttribute('aria-label')));
  expect(names[0]).toBe('At a glance');
  expect(names[names.length - 1]).toBe('How the numbers are protected');

  // Months in words.
  const months = preview.getByRole('table', { name: /Contacts by month/ });
  await expect(months.getByRole('rowheader', { name: /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/ }).first()).toBeVisible();
  await expect(months.getByRole('rowheader', { name: /^\d{4}-\d{2}$/ })).toHaveCount(0);

  // A one-column table has a Total row but no Total column repeating each row.
  const nationality = preview.getByRole('table', { name: /Nationality/ });
  await expect(nationality.getByRole('columnheader')).toHaveText(['Nationality', 'People']);
  await expect(nationality.getByRole('rowheader', { name: 'Total' })).toBeVisible();

  // A table with nothing in it is left out, with a line saying so.
  await expect(preview.getByText(/Interpreter requests by language.*: none in this period|Emerging issues.*: none in this period/).first()).toBeVisible();
});

test('chosen months are picked from lists in the app’s language, and a range that runs backwards is refused next to the field', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/reports');
  await page.getByRole('radio', { name: 'Chosen months' }).check();
  await chooseMonth(page, 'First month', '2025-05');
  await chooseMonth(page, 'Last month', '2025-03');
  await page.getByRole('button', { name: 'Build the report' }).click();
  const last = page.getByRole('group', { name: 'Last month', exact: true });
  await expect(last.getByRole('alert')).toHaveText('The last month is before the first');
  await expect(page.getByRole('article', { name: 'Report preview' })).toHaveCount(0);

  // The month names are the app's, not the browser's: in Polish, May is "maj" (or "maja").
  await app.goTo('Settings');
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('pl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('navigation').getByRole('link', { name: 'Raporty', exact: true }).click();
  await page.getByRole('radio', { name: 'Wybrane miesiące' }).check();
  await chooseMonth(page, 'Pierwszy miesiąc', '2025-05', { month: 'Miesiąc', year: 'Rok' });
  await expect(page.getByRole('group', { name: 'Pierwszy miesiąc' }).getByRole('combobox', { name: 'Miesiąc' })).toHaveValue('05');
  await expect(page.getByRole('group', { name: 'Pierwszy miesiąc' }).getByRole('option', { name: /^maj/ })).toHaveCount(1);
});
