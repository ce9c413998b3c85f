/**
 * Roles as volunteers meet them: the administrator adds people in Settings → Users, who
 * then sign in and see only what their role may: the front desk registers, books, checks
 * in and prints the day sheet but finds no advice notes on the client's page, in the
 * advice log, or by address; the committee sees Reports and nothing with a name in it.
 */
import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { signInAs, UsersPanel } from '../pages/users';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

const isolated = (name: string) => `\u2068${name}\u2069`;
const NOTE = 'Universal Credit journal message drafted';

/** As the administrator: a clinic today, Piotr with an advice note, and a user of this role. */
async function forumWith(page: Page, user: Parameters<UsersPanel['add']>[0]) {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '18:00', closes: '20:00' });
  await desk.register({ name: 'Piotr Nowak', birthYear: '1980' });
  const piotrPage = new URL(page.url()).hash.slice(1);
  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Fatima');
  await page.getByRole('checkbox', { name: 'Benefits and welfare' }).check();
  await page.getByLabel('Notes').fill(NOTE);
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Advice: Benefits and welfare');
  const users = new UsersPanel(page);
  await users.open();
  await users.add(user);
  await expect(users.row(user.name)).toContainText(user.role);
  return { desk, piotrPage };
}

test('front desk registers, books, checks in and prints the day sheet, and finds no advice notes anywhere', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const { desk, piotrPage } = await forumWith(page, { name: 'Bilal Haddad', role: 'Front desk', kind: 'PIN', secret: '470318' });
  await signInAs(page, 'Bilal Haddad', '470318');
  const app = desk.app;
  await expect(app.nav()).toContainText(`Signed in as ${isolated('Bilal Haddad')}`);
  await expect(app.areaLinks()).toHaveText(['Today', 'Clients', 'Clinics & appointments', 'Settings']);

  // Register someone new.
  await app.goTo('Clients');
  await page.getByRole('link', { name: 'Register a person' }).click();
  await desk.fillClientForm({ name: 'Amira Haddad', birthYear: '1990' });
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(app.heading('Amira Haddad')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log advice' })).toHaveCount(0);

  // Book her, check her in, print the day sheet.
  await app.goTo('Today');
  await page.getByRole('region', { name: 'Today’s sessions' }).getByRole('link', { name: 'Benefits clinic' }).click();
  await desk.bookIntoSlot('18:30', 'amira', /Amira Haddad/);
  await expect(desk.slotRow('18:30')).toContainText('Amira Haddad');
  const actions = page.getByRole('group', { name: 'Actions for Amira Haddad' });
  await actions.getByRole('button', { name: 'Arrived' }).click();
  await expect(actions.getByRole('button', { name: 'Seen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log advice for Amira Haddad' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Print day sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Print the day sheet' });
  await expect(sheet.getByRole('article', { name: 'Day sheet' })).toContainText('A. H.');
  await sheet.getByRole('button', { name: 'Print or save as PDF' }).click();

  // No advice on Piotr's page: no entry in the timeline, no note.
  await app.followAddress(piotrPage);
  await expect(app.heading('Piotr Nowak')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' }).or(page.getByText('Appointments, advice and referrals will appear here.'))).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Advice: Benefits and welfare');
  await expect(page.getByRole('main')).not.toContainText(NOTE);

  // Nor in the advice log or an entry's page, by address.
  for (const address of ['/advice', '/advice/new', '/referrals']) {
    await app.followAddress(address);
    await expect(app.heading('Not available to your role')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(NOTE);
  }
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to Today' })).toBeVisible();
});

test('the committee signs in to Reports only, and sees no one’s name', async ({ page }) => {
  const { desk, piotrPage } = await forumWith(page, { name: 'Margaret Lee', role: 'Committee', kind: 'Passphrase', secret: 'quiet harbour lamps' });
  await signInAs(page, 'Margaret Lee', 'quiet harbour lamps');
  const app = desk.app;
  await expect(app.heading('Reports')).toBeVisible();
  await expect(app.areaLinks()).toHaveText(['Reports']);
  for (const address of ['/', '/clients', piotrPage, '/clinics', '/settings']) {
    await app.followAddress(address);
    if (address === '/') await expect(app.heading('Reports')).toBeVisible();
    else await expect(app.heading('Not available to your role')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Piotr');
  }
  // The report itself builds for the committee: counts, no one's name.
  await app.goTo('Reports');
  await page.getByRole('button', { name: 'Build the report' }).click();
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'Community Intelligence Report' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Piotr');
});

test('the coordinator opens a client, the clinics and the rota without an error, and is not shown the services directory', async ({ page }) => {
  const { desk, piotrPage } = await forumWith(page, { name: 'Ruth Mensah', role: 'Coordinator', kind: 'Passphrase', secret: 'amber meadow kites' });
  await signInAs(page, 'Ruth Mensah', 'amber meadow kites');
  const app = desk.app;
  await expect(app.areaLinks()).toHaveText(['Today', 'Clients', 'Clinics & appointments', 'Volunteers & rota', 'Settings']);
  // Her client page reads no referrals, so it asks nothing of the services directory (refused to her role).
  await app.followAddress(piotrPage);
  await expect(app.heading('Piotr Nowak')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(NOTE);
  for (const area of ['Clinics & appointments', 'Volunteers & rota', 'Today']) {
    await app.goTo(area);
    await expect(app.heading(area)).toBeVisible();
    await expect(page.getByText('Something went wrong on this screen')).toHaveCount(0);
  }
  await app.followAddress('/referrals/services');
  await expect(app.heading('Not available to your role')).toBeVisible();
});

test('an administrator adds an adviser, who signs in with their passphrase; the audit log names who did what', async ({ page }) => {
  const { desk } = await forumWith(page, { name: 'Olena Kovalenko', role: 'Adviser', kind: 'Passphrase', secret: 'green window river' });
  await signInAs(page, 'Olena Kovalenko', 'green window river');
  const app = desk.app;
  await expect(app.areaLinks()).toHaveText(['Today', 'Clients', 'Clinics & appointments', 'Advice log', 'Referrals', 'Settings']);
  await app.goTo('Advice log');
  await expect(page.getByRole('main')).toContainText('Piotr Nowak');
  // Settings holds her own language and the restricted records (she may lift a restriction): no Users, no backups, no audit log.
  await app.goTo('Settings');
  await expect(page.getByLabel('Language of the app')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Restricted records' })).toContainText('No record is restricted.');
  await expect(page.getByRole('region', { name: 'Users' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Audit log' })).toHaveCount(0);

  await signInAs(page, 'Test Administrator', 'kettle lantern orchard');
  await app.goTo('Settings');
  const who = page.getByLabel('Who', { exact: true });
  // Names the users typed keep their own direction inside the sentence (isolated).
  await expect(who.getByRole('option', { name: `${isolated('Olena Kovalenko')} (adviser)` })).toHaveCount(1);
  await who.selectOption({ label: `${isolated('Test Administrator')}, you (administrator)` });
  await expect(page.getByRole('table', { name: /Audit log/ })).toContainText(`${isolated('Test Administrator')}, you (administrator)`);

  // Disabled, she is no longer offered at sign-in.
  const users = new UsersPanel(page);
  await users.row('Olena Kovalenko').getByRole('button', { name: 'Disable' }).click();
  await expect(app.status(`${isolated('Olena Kovalenko')} can no longer sign in.`)).toBeVisible();
  await expect(users.row('Olena Kovalenko')).toContainText('Disabled');
  await app.nav().getByRole('button', { name: 'Lock', exact: true }).click();
  const signInNames = page.getByRole('combobox', { name: 'Your name' });
  await expect(signInNames.getByRole('option', { name: 'Test Administrator' })).toHaveCount(1);
  await expect(signInNames.getByRole('option', { name: 'Olena Kovalenko' })).toHaveCount(0);
});
