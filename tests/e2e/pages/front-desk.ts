/** Front-desk tasks as a volunteer does them: register, find, set up a clinic, open a session. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SignpostApp } from './signpost-app';

export interface NewClient {
  name: string;
  nameLatin?: string;
  phone?: string;
  birthYear?: string;
}

export interface NewClinic {
  name: string;
  kind: 'Drop-in advice' | 'Appointments' | 'Job club' | 'Specialist clinic' | 'Surgery';
  /** Weekday names to tick; all seven when omitted, so a session falls on any test day. */
  days?: string[];
  opens?: string;
  closes?: string;
  slotMinutes?: string;
  places?: string;
}

/**
 * Fills a date typed as day, month and year (renderer/ui/DateField: three fields under one
 * labelled group, in the language's order) from an ISO date.
 */
export async function fillDateField(scope: Page | Locator, label: string, isoDate: string) {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const group = scope.getByRole('group', { name: label, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year);
}

const ALL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export class FrontDesk {
  readonly app: SignpostApp;
  constructor(readonly page: Page) {
    this.app = new SignpostApp(page);
  }

  async fillClientForm(client: NewClient) {
    const form = this.page.locator('form');
    await form.getByLabel('Name', { exact: true }).fill(client.name);
    if (client.nameLatin) await form.getByLabel('Name in Latin letters').fill(client.nameLatin);
    if (client.phone) await form.getByLabel('Phone', { exact: true }).fill(client.phone);
    if (client.birthYear) await form.getByLabel('Year of birth').fill(client.birthYear);
    await form.getByLabel('Agrees to the forum keeping their details').check();
    await form.getByLabel('Consent recorded by').fill('Fatima');
  }

  /** Registers someone through the full form and waits for their page. */
  async register(client: NewClient) {
    await this.app.open('/clients/new');
    await this.fillClientForm(client);
    await this.page.getByRole('button', { name: 'Register' }).click();
    await expect(this.app.heading(client.nameLatin ? `${client.name} (${client.nameLatin})` : client.name)).toBeVisible();
  }

  async createClinic(clinic: NewClinic) {
    await this.app.open('/clinics/new');
    const page = this.page;
    await page.getByLabel('Clinic name').fill(clinic.name);
    await page.getByLabel('Kind').selectOption({ label: clinic.kind });
    for (const day of clinic.days ?? ALL_DAYS) await page.getByRole('checkbox', { name: day }).check();
    await page.getByLabel('Opens at').fill(clinic.opens ?? '10:00');
    await page.getByLabel('Closes at').fill(clinic.closes ?? '12:00');
    await page.getByLabel('Slot length (minutes)').fill(clinic.slotMinutes ?? '30');
    await page.getByLabel('Places per slot').fill(clinic.places ?? '1');
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await expect(this.app.status(`${clinic.name} created`)).toBeVisible();
  }

  /** Opens today's session of a clinic from the Today screen. */
  async openTodaysSession(clinicName: string) {
    await this.app.open('/');
    await this.page.getByRole('region', { name: 'Today’s sessions' }).getByRole('link', { name: clinicName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${clinicName},`) })).toBeVisible();
  }

  /** Books a registered person into a slot of the open session page. */
  async bookIntoSlot(time: string, search: string, chooseName: RegExp) {
    await this.page.getByRole('button', { name: `Book ${time}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Book the ${time} slot` });
    await dialog.getByLabel('Find the person').fill(search);
    await dialog.getByRole('button', { name: chooseName }).click();
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    return dialog;
  }

  slotRow(time: string) {
    return this.page.getByRole('table', { name: 'Appointments by slot' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: time }) });
  }
}
