/**
 * The volunteer screens (list, form, a volunteer's page, month rota, gaps, hours), with the
 * demo forum loaded, read in Arabic right to left and have no WCAG 2.2 AA violations that
 * axe can find, in English and in Arabic, screen by screen and dialog by dialog. The
 * Arabic list and month rota (where the grid must mirror) are kept as screenshots for a
 * reviewer, not compared pixel by pixel.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { keepScreenshot, switchToArabic, withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 240_000 });

/** The words a person finds the volunteer screens by, in one language. */
interface VolunteerWords {
  menu: string;
  nav: string;
  heading: string;
  table: string;
  add: string;
  addLanguage: string;
  addCheck: string;
  addDay: string;
  addAway: string;
  leave: string;
  edit: string;
  editTitle: RegExp;
  cancel: string;
  printLetter: string;
  letterDialog: string;
  close: string;
  monthRota: string;
  rotaTitle: RegExp;
  rotaTable: string;
  openPlace: RegExp;
  showWhy: string;
  fill: string;
  fillDialog: string;
  printRota: string;
  printRotaDialog: string;
  gaps: string;
  gapsTitle: string;
  hours: string;
  hoursTitle: string;
  print: string;
  hoursDialog: string;
}

const ENGLISH: VolunteerWords = {
  menu: 'Main',
  nav: 'Volunteers & rota',
  heading: 'Volunteers & rota',
  table: 'Volunteers',
  add: 'Add a volunteer',
  addLanguage: 'Add a language',
  addCheck: 'Add a check or training',
  addDay: 'Add a day',
  addAway: 'Add dates away',
  leave: 'Leave and lose changes',
  edit: 'Edit details',
  editTitle: /^Edit /,
  cancel: 'Cancel',
  printLetter: 'Print hours letter',
  letterDialog: 'Print the hours letter',
  close: 'Close',
  monthRota: 'Month rota',
  rotaTitle: /^Rota: /,
  rotaTable: 'Month rota',
  openPlace: /^Open: /,
  showWhy: 'Show why',
  fill: 'Fill open shifts',
  fillDialog: 'Fill open shifts',
  printRota: 'Print rota',
  printRotaDialog: 'Print the rota',
  gaps: 'Gaps',
  gapsTitle: 'Rota gaps',
  hours: 'Hours',
  hoursTitle: 'Volunteer hours',
  print: 'Print',
  hoursDialog: 'Print volunteer hours',
};

const ARABIC: VolunteerWords = {
  menu: 'القائمة الرئيسية',
  nav: 'المتطوعون والمناوبات',
  heading: 'المتطوعون والمناوبات',
  table: 'المتطوعون',
  add: 'إضافة متطوع',
  addLanguage: 'إضافة لغة',
  addCheck: 'إضافة فحص أو تدريب',
  addDay: 'إضافة يوم',
  addAway: 'إضافة أيام غياب',
  leave: 'غادر وتخلَّ عن التغييرات',
  edit: 'تعديل البيانات',
  editTitle: /^تعديل /,
  cancel: 'إلغاء',
  printLetter: 'طباعة خطاب الساعات',
  letterDialog: 'طباعة خطاب الساعات',
  close: 'إغلاق',
  monthRota: 'جدول الشهر',
  rotaTitle: /^جدول المناوبات: /,
  rotaTable: 'جدول الشهر',
  openPlace: /^شاغر: /,
  showWhy: 'عرض السبب',
  fill: 'ملء المناوبات الشاغرة',
  fillDialog: 'ملء المناوبات الشاغرة',
  printRota: 'طباعة الجدول',
  printRotaDialog: 'طباعة جدول المناوبات',
  gaps: 'النواقص',
  gapsTitle: 'نواقص جدول المناوبات',
  hours: 'الساعات',
  hoursTitle: 'ساعات المتطوعين',
  print: 'طباعة',
  hoursDialog: 'طباعة ساعات المتطوعين',
};

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });

/** Closes a print preview with its own Close button (beside the print button), not the corner one. */
async function closeDialog(page: Page, name: string, close: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: close, exact: true }).last().click();
  await expect(dialog).toBeHidden();
}

