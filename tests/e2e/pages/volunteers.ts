/** Volunteer tasks as a coordinator does them: add someone, fill their lists, plant their shifts. */
import { expect, type Locator, type Page } from '@playwright/test';
import { plantRecords } from '../support/plant-records';
import { SignpostApp } from './signpost-app';

const stamp = '2026-01-01T09:00:00.000Z';

/** A date `days` from today (negative for the past), as YYYY-MM-DD in local time. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const plantedVolunteer = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  createdAt: stamp,
  updatedAt: stamp,
  roles: ['adviser'],
  languages: [{ code: 'ara', level: 'native' }],
  checks: [
    { kind: 'safeguarding', date: '2025-01-01' },
    { kind: 'pvg-dbs', date: '2025-01-01' },
  ],
  availability: [],
  away: [],
  active: true,
  ...extra,
});

export const plantedClinic = (id: string, name: string, venue: string) => ({
  id,
  name,
  kind: 'appointments',
  venue,
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  startDate: '2025-01-01',
  openTime: '10:00',
  closeTime: '13:00',
  slotMinutes: 30,
  placesPerSlot: 1,
  roles: [],
  active: true,
  createdAt: stamp,
  updatedAt: stamp,
});

export interface PlantedShift {
  id: string;
  volunteerId: string;
  clinicId: string;
  date: string;
  role?: string;
  startTime?: string;
  endTime?: string;
  attended?: boolean;
  hoursWorked?: number;
}

export const plantedShift = ({ role = 'adviser', startTime = '10:00', endTime = '13:00', ...shift }: PlantedShift) => ({
  sessionId: `session-${shift.id}`,
  role,
  startTime,
  endTime,
  createdAt: stamp,
  updatedAt: stamp,
  ...shift,
});

/** Types a YYYY-MM-DD date into the DateField called `label` (its Day, Month and Year fields) inside `scope`. */
export async function fillDate(scope: Locator | Page, label: string, isoDate: string) {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const field = scope.getByRole('group', { name: label, exact: true });
  await field.getByLabel('Day', { exact: true }).fill(day);
  await field.getByLabel('Month', { exact: true }).fill(month);
  await field.getByLabel('Year', { exact: true }).fill(year);
}

export class VolunteerDesk {
  readonly app: SignpostApp;
  constructor(readonly page: Page) {
    this.app = new SignpostApp(page);
  }

  /** Opens the app (so its database exists), writes the records, and reloads so every screen reads them. */
  async plant(records: { volunteers?: object[]; clinics?: object[]; shifts?: object[] }) {
    await this.app.open('/volunteers');
    if (records.volunteers) await plantRecords(this.page, 'volunteers', records.volunteers);
    if (records.clinics) await plantRecords(this.page, 'clinics', records.clinics);
    if (records.shifts) await plantRecords(this.page, 'shifts', records.shifts);
  }

  async openVolunteer(id: string, name: string) {
    await this.app.open(`/volunteers/${id}`);
    await this.app.reload();
    await expect(this.app.heading(name)).toBeVisible();
  }

  row(group: string) {
    return this.page.getByRole('group', { name: group, exact: true });
  }

  async addLanguage(index: number, language: string, level: string) {
    await this.page.getByRole('button', { name: 'Add a language' }).click();
    const row = this.row(`Language ${index}`);
    await row.getByRole('combobox', { name: 'Language' }).fill(language);
    await row.getByRole('option', { name: language, exact: true }).click();
    await row.getByLabel('Level', { exact: true }).selectOption({ label: level });
  }

  async addCheck(index: number, kind: string, done: string, expires?: string) {
    await this.page.getByRole('button', { name: 'Add a check or training' }).click();
    const row = this.row(`Check ${index}`);
    await row.getByLabel('Check or training', { exact: true }).selectOption({ label: kind });
    await fillDate(row, 'Date done', done);
    if (expires) await fillDate(row, 'Expires (optional)', expires);
  }

  async addWeeklyTime(index: number, day: string, from: string, to: string) {
    await this.page.getByRole('button', { name: 'Add a day' }).click();
    const row = this.row(`Weekly time ${index}`);
    await row.getByLabel('Day', { exact: true }).selectOption({ label: day });
    await row.getByLabel('From', { exact: true }).fill(from);
    await row.getByLabel('To', { exact: true }).fill(to);
  }

  async addTimeAway(index: number, first: string, last: string) {
    await this.page.getByRole('button', { name: 'Add dates away' }).click();
    const row = this.row(`Time away ${index}`);
    await fillDate(row, 'First day', first);
    await fillDate(row, 'Last day', last);
  }
}
