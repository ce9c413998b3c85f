import { expect, test, type Locator, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

// A person's click takes a moment between press and release; a message appearing under
// the pointer in that moment used to move the control away and the click was lost.
const HUMAN_PRESS = { delay: 150 };

async function boxesOverlap(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [await a.boundingBox(), await b.boundingBox()];
  if (!one || !two) return false;
  return one.x < two.x + two.width && two.x < one.x + one.width && one.y < two.y + two.height && two.y < one.y + one.height;
}

test('typing an impossible year and then ticking a consent box ticks it; the year is refused on submit in plain words', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/clients/new');
  const form = page.locator('form');
  await form.getByLabel('Name', { exact: true }).fill('Amina Yusuf');
  await form.getByLabel('Year of birth').fill('3000');
  const storage = form.getByLabel('Agrees to the forum keeping their details');
  await storage.click(HUMAN_PRESS);
  await expect(storage).toBeChecked();
  const sharing = form.getByLabel('Agrees to their details being shared with services they are referred to');
  await sharing.click(HUMAN_PRESS);
  await expect(sharing).toBeChecked();

  await form.getByLabel('Consent recorded by').fill('Fatima');
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(form.getByText('The year of birth cannot be in the future')).toBeVisible();
  await expect(form).not.toContainText(/Invalid input|expected number|Too (small|big)/);
});

test('on the volunteer form, adding checks shows no message before anything is typed and every click on “Add a check” counts', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/volunteers/new');
  await page.getByLabel('Name', { exact: true }).fill('Yusuf Demir');
  const add = page.getByRole('button', { name: 'Add a check or training' });
  await add.click(HUMAN_PRESS);
  await expect(page.getByRole('group', { name: 'Check 1' })).toBeVisible();
  await add.click(HUMAN_PRESS);
  await expect(page.getByRole('group', { name: 'Check 2' })).toBeVisible();
  await expect(page.getByText('Enter the day, month and year')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(page.getByRole('group', { name: 'Check 1' }).getByText('Enter the day, month and year')).toBeVisible();
});

test('a status message sits beside the screen, not over it, and does not follow to the next screen', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.register({ name: 'Leyla Aziz', birthYear: '1988' });
  const message = desk.app.status(/^Registered C-\d+$/);
  await expect(message).toBeVisible();
  expect(await boxesOverlap(message, page.locator('main'))).toBe(false);

  await desk.app.goTo('Clinics & appointments');
  await expect(desk.app.heading('Clinics & appointments')).toBeVisible();
  // The app's own status region (beside the screen), not a screen's "Loading…" notice.
  await expect(desk.app.nav().getByRole('status')).toHaveText('');
});

async function addToQueueDialog(page: Page) {
  await page.getByRole('button', { name: 'Add to queue' }).click();
  return page.getByRole('dialog', { name: 'Add someone to the queue' });
}

test('quick registration at the walk-in queue checks for someone already registered; “Call in” is a button', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Drop-in', kind: 'Drop-in advice', opens: '00:00', closes: '23:30' });
  await desk.register({ name: 'Hamid Rahimi', phone: '07700 900123', birthYear: '1975' });
  await desk.openTodaysSession('Drop-in');

  let dialog = await addToQueueDialog(page);
  const quick = dialog.getByRole('form', { name: 'Quick registration' });
  await quick.getByLabel('Name').fill('Hamid Rahimi');
  await quick.getByLabel('Phone').fill('07700900123');
  await quick.getByLabel('Consent recorded by').fill('Fatima');
  await quick.getByLabel('Agrees to the forum keeping their details').check();
  await quick.getByRole('button', { name: 'Register and add to queue' }).click();
  const warning = dialog.getByRole('alert');
  await expect(warning.getByRole('heading', { name: 'Is this someone already registered?' })).toBeVisible();
  await warning.getByRole('button', { name: /This is the same person/ }).click();
  await expect(desk.app.status('Hamid Rahimi added to the queue')).toBeVisible();

  // Nobody new was registered.
  await desk.app.goTo('Clients');
  await expect(page.getByText('1 person registered')).toBeVisible();

  await page.goBack();
  const waiting = page.getByRole('list', { name: 'Waiting' });
  const callIn = waiting.getByRole('group', { name: 'Actions for Hamid Rahimi' }).getByRole('button', { name: 'Call in' });
  await expect(callIn).toBeVisible();
  // It looks like a button, not a link: a filled background and a border.
  const look = await callIn.evaluate((el) => getComputedStyle(el));
  expect(look.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  await callIn.click();
  await expect(page.getByRole('list', { name: 'With an adviser' })).toContainText('Hamid Rahimi');

  // A different person with the same phone can still be registered.
  dialog = await addToQueueDialog(page);
  const again = dialog.getByRole('form', { name: 'Quick registration' });
  await again.getByLabel('Name').fill('Hamid Rahimi');
  await again.getByLabel('Phone').fill('07700 900123');
  await again.getByLabel('Consent recorded by').fill('Fatima');
  await again.getByLabel('Agrees to the forum keeping their details').check();
  await again.getByRole('button', { name: 'Register and add to queue' }).click();
  await dialog.getByRole('button', { name: 'A different person: register them' }).click();
  await expect(desk.app.status('Hamid Rahimi added to the queue')).toBeVisible();
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
});
