import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { fillDateField } from '../pages/referrals';
import { SignpostApp } from '../pages/signpost-app';

const DIRECTORY = 'tests/fixtures/hsds/directory.json';

async function importDirectory(page: Page) {
  await new SignpostApp(page).open('/referrals/services');
  await page.getByRole('button', { name: 'Import a directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a services directory' });
  await dialog.getByLabel('Directory file or files').setInputFiles(DIRECTORY);
  return dialog;
}

async function startReferral(page: Page, service: RegExp) {
  await page.getByRole('link', { name: 'Refer', exact: true }).click();
  const select = page.getByLabel('Service', { exact: true });
  const value = await select.locator('option', { hasText: service }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Housing and homelessness' });
}

test('an HSDS directory imports with a row-by-row report, and importing it again updates rather than duplicates', async ({ page }) => {
  const dialog = await importDirectory(page);
  const summary = dialog.getByRole('region', { name: 'What the import will do' });
  await expect(summary).toContainText('7 new, 0 updated, 0 unchanged, 1 skipped.');
  const report = dialog.getByRole('list', { name: 'Import report' });
  await expect(report).toContainText('Skipped');
  await expect(report).toContainText(/website/i);
  await dialog.getByRole('button', { name: 'Import services' }).click();
  await expect(page.getByRole('status').getByText('Directory imported: 7 added, 0 updated')).toBeVisible();
  const table = page.getByRole('table', { name: 'Services directory' });
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table).toContainText('Glasgow Central Jobcentre Plus');

  const again = await importDirectory(page);
  await expect(again.getByRole('region', { name: 'What the import will do' })).toContainText('0 new, 0 updated, 7 unchanged, 1 skipped.');
  await expect(again.getByRole('button', { name: 'Import services' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.getByRole('row')).toHaveCount(8);

  await page.getByLabel('Helps with').selectOption({ label: 'Immigration and nationality' });
  await expect(table).toContainText('Immigration and asylum casework');
  await expect(table).not.toContainText('Southside Food Bank');
});

test('a file that is not a directory is refused and nothing is imported', async ({ page }) => {
  await new SignpostApp(page).open('/referrals/services');
  await page.getByRole('button', { name: 'Import a directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a services directory' });
  await dialog.getByLabel('Directory file or files').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"services": [{"id": "a", "name": "Half') });
  await expect(dialog.getByRole('alert')).toHaveText('The file is not complete JSON: it may have been cut off');
  await expect(dialog.getByRole('button', { name: 'Import services' })).toBeDisabled();
});

test('a referral with consent to share is sent; without it, it is refused until a reason is given', async ({ page }) => {
  const desk = new FrontDesk(page);
  await (await importDirectory(page)).getByRole('button', { name: 'Import services' }).click();

  // With consent to share.
  await desk.app.open('/clients/new');
  await desk.fillClientForm({ name: 'Amira Haddad', birthYear: '1990' });
  await page.getByLabel('Agrees to their details being shared with services they are referred to').check();
  await page.getByRole('button', { name: 'Register' }).click();
  await startReferral(page, /Citizens Advice/);
  await expect(page.getByText(/Agreed to share on/)).toBeVisible();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(desk.app.status('Referral marked as sent')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^Referral to \u2068?Glasgow Central Citizens Advice/ })).toBeVisible();
  await expect(page.getByText('Sent', { exact: true }).first()).toBeVisible();

  // Without consent to share.
  await desk.register({ name: 'Piotr Nowak', phone: '07700 900777', birthYear: '1980' });
  await startReferral(page, /Citizens Advice/);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This person has not agreed to their details being shared');
  await page.getByLabel('Reason to send without consent').fill('Urgent: facing eviction tonight, agreed verbally');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(desk.app.status('Referral marked as sent')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Urgent: facing eviction tonight, agreed verbally');

  // The printed summary holds only what was shared (name and reason), never the phone.
  await page.getByRole('button', { name: 'Print or save summary' }).click();
  const sheet = page.getByRole('dialog', { name: 'Print the referral summary' }).getByRole('article', { name: 'Referral summary' });
  await expect(sheet).toContainText('Piotr Nowak');
  await expect(sheet).toContainText('Housing and homelessness');
  await expect(sheet).not.toContainText('07700 900777');
});

test('a referral moves only along its states; declining asks why; one long past its follow-up date is listed under all overdue', async ({ page }) => {
  const desk = new FrontDesk(page);
  await (await importDirectory(page)).getByRole('button', { name: 'Import services' }).click();
  await desk.register({ name: 'Samira Osman', birthYear: '1992' });
  await startReferral(page, /Southside Food Bank/);
  await fillDateField(page, 'Date', '2026-01-05');
  await fillDateField(page, 'Follow up by', '2026-01-19');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(desk.app.status('Referral saved as a draft')).toBeVisible();

  const actions = page.getByRole('group', { name: 'Referral actions' });
  await expect(actions.getByRole('button')).toHaveText(['Mark as sent']);
  await actions.getByRole('button', { name: 'Mark as sent' }).click();
  const send = page.getByRole('dialog', { name: 'Mark the referral sent?' });
  // What is missing is said next to the field that needs it.
  await send.getByLabel('Reason to send without recorded consent').fill('');
  await send.getByRole('button', { name: 'Mark sent' }).click();
  await expect(send.getByLabel('Reason to send without recorded consent')).toHaveAccessibleDescription(/has not agreed to their details being shared/);
  await send.getByLabel('Reason to send without recorded consent').fill('Client asked us by phone to pass it on');
  await send.getByRole('button', { name: 'Mark sent' }).click();
  await expect(actions.getByRole('button')).toHaveText(['Acknowledged', 'Accepted', 'Declined…', 'No contact…']);

  await desk.app.goTo('Referrals');
  // Its follow-up fell due in January: not among those overdue in the last four weeks, which the list shows first.
  const which = page.getByRole('group', { name: 'Which overdue referrals' });
  await expect(which.getByRole('button', { name: 'Last 4 weeks' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('No referral has fallen overdue in the last 4 weeks.')).toBeVisible();
  await which.getByRole('button', { name: 'All overdue' }).click();
  await expect(page.getByRole('list', { name: 'Overdue referrals' })).toContainText('Samira Osman to Southside Food Bank');
  await page.getByRole('list', { name: 'Overdue referrals' }).getByRole('link', { name: /Samira Osman/ }).click();

  await actions.getByRole('button', { name: 'Acknowledged' }).click();
  await page.getByRole('dialog', { name: 'Mark the referral acknowledged?' }).getByRole('button', { name: 'Mark acknowledged' }).click();
  await actions.getByRole('button', { name: 'Declined…' }).click();
  const decline = page.getByRole('dialog', { name: 'Mark the referral declined?' });
  await decline.getByRole('button', { name: 'Mark declined' }).click();
  await expect(decline.getByRole('alert')).toContainText('declined');
  await expect(decline.getByLabel('Why')).toHaveAccessibleDescription('Choose why the referral was declined');
  await decline.getByLabel('Why').selectOption({ label: 'The service is full' });
  await decline.getByRole('button', { name: 'Mark declined' }).click();
  await expect(page.getByText('This referral is closed.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Referral history' }).getByRole('listitem')).toHaveCount(4);

  await desk.app.goTo('Referrals');
  await page.getByRole('group', { name: 'Which overdue referrals' }).getByRole('button', { name: 'All overdue' }).click();
  await expect(page.getByText('No referral is past its follow-up date.')).toBeVisible();
});

test('a referral is marked as sent, not “sent”; consent is recorded without leaving the form; the summary carries both sides’ contact details, the referrer and the reference, and an Arabic name prints the right way round', async ({ page }) => {
  const desk = new FrontDesk(page);
  await desk.app.open('/settings');
  await page.getByLabel('Forum address').fill('79 Coplaw Street, Glasgow G42 7JG');
  await page.getByLabel('Forum phone').fill('0141 000 1111');
  await page.getByLabel('Forum email').fill('hello@forum.example');
  await page.getByRole('button', { name: 'Save settings' }).first().click();
  await expect(desk.app.status('Saved')).toBeVisible();

  await (await importDirectory(page)).getByRole('button', { name: 'Import services' }).click();
  await expect(desk.app.status(/Directory imported/)).toBeVisible();
  await desk.register({ name: 'عمر الحلبي', nameLatin: 'Omar Al-Halabi', birthYear: '1987' });
  const ref = (await page.locator('.ref').first().textContent())?.trim() ?? '';
  expect(ref).toMatch(/^C-\d{5,}$/);

  await startReferral(page, /Citizens Advice/);
  const service = page.getByLabel('Service', { exact: true });
  const chosen = await service.inputValue();
  await expect(page.getByText('No recorded consent to share.')).toBeVisible();
  const consent = page.getByRole('group', { name: 'Record consent to share' });
  // Recorded before the box is ticked: it says so under the box, and records nothing.
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent.getByRole('alert')).toHaveText('Tick the box once the person has agreed to their details being shared.');
  await expect(page.getByText('No recorded consent to share.')).toBeVisible();
  await consent.getByLabel('Agrees to their details being shared with services they are referred to').check();
  await expect(consent.getByRole('alert')).toHaveCount(0);
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByText(/Agreed to share on .* recorded by Fatima/)).toBeVisible();
  // Still on the form, with what was chosen.
  await expect(service).toHaveValue(chosen);
  await expect(page.getByRole('heading', { level: 1, name: 'New referral' })).toBeVisible();

  await page.getByLabel('Referred by').fill('');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Enter your name: the service will know who made the referral')).toBeVisible();
  await page.getByLabel('Referred by').fill('Fatima Hassan');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(desk.app.status('Referral marked as sent')).toBeVisible();

  const offer = page.getByRole('region', { name: 'Give the service the summary' });
  await expect(offer).toContainText('Signpost does not send anything itself');
  await offer.getByRole('button', { name: 'Print or save the summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the referral summary' });
  await expect(dialog.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  const sheet = dialog.getByRole('article', { name: 'Referral summary' });
  const from = sheet.getByRole('region', { name: 'From' });
  await expect(from).toContainText('79 Coplaw Street, Glasgow G42 7JG');
  await expect(from).toContainText('0141 000 1111');
  await expect(from).toContainText('hello@forum.example');
  await expect(from).toContainText('Referred by Fatima Hassan');
  const to = sheet.getByRole('region', { name: 'To' });
  await expect(to).toContainText('Glasgow Central Citizens Advice Bureau');
  await expect(to).toContainText('0141 552 5556');
  await expect(to).toContainText('advice@gcabs.org.uk');
  await expect(sheet).toContainText(`Client reference${ref}`);

  // The Arabic name first, its Latin spelling after it in brackets: left to right on the sheet.
  const arabic = await sheet.getByText('عمر الحلبي', { exact: true }).boundingBox();
  const latin = await sheet.getByText('Omar Al-Halabi', { exact: true }).boundingBox();
  expect(arabic && latin && arabic.x + arabic.width <= latin.x).toBe(true);
});
