/**
 * The front desk's whole flow with the keyboard alone: find a client, book them an
 * appointment, check them in and call them in, add a walk-in and call the next person in
 * from the queue with Alt+Q, and log the advice. After the setup (a clinic and two people
 * on file) there is no click: only Tab, Shift+Tab, Enter, Space, typing and shortcuts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

/** From anywhere, through the navigation and Today's list of sessions, to one of today's sessions. */
async function openTodaysSession(page: Page, clinic: string) {
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Today', exact: true })).toBeFocused();
  await tabTo(page, page.getByRole('region', { name: 'Today’s sessions' }).getByRole('link', { name: clinic }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${clinic},`) })).toBeFocused();
}

/** Presses Tab (or Shift+Tab) until the control has focus, as a keyboard user would. */
async function tabTo(page: Page, control: Locator, { backwards = false, limit = 120 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    // One round trip a press: the control is there once and has focus.
    const focused = await control.evaluateAll((elements) => elements.length === 1 && elements[0] === document.activeElement);
    if (focused) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

test('the front desk works with the keyboard alone: find, book, check in, call in, queue, log advice', async ({ page }) => {
  // The whole front desk's day, one key press at a time (hundreds of Tabs, each checked):
  // 34 s at a load of 6 on CI's two cores, and past 60 s at a load of 10.
  test.setTimeout(150_000);
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Benefits clinic', kind: 'Appointments', opens: '10:00', closes: '12:00' });
  await desk.createClinic({ name: 'Drop-in', kind: 'Drop-in advice', opens: '09:00', closes: '17:00' });
  await desk.register({ name: 'Hamid Rahimi', birthYear: '1975' });
  await desk.register({ name: 'Thi Lan Nguyen', birthYear: '1990' });
  await desk.app.open('/');
  await expect(desk.app.heading('Today')).toBeVisible();
  const keyboard = page.keyboard;

  // "?" opens the shortcut help; Escape closes it and focus goes back where it was.
  await keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Alt\s*\+\s*Q/ })).toContainText('Call the next person in');
  await keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Find: Today's "Find a client" puts the cursor in the search box; the result is a Tab away.
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Find a client' }));
  await keyboard.press('Enter');
  const search = page.getByRole('searchbox', { name: 'Find a client' });
  await expect(search).toBeFocused();
  await keyboard.type('hamid');
  // Typing "/" or "?" in the search box types it: no shortcut fires in a field.
  await keyboard.type('?');
  await expect(search).toHaveValue('hamid?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await keyboard.press('Backspace');
  await tabTo(page, page.getByRole('link', { name: 'Hamid Rahimi' }));
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hamid Rahimi' })).toBeFocused();

  await openTodaysSession(page, 'Benefits clinic');

  // Book the 11:00 slot: the dialog starts in its search field.
  await tabTo(page, page.getByRole('button', { name: 'Book 11:00' }));
  await keyboard.press('Enter');
  const booking = page.getByRole('dialog', { name: 'Book the 11:00 slot' });
  await expect(booking.getByLabel('Find the person')).toBeFocused();
  await keyboard.type('hamid');
  await tabTo(page, booking.getByRole('button', { name: /Hamid Rahimi/ }));
  await keyboard.press('Space');
  await tabTo(page, booking.getByRole('button', { name: 'Book appointment' }));
  await keyboard.press('Enter');
  await expect(booking).toHaveCount(0);
  const actions = page.getByRole('group', { name: 'Actions for Hamid Rahimi' });
  await expect(actions).toBeVisible();

  // Check in, then call in.
  await tabTo(page, actions.getByRole('button', { name: 'Arrived' }));
  await keyboard.press('Space');
  await tabTo(page, actions.getByRole('button', { name: 'Call in' }), { backwards: true });
  await keyboard.press('Enter');
  await expect(desk.app.status(/Hamid Rahimi/)).toBeVisible();

  // Log the advice for Hamid.
  await tabTo(page, page.getByRole('link', { name: 'Log advice for Hamid Rahimi' }));
  await keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Adviser'));
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type('Fatima');
  await tabTo(page, page.getByRole('checkbox', { name: 'Benefits and welfare' }));
  await keyboard.press('Space');
  await tabTo(page, page.getByLabel('Minutes spent'));
  await keyboard.type('25');
  await tabTo(page, page.getByRole('button', { name: 'Save advice' }));
  await keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Advice: Benefits and welfare');

  // At the drop-in, a walk-in joins the queue; Alt+Q calls the next person in.
  await openTodaysSession(page, 'Drop-in');
  await tabTo(page, page.getByRole('button', { name: 'Add to queue' }));
  await keyboard.press('Enter');
  const adding = page.getByRole('dialog', { name: 'Add someone to the queue' });
  await expect(adding.getByLabel('Find the person')).toBeFocused();
  await keyboard.type('thi lan');
  await tabTo(page, adding.getByRole('button', { name: /Add to queue: Thi Lan Nguyen/ }));
  await keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Waiting' })).toContainText('Thi Lan Nguyen');
  await keyboard.press('Alt+KeyQ');
  await expect(page.getByRole('list', { name: 'With an adviser' })).toContainText('Thi Lan Nguyen');
  await expect(desk.app.status('Called Thi Lan Nguyen')).toBeVisible();

  // Alt+N registers a new person, and "/" finds a client, from any screen.
  await keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: /Register/ })).toBeVisible();
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports', exact: true }), { backwards: true });
  await keyboard.press('Enter');
  await expect(desk.app.heading('Reports')).toBeFocused();
  await keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Find a client' })).toBeFocused();
});
