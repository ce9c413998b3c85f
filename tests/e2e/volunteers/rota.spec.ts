/**
 * The rota: assigning with every kind of problem flagged, overriding a soft one with a
 * reason, a hard stop that offers no way through, filling the month and accepting part of
 * the proposal, the gaps list, the calendar export, attendance and the hours summary.
 * Volunteers are planted (their own screens are tested in volunteers.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FrontDesk } from '../pages/front-desk';
import { moveClock, pinClock, pinnedMonth } from '../support/clock';
import { plantRecords } from '../support/plant-records';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

const stamp = '2026-01-01T09:00:00.000Z';
const ALL_WEEK = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, from: '08:00', to: '20:00' }));
const goodChecks = [
  { kind: 'safeguarding', date: '2025-01-01' },
  { kind: 'pvg-dbs', date: '2025-01-01' },
];
const volunteer = (id: string, name: string, extra: object) => ({
  id,
  name,
  createdAt: stamp,
  updatedAt: stamp,
  roles: ['adviser'],
  languages: [],
  checks: goodChecks,
  availability: ALL_WEEK,
  away: [],
  active: true,
  ...extra,
});

/** 0 = Monday, as the app counts weekdays. */
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

const monthOf = (offset: number) => pinnedMonth(offset);

async function setUp(page: Page) {
  const desk = new FrontDesk(page);
  await desk.app.open('/clinics/new');
  await page.getByLabel('Clinic name').fill('Advice clinic');
  await page.getByLabel('Kind').selectOption({ label: 'Appointments' });
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) await page.getByRole('checkbox', { name: day }).check();
  await page.getByLabel('Opens at').fill('10:00');
  await page.getByLabel('Closes at').fill('12:00');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByRole('group', { name: 'Role 1' }).getByLabel('Role', { exact: true }).selectOption({ label: 'Adviser' });
  await page.getByRole('button', { name: 'Create clinic' }).click();
  await expect(desk.app.status(/Advice clinic created/)).toBeVisible();
  const next = monthOf(1);
  await plantRecords(page, 'volunteers', [
    volunteer('v-ana', 'Ana Silva', {}),
    volunteer('v-ben', 'Ben Okafor', { checks: [{ kind: 'safeguarding', date: '2020-01-01', expires: '2021-01-01' }, { kind: 'pvg-dbs', date: '2025-01-01' }] }),
    volunteer('v-cara', 'Cara Doyle', { roles: ['receptionist'] }),
    volunteer('v-eve', 'Eve Adams', { availability: [{ weekday: (weekdayOf(`${next}-01`) + 1) % 7, from: '08:00', to: '20:00' }] }),
    volunteer('v-finn', 'Finn Walsh', { maxShiftsPerMonth: 0 }),
    volunteer('v-gita', 'Gita Rao', { checks: [] }),
    volunteer('v-hana', 'Hana Sato', {}),
    volunteer('v-dan', 'Dan Murphy', { away: [{ from: `${next}-01`, to: `${monthOf(2)}-15` }] }),
  ]);
  // Hana is already on another clinic's shift at the same time on the 1st of next month.
  await plantRecords(page, 'shifts', [
    { id: 'busy-hana', createdAt: stamp, updatedAt: stamp, sessionId: 'elsewhere', clinicId: 'elsewhere', date: `${next}-01`, startTime: '10:30', endTime: '11:30', role: 'adviser', volunteerId: 'v-hana' },
  ]);
  return desk;
}

