import { expect, test } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { moveClock, pinClock } from '../support/clock';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

test('walk-ins queue in arrival order; "call next" calls the first; each is seen or leaves', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Drop-in', kind: 'Drop-in advice', opens: '00:00', closes: '23:30' });
  await desk.register({ name: 'Hamid Rahimi', nameLatin: undefined, birthYear: '1975' });
  await desk.openTodaysSession('Drop-in');

  await page.getByRole('button', { name: 'Add to queue' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add someone to the queue' });
  await dialog.getByLabel('Find the person').fill('hamid');
  await dialog.getByRole('button', { name: /Add to queue: Hamid Rahimi/ }).click();
  await expect(desk.app.status('Hamid Rahimi added to the queue')).toBeVisible();

  // Someone new is registered at the desk and joins the queue behind him.
  await page.getByRole('button', { name: 'Add to queue' }).click();
  dialog = page.getByRole('dialog', { name: 'Add someone to the queue' });
  const quick = dialog.getByRole('form', { name: 'Quick registration' });
  await quick.getByLabel('Name').fill('Thi Lan Nguyen');
  await quick.getByLabel('Consent recorded by').fill('Fatima');
  await quick.getByRole('button', { name: 'Register and add to queue' }).click();
  await expect(quick.getByText('The person must agree to us keeping their details before they can be registered')).toBeVisible();
  await quick.getByLabel('Agrees to the forum keeping their details').check();
  await quick.getByRole('button', { name: 'Register and add to queue' }).click();
  await expect(desk.app.status('Thi Lan Nguyen added to the queue')).toBeVisible();

  const waiting = page.getByRole('list', { name: 'Waiting' });
  await expect(waiting.getByRole('listitem')).toHaveCount(2);
  await expect(waiting.getByRole('listitem').nth(0)).toContainText('Hamid Rahimi');
  await expect(waiting.getByRole('listitem').nth(1)).toContainText('Thi Lan Nguyen');
  await expect(waiting.getByRole('listitem').nth(0)).toContainText(/waiting \d+ min/);

  await page.getByRole('button', { name: 'Call next' }).click();
  const withAdviser = page.getByRole('list', { name: 'With an adviser' });
  await expect(withAdviser).toContainText('Hamid Rahimi');
  await expect(waiting.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('group', { name: 'Actions for Hamid Rahimi' }).getByRole('button', { name: 'Seen' }).click();
  await page.getByRole('group', { name: 'Actions for Thi Lan Nguyen' }).getByRole('button', { name: 'Left' }).click();
  await expect(page.getByRole('list', { name: 'Waiting' })).toHaveCount(0);
  await page.getByText('Finished (2)').click();
  const finished = page.getByRole('list', { name: 'Finished' });
  await expect(finished).toContainText('Seen');
  await expect(finished).toContainText('Left without being seen');

  await desk.app.goTo('Today');
  await expect(page.getByRole('region', { name: 'Walk-in queue' })).toContainText('Nobody is waiting.');
});

test('a queue closes when its session ends: that afternoon and the next evening nobody is "waiting 579 min" and nobody joins it', async ({ page, context }) => {
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Drop-in', kind: 'Drop-in advice', opens: '09:00', closes: '13:00' });
  await desk.register({ name: 'Hamid Rahimi', birthYear: '1975' });
  await desk.openTodaysSession('Drop-in');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add someone to the queue' });
  await dialog.getByLabel('Find the person').fill('hamid');
  await dialog.getByRole('button', { name: /Add to queue: Hamid Rahimi/ }).click();
  await expect(desk.app.status('Hamid Rahimi added to the queue')).toBeVisible();

  // The session ends at 13:00 with him never marked: that afternoon he is not "waiting".
  const sessionAddress = new URL(page.url()).hash;
  await moveClock(context, '2026-06-10T16:00:00');
  await desk.app.reload();
  const queue = page.getByRole('region', { name: 'Walk-in queue' });
  await expect(queue).toContainText('This session ended at 13:00.');
  await expect(queue).toContainText('Never called (1)');
  await expect(queue).not.toContainText(/waiting \d+ min/);
  await expect(queue.getByRole('button', { name: 'Add to queue' })).toHaveCount(0);
  await desk.app.goTo('Today');
  await expect(page.getByRole('list', { name: 'Waiting now' })).toContainText('Hamid Rahimi still in the queue: mark seen or left');
  await desk.app.followAddress(sessionAddress);
  await expect(queue).toContainText('This session ended at 13:00.');

  // Nobody marked him seen or left; the next evening the session's page is opened again.
  await moveClock(context, '2026-06-11T18:40:00');
  await desk.app.reload();
  await expect(queue).toContainText('This queue’s day is over.');
  await expect(queue.getByRole('list', { name: 'Waiting' })).toContainText('Hamid Rahimi');
  await expect(queue).toContainText('Never called (1)');
  await expect(queue).not.toContainText(/waiting \d+ min/);
  await expect(queue.getByRole('button', { name: 'Call next' })).toHaveCount(0);
  await expect(queue.getByRole('button', { name: 'Add to queue' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Actions for Hamid Rahimi' }).getByRole('button', { name: 'Left' }).click();
  await expect(queue.getByRole('list', { name: 'Waiting' })).toHaveCount(0);

  await desk.app.goTo('Today');
  await expect(page.getByRole('region', { name: 'Walk-in queue' })).toContainText('Nobody is waiting.');
});

test('left open past midnight, Today moves on to the new day and its queue is empty', async ({ page, context }) => {
  await moveClock(context, '2026-06-10T23:57:00');
  const desk = new FrontDesk(page);
  await desk.createClinic({ name: 'Late drop-in', kind: 'Drop-in advice', opens: '09:00', closes: '23:59' });
  await desk.register({ name: 'Hamid Rahimi', birthYear: '1975' });
  await desk.openTodaysSession('Late drop-in');
  await page.getByRole('button', { name: 'Add to queue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add someone to the queue' });
  await dialog.getByLabel('Find the person').fill('hamid');
  await dialog.getByRole('button', { name: /Add to queue: Hamid Rahimi/ }).click();
  await expect(desk.app.status('Hamid Rahimi added to the queue')).toBeVisible();
  await desk.app.goTo('Today');
  await expect(page.getByRole('list', { name: 'Waiting now' })).toContainText('Hamid Rahimi');

  await context.clock.fastForward('04:00'); // past midnight, with the screen left open
  await expect(page.getByText('Thursday, 11 June 2026')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Walk-in queue' })).toContainText('Nobody is waiting.');
});