/** The list, the form with a row of each kind, a volunteer's page and its letter, the edit form. */
async function sweepVolunteerScreens(page: Page, w: VolunteerWords, keep?: (name: string) => Promise<void>): Promise<void> {
  const menu = page.getByRole('navigation', { name: w.menu });
  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await expect(heading(page, w.heading)).toBeVisible();
  const list = page.getByRole('table', { name: w.table });
  await expect(list.getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: w.add, exact: true }).click();
  await expect(heading(page, w.add)).toBeVisible();
  await expectNoAxeViolations(page);
  // A row of each list: the language picker, the check's date fields, the weekly times, the dates away.
  for (const add of [w.addLanguage, w.addCheck, w.addDay, w.addAway]) await page.getByRole('button', { name: add, exact: true }).click();
  await expect(page.getByRole('spinbutton').or(page.getByRole('textbox')).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The weekly times and the date fields, laid out in the language's direction.
  await keep?.('volunteer-form.png');
  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: w.leave }).click();
  await expect(heading(page, w.heading)).toBeVisible();

  // The first listed volunteer's page, their hours letter, and their details in the form.
  await list.getByRole('link').first().click();
  await expect(page.getByRole('link', { name: w.edit })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.printLetter }).click();
  await expect(page.getByRole('dialog', { name: w.letterDialog }).getByRole('article')).toBeVisible();
  await expectNoAxeViolations(page);
  await closeDialog(page, w.letterDialog, w.close);
  await page.getByRole('link', { name: w.edit }).click();
  await expect(heading(page, w.editTitle)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.cancel, exact: true }).click();
  await expect(page.getByRole('link', { name: w.edit })).toBeVisible();
}

/** The month rota and each of its dialogs, the gaps and the hours with its printout. */
async function sweepRotaScreens(page: Page, w: VolunteerWords): Promise<void> {
  const menu = page.getByRole('navigation', { name: w.menu });
  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await page.getByRole('link', { name: w.monthRota, exact: true }).click();
  await expect(heading(page, w.rotaTitle)).toBeVisible();
  const rota = page.getByRole('table', { name: w.rotaTable });
  await expect(rota.getByRole('button').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // An open place: who fits, who could with a reason, and (shown) who cannot and why.
  await rota.getByRole('button', { name: w.openPlace }).first().click();
  const assigning = page.getByRole('dialog');
  await expect(assigning).toBeVisible();
  await assigning.getByRole('button', { name: w.showWhy }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(assigning).toBeHidden();

  // A held place: who holds it, and the button to take them off.
  // Every place that is not open is held by someone.
  await rota.getByRole('button', { name: new RegExp(`^(?!${w.openPlace.source.slice(1)})`) }).first().click();
  const held = page.getByRole('dialog');
  await expect(held).toBeVisible();
  await expectNoAxeViolations(page);
  await held.getByRole('button', { name: w.close, exact: true }).last().click();
  await expect(held).toBeHidden();

  await page.getByRole('button', { name: w.fill, exact: true }).click();
  const filling = page.getByRole('dialog', { name: w.fillDialog });
  await expect(filling).toBeVisible();
  await expectNoAxeViolations(page);
  await filling.getByRole('button', { name: w.cancel, exact: true }).click();
  await expect(filling).toBeHidden();

  await page.getByRole('button', { name: w.printRota, exact: true }).click();
  await expect(page.getByRole('dialog', { name: w.printRotaDialog }).getByRole('article')).toBeVisible();
  await expectNoAxeViolations(page);
  await closeDialog(page, w.printRotaDialog, w.close);

  await page.getByRole('link', { name: w.gaps, exact: true }).click();
  await expect(heading(page, w.gapsTitle)).toBeVisible();
  await expectNoAxeViolations(page);

  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await page.getByRole('link', { name: w.hours, exact: true }).click();
  await expect(heading(page, w.hoursTitle)).toBeVisible();
  await expect(page.getByRole('button', { name: w.print, exact: true })).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.print, exact: true }).click();
  await expect(page.getByRole('dialog', { name: w.hoursDialog }).getByRole('article')).toBeVisible();
  await expectNoAxeViolations(page);
  await closeDialog(page, w.hoursDialog, w.close);
}

test('the volunteer screens and their dialogs have no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await sweepVolunteerScreens(page, ENGLISH);
  await sweepRotaScreens(page, ENGLISH);
});

test('in Arabic the volunteer screens read right to left, the rota mirrors, and nothing has axe violations', async ({ page }, testInfo) => {
  await withDemoForum(page);
  await switchToArabic(page);

  const menu = page.getByRole('navigation', { name: ARABIC.menu });
  await menu.getByRole('link', { name: ARABIC.nav, exact: true }).click();
  await expect(heading(page, 'المتطوعون والمناوبات')).toBeVisible();
  await expect(page.getByRole('link', { name: 'إضافة متطوع' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'الفحوص' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'volunteers-ar.png');

  await page.getByRole('link', { name: ARABIC.monthRota, exact: true }).click();
  await expect(page.getByRole('button', { name: 'الشهر التالي' })).toBeVisible();
  // Mirrored: the session column (the first) sits on the right of the role columns.
  const rota = page.getByRole('table', { name: ARABIC.rotaTable });
  const session = await rota.getByRole('columnheader').first().boundingBox();
  const lastRole = await rota.getByRole('columnheader').last().boundingBox();
  expect(session!.x).toBeGreaterThan(lastRole!.x);
  await keepScreenshot(page, testInfo, 'rota-ar.png');

  await sweepVolunteerScreens(page, ARABIC, (name) => keepScreenshot(page, testInfo, name.replace('.png', '-ar.png')));
  await sweepRotaScreens(page, ARABIC);
});
