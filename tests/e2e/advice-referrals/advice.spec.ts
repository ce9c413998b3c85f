import { expect, test } from '@playwright/test';
import { fillDateField } from '../pages/date-field';
import { FrontDesk } from '../pages/front-desk';
import { pinClock, pinnedDate } from '../support/clock';
import { plantRecords } from '../support/plant-records';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

const stamp = '2026-01-01T09:00:00.000Z';
const volunteer = (id: string, name: string, checks: object[]) => ({
  id,
  name,
  createdAt: stamp,
  updatedAt: stamp,
  roles: ['adviser'],
  languages: [],
  checks,
  availability: [],
  away: [],
  active: true,
});

test('advice logged from an appointment has the client, clinic and date filled in, and joins their timeline', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00' });
  await desk.register({ name: 'Piotr Nowak', birthYear: '1980' });
  await desk.openTodaysSession('Benefits clinic');
  await desk.bookIntoSlot('18:00', 'piotr', /Piotr Nowak/);
  await page.getByRole('group', { name: 'Actions for Piotr Nowak' }).getByRole('button', { name: 'Arrived' }).click();
  await page.getByRole('link', { name: 'Log advice for Piotr Nowak' }).click();

  await expect(desk.app.heading('Log advice')).toBeVisible();
  await expect(page.getByText('With Piotr Nowak')).toBeVisible();
  await expect(page.getByLabel('Clinic')).toHaveValue(/.+/);
  await expect(page.getByLabel('Clinic').locator('option:checked')).toHaveText('Benefits clinic');

  await page.getByLabel('Adviser').fill('');
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(page.getByText('Choose at least one issue category')).toBeVisible();
  await expect(page.getByText('Enter the adviser’s name')).toBeVisible();

  await page.getByLabel('Adviser').fill('Fatima');
  await page.getByRole('checkbox', { name: 'Benefits and welfare' }).check();
  await page.getByLabel('Minutes spent').fill('25');
  await page.getByLabel('Notes').fill('Universal Credit journal message drafted.');
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();
  await expect(desk.app.heading('Piotr Nowak')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Advice: Benefits and welfare');

  // A referral can start from the entry, with its issue as the reason.
  await page.getByRole('link', { name: 'Advice: Benefits and welfare' }).click();
  await page.getByRole('link', { name: 'Refer from this entry' }).click();
  await expect(desk.app.heading('New referral')).toBeVisible();
  await expect(page.getByLabel('Reason', { exact: true }).locator('option:checked')).toHaveText('Benefits and welfare');
});

test('immigration advice is refused for an adviser without a current accreditation; signposting is allowed', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Samira Osman', birthYear: '1992' });
  await plantRecords(page, 'volunteers', [
    volunteer('v1', 'Jon Reid', [{ kind: 'immigration-accreditation', date: '2020-01-01', expires: '2021-01-01', level: 'OISC level 1' }]),
    volunteer('v2', 'Aisha Bello', [{ kind: 'immigration-accreditation', date: '2025-01-01', level: 'OISC level 1' }]),
  ]);
  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Jon Reid');
  await page.getByRole('checkbox', { name: 'Immigration and nationality' }).check();
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(page.getByText(/Only an adviser with a current immigration-advice accreditation can log immigration advice/)).toBeVisible();

  await page.getByLabel('Outcome').selectOption({ label: 'Signposted' });
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();

  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Aisha Bello');
  await page.getByRole('checkbox', { name: 'Immigration and nationality' }).check();
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(2);
});

test('a category added in Settings can be chosen; a retired one is no longer offered but stays on old entries', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Oksana Kovalenko', birthYear: '1985' });
  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Fatima');
  await page.getByRole('checkbox', { name: 'Utilities and consumer' }).check();
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();

  await desk.app.goTo('Settings');
  const panel = page.getByRole('region', { name: 'Issue categories' });
  await panel.getByLabel('New category').fill('Cost of living');
  await panel.getByLabel('Under').selectOption({ label: 'Money, debt and credit union' });
  await panel.getByRole('button', { name: 'Add category' }).click();
  // The forum's own words are isolated in the sentence, so they keep their direction in Arabic too.
  await expect(desk.app.status('Added “\u2068Cost of living\u2069”')).toBeVisible();
  await panel.getByLabel('New category').fill('cost of living');
  await panel.getByLabel('Under').selectOption({ label: 'Money, debt and credit union' });
  await panel.getByRole('button', { name: 'Add category' }).click();
  await expect(panel.getByText(/already/)).toBeVisible();
  // Renaming says what is wrong next to the new name, not under the form for adding one.
  await panel.getByRole('button', { name: 'Rename Cost of living' }).click();
  const newName = panel.getByRole('textbox', { name: 'New name for Cost of living' });
  await newName.fill(' ');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(newName).toHaveAccessibleDescription('Enter a category name');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('button', { name: 'Retire Utilities and consumer' }).click();
  await expect(panel.getByRole('button', { name: 'Restore Utilities and consumer' })).toBeVisible();

  await desk.app.open('/advice/new');
  await page.getByLabel('Find the person').fill('oksana');
  await page.getByRole('button', { name: /Log advice for: Oksana Kovalenko/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Cost of living' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Utilities and consumer' })).toHaveCount(0);

  await desk.app.goTo('Clients');
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Oksana Kovalenko' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Advice: Utilities and consumer');
});

test('a follow-up shows as overdue for everyone and for its adviser, and clears when done', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Hamid Rahimi', birthYear: '1975' });
  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Fatima');
  await page.getByRole('checkbox', { name: 'Housing and homelessness' }).check();
  await fillDateField(page, 'Follow up on', pinnedDate(-1));
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();

  await desk.app.goTo('Advice log');
  const due = page.getByRole('list', { name: 'Follow-ups due' });
  await expect(due).toContainText('1 day overdue');
  await expect(due).toContainText('Hamid Rahimi');
  await page.getByRole('button', { name: 'Mine (Fatima)' }).click();
  await expect(due).toContainText('Hamid Rahimi');
  await due.getByRole('button', { name: 'Mark done: Hamid Rahimi' }).click();
  await expect(page.getByText('No follow-ups need action this week.')).toBeVisible();
});
