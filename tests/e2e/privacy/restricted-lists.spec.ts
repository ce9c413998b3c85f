/**
 * A restricted record's existing advice and referrals, as volunteers meet the forum-wide
 * lists: while the record is restricted no follow-up prompts anyone to contact the person,
 * and the advice log and the referral lists leave them out (their own page still has
 * everything); lifting the restriction brings them all back.
 */
import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { fillDateField } from '../pages/referrals';
import { pinClock, pinnedDate } from '../support/clock';
import { restrictRecord } from './support';

test.beforeEach(async ({ context }) => {
  await pinClock(context);
});

async function importServices(desk: FrontDesk, page: Page) {
  await desk.app.open('/referrals/services');
  await page.getByRole('button', { name: 'Import a directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a services directory' });
  await dialog.getByLabel('Directory file or files').setInputFiles('tests/fixtures/hsds/directory.json');
  await dialog.getByRole('button', { name: 'Import services' }).click();
  await expect(dialog).toHaveCount(0);
}

async function logAdviceWithFollowUp(desk: FrontDesk, page: Page, followUp: string) {
  await page.getByRole('link', { name: 'Log advice' }).click();
  await page.getByLabel('Adviser').fill('Fatima');
  await page.getByRole('checkbox', { name: 'Housing and homelessness' }).check();
  await fillDateField(page, 'Follow up on', followUp);
  await page.getByRole('button', { name: 'Save advice' }).click();
  await expect(desk.app.status('Advice logged')).toBeVisible();
}

async function draftReferral(desk: FrontDesk, page: Page, followUp: string) {
  await page.getByRole('link', { name: 'Refer', exact: true }).click();
  const select = page.getByLabel('Service', { exact: true });
  await select.selectOption((await select.locator('option', { hasText: /Southside Food Bank/ }).first().getAttribute('value')) ?? '');
  await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Housing and homelessness' });
  await fillDateField(page, 'Date', pinnedDate(-10));
  await fillDateField(page, 'Follow up by', followUp);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(desk.app.status('Referral saved as a draft')).toBeVisible();
}

test('a restricted person leaves the follow-ups, the advice log and the referral lists, and comes back when lifted', async ({ page }) => {
  const desk = new FrontDesk(page);
  await importServices(desk, page);

  // Piotr stays unrestricted, so each list still has someone in it.
  await desk.register({ name: 'Piotr Nowak', birthYear: '1980' });
  await logAdviceWithFollowUp(desk, page, pinnedDate(-2));
  await draftReferral(desk, page, pinnedDate(7));

  // Samira: an overdue follow-up, an advice entry, and a sent referral past its follow-up date.
  await desk.register({ name: 'Samira Osman', birthYear: '1992' });
  const samiraUrl = page.url();
  const ref = (await page.locator('.ref').first().textContent())?.trim() ?? '';
  expect(ref).toMatch(/^C-\d{5}$/);
  await logAdviceWithFollowUp(desk, page, pinnedDate(-1));
  await draftReferral(desk, page, pinnedDate(-3));
  await page.getByRole('group', { name: 'Referral actions' }).getByRole('button', { name: 'Mark as sent' }).click();
  const send = page.getByRole('dialog', { name: 'Mark the referral sent?' });
  await send.getByLabel('Reason to send without recorded consent').fill('Client asked us by phone to pass it on');
  await send.getByRole('button', { name: 'Mark sent' }).click();
  await expect(send).toHaveCount(0);

  const followUps = page.getByRole('list', { name: 'Follow-ups due' });
  const adviceLog = page.getByRole('table', { name: 'Advice log entries' });
  const overdue = page.getByRole('list', { name: 'Overdue referrals' });
  const referrals = page.getByRole('table', { name: 'Referrals' });

  await desk.app.goTo('Advice log');
  await expect(followUps).toContainText('Samira Osman');
  await expect(followUps).toContainText('Piotr Nowak');
  await expect(adviceLog).toContainText('Samira Osman');
  await desk.app.goTo('Referrals');
  await expect(overdue).toContainText('Samira Osman to Southside Food Bank');
  await expect(referrals).toContainText('Samira Osman');

  // Restricted at her request.
  await page.goto(samiraUrl);
  await restrictRecord(page);
  // Her own page still holds what was done with her.
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Advice: Housing and homelessness');

  // No follow-up prompts anyone to contact her; the log lists only Piotr, by name or reference alike.
  await desk.app.goTo('Advice log');
  await expect(followUps).toContainText('Piotr Nowak');
  await expect(adviceLog).toContainText('Piotr Nowak');
  for (const shown of [followUps, adviceLog]) {
    await expect(shown).not.toContainText('Samira');
    await expect(shown).not.toContainText(ref);
  }
  // What is left out is counted, never named.
  await expect(page.getByText('1 entry of a restricted person in the last 90 days is not listed here; it is on their own page.')).toBeVisible();
  await desk.app.goTo('Referrals');
  await expect(page.getByText('No referral has fallen overdue in the last 4 weeks.')).toBeVisible();
  await expect(page.getByText('1 referral of a restricted person is not listed here; it is on their own page.')).toBeVisible();
  await expect(referrals).toContainText('Piotr Nowak');
  await expect(referrals).not.toContainText('Samira');
  await expect(referrals).not.toContainText(ref);

  // Lifted: all of it is back.
  await page.goto(samiraUrl);
  await page.getByRole('note', { name: 'This record is restricted' }).getByRole('button', { name: 'Lift the restriction' }).click();
  const lift = page.getByRole('dialog', { name: 'Lift the restriction' });
  await lift.getByLabel('Recorded by').fill('Fatima');
  await lift.getByRole('button', { name: 'Lift the restriction' }).click();
  await expect(desk.app.status('Restriction lifted')).toBeVisible();
  await desk.app.goTo('Advice log');
  await expect(followUps).toContainText('Samira Osman');
  await expect(adviceLog).toContainText('Samira Osman');
  await desk.app.goTo('Referrals');
  await expect(overdue).toContainText('Samira Osman to Southside Food Bank');
  await expect(referrals).toContainText('Samira Osman');
});

test('when a restricted person’s are the only ones, the lists say how many are not listed rather than that there are none', async ({ page }) => {
  const desk = new FrontDesk(page);
  await importServices(desk, page);
  await desk.register({ name: 'Samira Osman', birthYear: '1992' });
  const samiraUrl = page.url();
  await logAdviceWithFollowUp(desk, page, pinnedDate(3));
  await draftReferral(desk, page, pinnedDate(7));
  await page.goto(samiraUrl);
  await restrictRecord(page);

  await desk.app.goTo('Advice log');
  await expect(page.getByText('1 entry of a restricted person in the last 90 days is not listed here; it is on their own page.')).toBeVisible();
  await expect(page.getByText('No advice logged in the last 90 days.')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Samira');

  await desk.app.goTo('Referrals');
  const leftOut = page.getByText('1 referral of a restricted person is not listed here; it is on their own page.');
  await expect(leftOut).toBeVisible();
  await expect(page.getByText('No referral is in hand: every one has an outcome.')).toHaveCount(0);
  await page.getByRole('group', { name: 'Which referrals' }).getByRole('button', { name: 'All' }).click();
  await expect(leftOut).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Samira');
});
