import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { plantRecords } from '../support/plant-records';

test('registering needs the consent to keep details, shown next to the box, and saves nothing without it', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clients/new');
  await page.getByLabel('Name', { exact: true }).fill('Yonas Tesfay');
  await page.getByLabel('Year of birth').fill('3000');
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByText('The person must agree to us keeping their details before they can be registered')).toBeVisible();
  await expect(page.getByLabel('Year of birth')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The year of birth cannot be in the future')).toBeVisible();
  await page.getByLabel('Year of birth').fill('1994');
  await page.getByLabel('Agrees to the forum keeping their details').check();
  await page.getByLabel('Consent recorded by').fill('Fatima');
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(desk.app.heading('Yonas Tesfay')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consent' })).toContainText('Fatima');
});

test('people registered in Arabic script and in Polish are found by typing part of a name, without diacritics', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'أميرة حداد', nameLatin: 'Amira Haddad', phone: '07700 900123', birthYear: '1988' });
  await expect(page.getByText(/^C-\d{5}$/)).toBeVisible();
  await desk.register({ name: 'Małgorzata Wiśniewska', phone: '07700 900456' });

  await desk.app.goTo('Clients');
  const search = page.getByLabel('Find a client');
  const results = page.getByRole('table', { name: 'Matching clients' });
  await search.fill('malgorz wisn');
  await expect(results.getByRole('link', { name: 'Małgorzata Wiśniewska' })).toBeVisible();
  await expect(results.getByRole('row')).toHaveCount(2);

  await search.fill('حداد');
  await expect(results.getByRole('link', { name: /أميرة حداد/ })).toBeVisible();
  await search.fill('amir');
  await expect(results.getByRole('link', { name: /Amira Haddad/ })).toBeVisible();
  await search.fill('900123');
  await expect(results.getByRole('link', { name: /Amira Haddad/ })).toBeVisible();
  await expect(results.getByRole('row')).toHaveCount(2);

  await search.fill('zzzz');
  await expect(page.getByText('Nobody matches that search.')).toBeVisible();
});

test('a possible duplicate is shown before saving: "same person" saves nothing, "a different person" registers', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Amira Haddad', birthYear: '1990' });

  await desk.app.open('/clients/new');
  await desk.fillClientForm({ name: 'Amira Hadad', birthYear: '1990' });
  await page.getByRole('button', { name: 'Register' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Is this someone already registered?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Amira Haddad');
  await warning.getByRole('button', { name: /This is the same person/ }).click();
  await expect(desk.app.heading('Amira Haddad')).toBeVisible();

  await desk.app.goTo('Clients');
  await expect(page.getByText('1 person registered')).toBeVisible();

  await desk.app.open('/clients/new');
  await desk.fillClientForm({ name: 'Amira Hadad', birthYear: '1990' });
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('button', { name: 'A different person: register them' }).click();
  await expect(desk.app.heading('Amira Hadad')).toBeVisible();
  await desk.app.goTo('Clients');
  await expect(page.getByText('2 people registered')).toBeVisible();
});

test('leaving a form with unsaved changes asks first, and staying keeps what was typed', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clients/new');
  await page.getByLabel('Name', { exact: true }).fill('Oksana Kovalenko');
  await desk.app.goTo('Today');
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay on this form' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Oksana Kovalenko');
  await desk.app.goTo('Today');
  await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave and lose changes' }).click();
  await expect(desk.app.heading('Today')).toBeVisible();
});

test('a search shows its first matches at the top of the list, though the list was scrolled down before', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clients');
  const at = '2026-11-02T10:00:00.000Z';
  const person = (n: number, name: string) => ({
    id: `c-${n}`,
    ref: `C-${String(n).padStart(5, '0')}`,
    name,
    languages: [],
    interpreterNeeded: false,
    consents: { storage: { given: true, date: '2026-11-02', recordedBy: 'Claire' } },
    createdAt: at,
    updatedAt: at,
  });
  // Forty people named Amal first, then forty named Bashir.
  const number = (n: number) => String(n).padStart(2, '0');
  await plantRecords(page, 'clients', [
    ...Array.from({ length: 40 }, (_, i) => person(i + 1, `Amal Person ${number(i + 1)}`)),
    ...Array.from({ length: 40 }, (_, i) => person(i + 41, `Bashir Person ${number(i + 1)}`)),
  ]);
  // Planted behind the app's back: reload so it reads them.
  await desk.app.reload();
  const list = page.getByRole('region', { name: 'Clients' });
  await expect(list.getByRole('row', { name: /Amal Person 01/ })).toBeInViewport();
  // Down to the Bashirs at the end of the list.
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.getByRole('row', { name: /Bashir Person 40/ })).toBeInViewport();

  await page.getByLabel('Find a client').fill('amal');
  const results = page.getByRole('region', { name: 'Matching clients' });
  await expect(results.getByRole('row', { name: /Amal Person 01/ })).toBeInViewport();
  await expect(page.getByText('40 found')).toBeVisible();
});
