/**
 * The clients, import and advice screens, with the demo forum loaded, in English and in
 * Arabic (right to left): every screen and every dialog they open has no WCAG 2.2 AA
 * violations that axe can find, and in Arabic they read in Arabic. The Arabic client list
 * and client page are kept as screenshots for a reviewer (not compared pixel by pixel).
 *
 * The words the test looks for come from the catalogues themselves, so one walk through
 * the screens serves both languages; a few Arabic names are also written out, so a reader
 * sees what the screen says.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import commonAr from '../../../renderer/i18n/locales/ar/common.json' with { type: 'json' };
import clientsAr from '../../../renderer/i18n/locales/ar/clients.json' with { type: 'json' };
import adviceAr from '../../../renderer/i18n/locales/ar/advice.json' with { type: 'json' };
import commonEn from '../../../renderer/i18n/locales/en-GB/common.json' with { type: 'json' };
import clientsEn from '../../../renderer/i18n/locales/en-GB/clients.json' with { type: 'json' };
import adviceEn from '../../../renderer/i18n/locales/en-GB/advice.json' with { type: 'json' };
import { expectNoAxeViolations } from '../support/axe';
import { keepScreenshot, withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 180_000 });

interface Words {
  common: typeof commonEn;
  clients: typeof clientsEn;
  advice: typeof adviceEn;
}

const ENGLISH: Words = { common: commonEn, clients: clientsEn, advice: adviceEn };
const ARABIC: Words = { common: commonAr, clients: clientsAr, advice: adviceAr };

/** A message without its ICU plural or arguments, for matching the fixed part of it. */
const fixedPart = (message: string): string => message.split('{')[0]!.trim();

