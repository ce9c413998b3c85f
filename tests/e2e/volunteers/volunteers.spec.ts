import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { daysFromToday, fillDate, plantedClinic, plantedShift, plantedVolunteer, VolunteerDesk } from '../pages/volunteers';

test('a volunteer added with languages, checks, weekly times and a date away is shown on their page, with the lapsed PVG flagged', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.app.open('/volunteers');
  await page.getByRole('link', { name: 'Add a volunteer' }).click();
  await expect(desk.app.heading('Add a volunteer')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Amira Haddad');
  await page.getByLabel('Phone').fill('07700 900123');
  await page.getByRole('checkbox', { name: 'Adviser' }).check();
  await desk.addLanguage(1, 'Arabic', 'Native');
  await desk.addLanguage(2, 'English', 'Fluent');
  await desk.addCheck(1, 'Safeguarding training', '2025-01-10', '2099-01-10');
  await desk.addCheck(2, 'PVG or DBS disclosure', '2020-03-01', '2023-03-01');
  await desk.addWeeklyTime(1, 'Tuesday', '09:30', '13:00');
  const away = { from: daysFromToday(20), to: daysFromToday(27) };
  await desk.addTimeAway(1, away.from, away.to);
  await page.getByRole('button', { name: 'Add volunteer' }).click();

  await expect(desk.app.heading('Amira Haddad')).toBeVisible();
  await expect(desk.app.status('Added Amira Haddad')).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('07700 900123');
  await expect(details).toContainText('Adviser');
  await expect(details.getByText('Arabic (native)')).toBeVisible();
  await expect(details.getByText('English (fluent)')).toBeVisible();
  await expect(details.getByText('Tuesdays 09:30–13:00')).toBeVisible();
  await expect(details).toContainText(/ to /);

  const checks = page.getByRole('region', { name: 'Checks and training' });
  const recorded = checks.getByRole('list', { name: 'Checks and training recorded' }).getByRole('listitem');
  await expect(recorded).toHaveCount(2);
  await expect(recorded.filter({ hasText: 'PVG or DBS disclosure' })).toContainText('Expired');
  await expect(recorded.filter({ hasText: 'Safeguarding training' })).toContainText('In date');
  const needed = checks.getByRole('note', { name: 'Required checks' });
  await expect(needed).toContainText('PVG or DBS disclosure expired on 1 Mar 2023');
  await expect(needed).not.toContainText('Safeguarding');

  // The list shows them with their languages and the lapsed check.
  await page.getByRole('link', { name: 'All volunteers' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Amira Haddad' }) });
  await expect(row).toContainText('Arabic (native), English (fluent)');
  await expect(row).toContainText('1 expired');
});

test('a volunteer with no safeguarding training has it listed as required, and the list says so', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.plant({ volunteers: [plantedVolunteer('v-new', 'Jon Reid', { roles: ['interpreter'], checks: [] })] });
  await desk.openVolunteer('v-new', 'Jon Reid');
  const needed = page.getByRole('note', { name: 'Required checks' });
  await expect(needed).toContainText('No safeguarding training recorded');
  await expect(needed).toContainText('No PVG or DBS disclosure recorded');
  await desk.app.open('/volunteers');
  await expect(page.getByRole('row').filter({ hasText: 'Jon Reid' })).toContainText('Safeguarding missing');
});

test('problems are shown next to their fields, a row’s next to that row, and nothing is saved until they are fixed', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.app.open('/volunteers/new');
  await desk.addWeeklyTime(1, 'Monday', '14:00', '12:00');
  await page.getByRole('button', { name: 'Add volunteer' }).click();

  const name = page.getByLabel('Name', { exact: true });
  await expect(page.getByText('Enter the volunteer’s name')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  const monday = desk.row('Weekly time 1');
  await expect(monday.getByText('The end time must be after the start time')).toBeVisible();
  await expect(monday.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await name.fill('Oksana Kovalenko');
  await monday.getByLabel('To', { exact: true }).fill('17:00');
  await desk.addCheck(1, 'Safeguarding training', '2025-06-01', '2025-05-01');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  const check = desk.row('Check 1');
  await expect(check.getByText('The expiry date must be after the date it was done')).toBeVisible();
  await expect(check.getByRole('group', { name: 'Expires (optional)' }).getByLabel('Day', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(desk.app.heading('Add a volunteer')).toBeVisible();

  await fillDate(check, 'Expires (optional)', '2028-06-01');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(desk.app.heading('Oksana Kovalenko')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' }).getByText('Mondays 14:00–17:00')).toBeVisible();
});

test('a volunteer edited and retired leaves the active list and is found under Retired', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.plant({ volunteers: [plantedVolunteer('v-1', 'Piotr Nowak', { phone: '07700 900456', maxShiftsPerMonth: 4 })] });
  await desk.openVolunteer('v-1', 'Piotr Nowak');
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(desk.app.heading('Edit Piotr Nowak')).toBeVisible();
  await expect(page.getByLabel('Phone')).toHaveValue('07700 900456');
  await expect(desk.row('Language 1').getByRole('combobox', { name: 'Language' })).toHaveValue('Arabic');

  await page.getByLabel('Phone').fill('');
  await page.getByLabel('Preferred maximum shifts a month').fill('');
  await page.getByLabel('Email').fill('piotr@example.org');
  await page.getByLabel('Active (untick when they retire)').uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(desk.app.status('Saved')).toBeVisible();
  await expect(desk.app.heading('Piotr Nowak')).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('piotr@example.org');
  await expect(details).not.toContainText('07700 900456');
  await expect(details).toContainText('No preferred maximum');
  await expect(page.getByText('Retired', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'All volunteers' }).click();
  await expect(desk.app.heading('Volunteers & rota')).toBeVisible();
  await page.getByLabel('Find a volunteer').fill('piotr');
  await expect(page.getByText('Nobody matches.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Retired' });
  const table = page.getByRole('table', { name: 'Matching volunteers' });
  await expect(table.getByRole('link', { name: 'Piotr Nowak' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Piotr Nowak' })).toContainText('Retired');
});

test('the list narrows by name and by role', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.plant({
    volunteers: [
      plantedVolunteer('v-a', 'Aisha Bello', { roles: ['adviser'] }),
      plantedVolunteer('v-b', 'Bartek Zielinski', { roles: ['interpreter', 'receptionist'] }),
      plantedVolunteer('v-c', 'Chloé Martin', { roles: ['receptionist'] }),
    ],
  });
  await desk.app.reload();
  const table = () => page.getByRole('table', { name: /volunteers/i });
  await expect(table().getByRole('link')).toHaveCount(3);
  await page.getByLabel('Role').selectOption({ label: 'Receptionist' });
  await expect(table().getByRole('link')).toHaveCount(2);
  await page.getByLabel('Find a volunteer').fill('chloe');
  await expect(table().getByRole('link')).toHaveCount(1);
  await expect(table().getByRole('link', { name: 'Chloé Martin' })).toBeVisible();
});

test('the shifts coming up download as a calendar file with one event each', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  const first = daysFromToday(3);
  const second = daysFromToday(10);
  await desk.plant({
    volunteers: [plantedVolunteer('v-ics', 'Amira Haddad')],
    clinics: [plantedClinic('c-ics', 'Benefits clinic', 'Community hall')],
    shifts: [
      plantedShift({ id: 's-1', volunteerId: 'v-ics', clinicId: 'c-ics', date: first }),
      plantedShift({ id: 's-2', volunteerId: 'v-ics', clinicId: 'c-ics', date: second, role: 'interpreter', startTime: '14:00', endTime: '16:30' }),
      plantedShift({ id: 's-old', volunteerId: 'v-ics', clinicId: 'c-ics', date: daysFromToday(-7), attended: true }),
    ],
  });
  await desk.openVolunteer('v-ics', 'Amira Haddad');
  const coming = page.getByRole('table', { name: 'Shifts coming up' });
  await expect(coming.getByRole('row')).toHaveCount(3);
  await expect(coming).toContainText('Benefits clinic');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export shifts (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shifts-amira-haddad.ics');
  await expect(desk.app.status('Saved shifts-amira-haddad.ics')).toBeVisible();

  const text = (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  const lines = text.split(/\r?\n/);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
  const events = text.split('BEGIN:VEVENT').slice(1);
  expect(events).toHaveLength(2);
  expect(events[0]).toContain(`DTSTART:${first.replaceAll('-', '')}T100000`);
  expect(events[0]).toContain('SUMMARY:Adviser – Benefits clinic');
  expect(events[0]).toContain('LOCATION:Community hall');
  expect(events[0]).toContain('UID:s-1@signpost');
  expect(events[1]).toContain(`DTSTART:${second.replaceAll('-', '')}T140000`);
  expect(events[1]).toContain(`DTEND:${second.replaceAll('-', '')}T163000`);
  expect(text).not.toContain('s-old@signpost');
});

test('the hours letter counts the attended shifts by role, with their estimated value', async ({ page }) => {
  const desk = new VolunteerDesk(page);
  await desk.plant({
    volunteers: [plantedVolunteer('v-hours', 'Layla Darwish', { roles: ['adviser', 'interpreter'] })],
    clinics: [plantedClinic('c-hours', 'Daily drop-in advice', 'Church hall')],
    shifts: [
      plantedShift({ id: 'h-1', volunteerId: 'v-hours', clinicId: 'c-hours', date: daysFromToday(-5), attended: true }),
      plantedShift({ id: 'h-2', volunteerId: 'v-hours', clinicId: 'c-hours', date: daysFromToday(-12), attended: true }),
      plantedShift({ id: 'h-3', volunteerId: 'v-hours', clinicId: 'c-hours', date: daysFromToday(-19), role: 'interpreter', hoursWorked: 2.5 }),
      plantedShift({ id: 'h-4', volunteerId: 'v-hours', clinicId: 'c-hours', date: daysFromToday(-26), attended: false }),
    ],
  });
  await desk.openVolunteer('v-hours', 'Layla Darwish');

  const recent = page.getByRole('table', { name: 'Recent shifts' });
  await expect(recent.getByRole('row')).toHaveCount(5);
  await expect(recent.getByRole('row').nth(1)).toContainText('Attended · 3 hours');
  await expect(recent.getByRole('row').nth(4)).toContainText('Did not attend');
  const hours = page.getByRole('region', { name: 'Hours' });
  await expect(hours).toContainText('8.5');
  await expect(hours).toContainText('£107.10');

  await page.getByRole('button', { name: 'Print hours letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the hours letter' });
  const letter = dialog.getByRole('article', { name: 'Hours letter' });
  await expect(letter).toContainText(/This is to confirm that Layla Darwish has volunteered 8\.5 hours with .+ (in|between) \w+ \d{4}/);
  await expect(letter).toContainText('over 3 shifts');
  await expect(letter.getByRole('row', { name: /Adviser/ })).toContainText('6');
  await expect(letter.getByRole('row', { name: /Interpreter/ })).toContainText('2.5');
  await expect(letter).toContainText('At £12.60 an hour, the value of this volunteering is estimated at £107.10.');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
});