test('assigning shows each volunteer’s problems; a soft one can be overridden with a reason, a hard one cannot', async ({ page }) => {
  const desk = await setUp(page);
  await desk.app.open(`/volunteers/rota?month=${monthOf(1)}`);
  await page.getByRole('button', { name: /^Open: Adviser, .* 2nd|^Open: Adviser/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'Volunteers who fit' })).toContainText('Ana Silva');
  const soft = dialog.getByRole('list', { name: 'Volunteers with a problem' });
  await expect(soft).toContainText('Dan Murphy');
  await expect(soft).toContainText('Away from');
  await expect(soft.getByRole('listitem').filter({ hasText: 'Eve Adams' })).toContainText('Not available on');
  await expect(soft.getByRole('listitem').filter({ hasText: 'Finn Walsh' })).toContainText('their maximum is 0');
  await dialog.getByRole('button', { name: 'Show why' }).click();
  const hard = dialog.getByRole('list', { name: 'Volunteers who cannot' });
  await expect(hard).toContainText('Ben Okafor');
  await expect(hard).toContainText(/Safeguarding.*expired/);
  await expect(hard).toContainText('Cara Doyle');
  await expect(hard).toContainText('adviser role');
  await expect(hard.getByRole('listitem').filter({ hasText: 'Gita Rao' })).toContainText(/safeguarding/i);
  await expect(hard.getByRole('listitem').filter({ hasText: 'Hana Sato' })).toContainText('Already on');
  await expect(hard.getByRole('button')).toHaveCount(0);

  await soft.getByRole('button', { name: 'Assign Dan Murphy anyway' }).click();
  await dialog.getByRole('button', { name: 'Assign with this reason' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a reason to assign Dan Murphy anyway');
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription(/^Give a reason to assign Dan Murphy anyway/);
  await dialog.getByLabel('Reason').fill('Back a day early, confirmed by phone');
  await dialog.getByRole('button', { name: 'Assign with this reason' }).click();
  await expect(desk.app.status('Dan Murphy assigned')).toBeVisible();
  await page.getByRole('button', { name: /^Dan Murphy, Adviser/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Back a day early, confirmed by phone');
});

test('filling the month proposes clean assignments; accepting part leaves the rest open', async ({ page }) => {
  const desk = await setUp(page);
  await desk.app.open(`/volunteers/rota?month=${monthOf(1)}`);
  await expect(page.getByRole('button', { name: /^Open: Adviser/ }).first()).toBeVisible();
  const openBefore = await page.getByRole('button', { name: /^Open: Adviser/ }).count();
  expect(openBefore).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Fill open shifts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fill open shifts' });
  const proposals = dialog.getByRole('list', { name: 'Proposed assignments' }).getByRole('listitem');
  await expect(proposals.first()).toBeVisible();
  const proposed = await proposals.count();
  expect(proposed).toBe(openBefore); // Ana alone could take every session: one a day, no maximum
  const proposedText = await dialog.getByRole('list', { name: 'Proposed assignments' }).textContent();
  for (const cannot of ['Ben Okafor', 'Cara Doyle', 'Dan Murphy', 'Finn Walsh', 'Gita Rao']) expect(proposedText).not.toContain(cannot);
  // Nothing ticked: said next to the list, and nothing is assigned.
  await dialog.getByRole('button', { name: 'Untick all' }).click();
  await dialog.getByRole('button', { name: 'Accept 0 selected' }).click();
  await expect(dialog.getByRole('list', { name: 'Proposed assignments' })).toHaveAccessibleDescription('Tick at least one proposal to accept, or cancel.');
  await dialog.getByRole('button', { name: 'Tick all', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await proposals.nth(0).getByRole('checkbox').uncheck();
  await proposals.nth(1).getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: `Accept ${proposed - 2} selected` }).click();
  await expect(desk.app.status(`${proposed - 2} shifts filled`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open: Adviser/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^(?!Open:).*, Adviser, / })).toHaveCount(proposed - 2);

  // The month's rota as a calendar, read back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar (.ics)' }).click()]);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(proposed - 2 + 1); // and Hana's shift at the other clinic
  expect(ics).toContain('END:VCALENDAR');
});

test('the gaps list shows open shifts soonest first and checks that have run out', async ({ page }) => {
  const desk = await setUp(page);
  await desk.app.open('/volunteers/gaps');
  const open = page.getByRole('list', { name: 'Open shifts' });
  await expect(open.getByRole('listitem').first()).toContainText('Today');
  await expect(open.getByRole('listitem').first()).toContainText('Advice clinic · Adviser');
  await expect(page.getByRole('list', { name: 'Checks running out' })).toContainText('Ben Okafor');
});

test('in the afternoon, this morning’s ended shift is neither a gap nor filled', async ({ page, context }) => {
  const desk = await setUp(page);
  await moveClock(context, '2026-06-10T13:30:00'); // today's 10:00–12:00 session is over
  await desk.app.open('/volunteers/gaps');
  const open = page.getByRole('list', { name: 'Open shifts' });
  await expect(open.getByRole('listitem').first()).toContainText('Tomorrow');
  await expect(open).not.toContainText('Today');

  await desk.app.open(`/volunteers/rota?month=${monthOf(0)}`);
  await expect(page.getByRole('button', { name: /^Open: Adviser, Wed 10 Jun 2026/ })).toBeVisible();
  await page.getByRole('button', { name: 'Fill open shifts' }).click();
  const proposals = page.getByRole('dialog', { name: 'Fill open shifts' }).getByRole('list', { name: 'Proposed assignments' });
  await expect(proposals.getByRole('listitem').first()).toContainText('11 Jun 2026');
  await expect(proposals).not.toContainText('10 Jun 2026');
});

test('a shift given before the volunteer’s check lapsed is flagged in Gaps and Today, and marked on the rota', async ({ page }) => {
  const desk = await setUp(page);
  await desk.app.open(`/volunteers/rota?month=${monthOf(0)}`);
  await page.getByRole('button', { name: /^Open: Adviser, Wed 10 Jun 2026/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Assign Ana Silva' }).click();
  await expect(desk.app.status('Ana Silva assigned')).toBeVisible();

  // Later, Ana's safeguarding check is recorded as having run out today.
  await plantRecords(page, 'volunteers', [
    volunteer('v-ana', 'Ana Silva', { checks: [{ kind: 'safeguarding', date: '2023-06-10', expires: '2026-06-10' }, { kind: 'pvg-dbs', date: '2025-01-01' }] }),
  ]);
  await desk.app.open('/volunteers/gaps');
  const recheck = page.getByRole('list', { name: 'Shifts to re-check' });
  await expect(recheck.getByRole('listitem')).toHaveCount(1);
  await expect(recheck).toContainText('Ana Silva');
  await expect(recheck).toContainText('Safeguarding check expired on 10 Jun 2026');

  await desk.app.open('/');
  const onShift = page.getByRole('region', { name: 'On shift today' });
  await expect(onShift.getByRole('listitem').filter({ hasText: 'Ana Silva' })).toContainText('Re-check');
  await expect(onShift).toContainText('Safeguarding check expired on 10 Jun 2026');

  await desk.app.open(`/volunteers/rota?month=${monthOf(0)}`);
  const marked = page.getByRole('button', { name: /^Ana Silva, Adviser, .*needs re-checking: Safeguarding check expired/ });
  await expect(marked).toBeVisible();
  await marked.click();
  await expect(page.getByRole('note', { name: 'Needs re-checking' })).toContainText('Safeguarding check expired on 10 Jun 2026');
});

test('attendance after a session is marked all at once, and the hours summary counts it', async ({ page }) => {
  const desk = await setUp(page);
  await desk.app.open(`/volunteers/rota?month=${monthOf(0)}`);
  await page.getByRole('button', { name: /^Open: Adviser/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Assign Ana Silva' }).click();
  await expect(desk.app.status('Ana Silva assigned')).toBeVisible();

  await desk.openTodaysSession('Advice clinic');
  const panel = page.getByRole('region', { name: 'Volunteers' });
  await panel.getByRole('button', { name: 'Mark all attended' }).click();
  await expect(panel.getByLabel('Hours for Ana Silva')).toHaveValue('2');
  // Hours that are not a number are said next to that volunteer's hours, and nothing is saved.
  await panel.getByLabel('Hours for Ana Silva').fill('two');
  await panel.getByRole('button', { name: 'Save attendance' }).click();
  await expect(panel.getByLabel('Hours for Ana Silva')).toHaveAccessibleDescription('Hours must be a number from 0 to 24.');
  await panel.getByLabel('Hours for Ana Silva').fill('2.5');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save attendance' }).click();
  await expect(desk.app.status('Attendance saved')).toBeVisible();

  await desk.app.open('/volunteers/hours');
  const table = page.getByRole('table', { name: 'By volunteer' });
  await expect(table.getByRole('row', { name: /Ana Silva/ })).toContainText('2.5');
  await expect(table.getByRole('row', { name: /Ana Silva/ })).toContainText('£31.50');
});