function nav(page: Page, common: Words['common']) {
  return page.getByRole('navigation', { name: common.nav.label });
}

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Client list, a client's page and its booking dialog, the edit form and its leave question, registration with its messages. */
async function walkClientScreens(page: Page, { common, clients }: Words, testInfo?: TestInfo): Promise<void> {
  await nav(page, common).getByRole('link', { name: common.nav.clients, exact: true }).click();
  await expect(heading(page, clients.list.title)).toBeVisible();
  const list = page.getByRole('table', { name: clients.list.caption });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
  if (testInfo) await keepScreenshot(page, testInfo, 'clients-ar.png');

  // Search, with the count of what was found.
  await page.getByLabel(clients.list.searchLabel).fill('a');
  await expect(page.getByRole('table', { name: clients.list.captionMatching })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(clients.list.searchLabel).fill('');

  // A client's page: details, consents, timeline.
  await list.getByRole('link').first().click();
  await expect(page.getByRole('region', { name: clients.details.title })).toBeVisible();
  await expect(page.getByRole('list', { name: clients.timeline.label }).or(page.getByText(clients.timeline.emptyTitle))).toBeVisible();
  await expectNoAxeViolations(page);
  if (testInfo) await keepScreenshot(page, testInfo, 'client-page-ar.png');

  // Its booking dialog.
  await page.getByRole('button', { name: clients.page.book }).click();
  const booking = page.getByRole('dialog');
  await expect(booking).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(booking).toHaveCount(0);

  // Editing, and the question on leaving with unsaved changes.
  await page.getByRole('link', { name: clients.page.edit }).click();
  await expect(page.getByRole('group', { name: clients.consentForm.date })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(clients.form.nameLatin).fill('Changed on purpose');
  await nav(page, common).getByRole('link', { name: common.nav.clients, exact: true }).click();
  const leave = page.getByRole('alertdialog', { name: common.leave.title });
  await expect(leave).toBeVisible();
  await expectNoAxeViolations(page);
  await leave.getByRole('button', { name: common.leave.confirm }).click();

  // Registering: the empty form, then its messages by the fields.
  await page.getByRole('link', { name: clients.list.register }).click();
  await expect(heading(page, clients.register.title)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(clients.consentForm.recordedBy).fill('');
  await page.getByRole('button', { name: clients.form.register, exact: true }).click();
  await expect(page.getByText(clients.validation.formConsentStorage)).toBeVisible();
  await expect(page.getByText(clients.validation.formConsentRecordedBy)).toBeVisible();
  await expectNoAxeViolations(page);
}

/** The import screen with a small file read: mapping, consent and the row-by-row report. */
async function walkImportScreen(page: Page, { common, clients }: Words): Promise<void> {
  await nav(page, common).getByRole('link', { name: common.nav.clients, exact: true }).click();
  await page.getByRole('link', { name: clients.list.import }).click();
  await expect(heading(page, clients.import.title)).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = ['Name,Phone,Nationality', 'سمير حداد,07700 900101,Syria', 'Olena Kovalenko,07700 900102,Atlantis', ',07700 900103,'].join('\n');
  await page.getByLabel(clients.import.file).setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByRole('table', { name: clients.import.report.caption })).toBeVisible();
  await expect(page.getByRole('note', { name: clients.import.encodingLabel })).toContainText('list.csv');
  await expectNoAxeViolations(page);
}

/** The advice log with its follow-ups, logging advice (finding the person, then the form), and an entry. */
async function walkAdviceScreens(page: Page, { common, advice }: Words): Promise<void> {
  await nav(page, common).getByRole('link', { name: common.nav.advice, exact: true }).click();
  await expect(heading(page, advice.log.title)).toBeVisible();
  await expect(page.getByRole('table', { name: advice.log.caption })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: advice.log.logAdvice }).click();
  await expect(heading(page, advice.screens.logTitle)).toBeVisible();
  await page.getByRole('searchbox').fill('a');
  const choose = page.getByRole('button', { name: new RegExp(`^${fixedPart(advice.screens.logFor)}`) }).first();
  await expect(choose).toBeVisible();
  await expectNoAxeViolations(page);
  await choose.click();
  await expect(page.getByRole('group', { name: advice.categories.legend })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: advice.form.saveAdvice }).click();
  await expect(page.getByText(advice.validation.categories)).toBeVisible();
  await expectNoAxeViolations(page);

  await nav(page, common).getByRole('link', { name: common.nav.advice, exact: true }).click();
  await page.getByRole('table', { name: advice.log.caption }).getByRole('link').first().click();
  await expect(heading(page, advice.screens.entryTitle)).toBeVisible();
  await expect(page.getByRole('group', { name: advice.form.date })).toBeVisible();
  await expectNoAxeViolations(page);
}

test('clients, import and advice screens and their dialogs have no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await walkClientScreens(page, ENGLISH);
  await walkImportScreen(page, ENGLISH);
  await walkAdviceScreens(page, ENGLISH);
});

test('in Arabic the clients, import and advice screens read right to left in Arabic, with no axe violations', async ({ page }, testInfo) => {
  await withDemoForum(page);
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await walkClientScreens(page, ARABIC, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Written out: the list's heading and a button of the client page, by their Arabic names.
  await nav(page, ARABIC.common).getByRole('link', { name: 'المراجعون', exact: true }).click();
  await expect(heading(page, 'المراجعون')).toBeVisible();
  await expect(page.getByRole('link', { name: 'تسجيل شخص' })).toBeVisible();
  await page.getByRole('table', { name: 'المراجعون' }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'حجز موعد' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'الموافقة' })).toBeVisible();

  await walkImportScreen(page, ARABIC);
  // A country the file names is shown in Arabic in the import's reasons, a count in the summary in words.
  await expect(page.getByRole('table', { name: 'صفًّا صفًّا' })).toContainText('الجنسية «Atlantis» ليست بلدًا نعرفه');

  await walkAdviceScreens(page, ARABIC);
  await expect(heading(page, 'إدخال في سجل الاستشارات')).toBeVisible();
  await expect(page.getByRole('button', { name: 'حفظ التغييرات' })).toBeVisible();
});
