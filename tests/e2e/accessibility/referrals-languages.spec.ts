/**
 * The referral screens and the report, with the demo forum loaded, read in Arabic right to
 * left and have no WCAG 2.2 AA violations that axe can find, in English and in Arabic,
 * screen by screen and dialog by dialog. A referral summary prints in the client's own
 * language while the app stays in English. The Arabic referrals screen is kept as a
 * screenshot for a reviewer (not compared pixel by pixel).
 */
import { expect, test, type Page } from '@playwright/test';
import { SignpostApp } from '../pages/signpost-app';
import { expectNoAxeViolations } from '../support/axe';
import { pinClock } from '../support/clock';
import { plantRecords } from '../support/plant-records';
import { keepScreenshot, switchToArabic, withDemoForum } from '../support/languages';

test.describe.configure({ timeout: 180_000 });

/** The words a person finds the referral screens by, in one language. */
interface ReferralWords {
  menu: string;
  nav: string;
  heading: string;
  services: string;
  importDirectory: string;
  importDialog: string;
  cancel: string;
  addService: string;
  newReferral: string;
  referralTitle: RegExp;
  actions: string;
  print: string;
  printDialog: string;
  close: string;
}

const ENGLISH: ReferralWords = {
  menu: 'Main',
  nav: 'Referrals',
  heading: 'Referrals',
  services: 'Services directory',
  importDirectory: 'Import a directory',
  importDialog: 'Import a services directory',
  cancel: 'Cancel',
  addService: 'Add a service',
  newReferral: 'New referral',
  referralTitle: /^Referral to /,
  actions: 'Referral actions',
  print: 'Print or save summary',
  printDialog: 'Print the referral summary',
  close: 'Close',
};

const ARABIC: ReferralWords = {
  menu: 'القائمة الرئيسية',
  nav: 'الإحالات',
  heading: 'الإحالات',
  services: 'دليل الخدمات',
  importDirectory: 'استورد دليلًا',
  importDialog: 'استيراد دليل خدمات',
  cancel: 'إلغاء',
  addService: 'أضف خدمة',
  newReferral: 'إحالة جديدة',
  referralTitle: /^إحالة إلى /,
  actions: 'إجراءات الإحالة',
  print: 'اطبع الملخص أو احفظه',
  printDialog: 'طباعة ملخص الإحالة',
  close: 'إغلاق',
};

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });

/** Every referral screen and each of its dialogs, checked by axe as a person reaches them. */
async function sweepReferralScreens(page: Page, w: ReferralWords): Promise<void> {
  const menu = page.getByRole('navigation', { name: w.menu });
  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await expect(heading(page, w.heading)).toBeVisible();
  await expect(page.getByRole('table', { name: w.heading }).getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: w.services, exact: true }).click();
  await expect(heading(page, w.services)).toBeVisible();
  await expect(page.getByRole('table', { name: w.services }).getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.importDirectory }).click();
  const importing = page.getByRole('dialog', { name: w.importDialog });
  await expect(importing).toBeVisible();
  await expectNoAxeViolations(page);
  await importing.getByRole('button', { name: w.cancel, exact: true }).click();
  await expect(importing).toBeHidden();

  await page.getByRole('link', { name: w.addService, exact: true }).click();
  await expect(heading(page, w.addService)).toBeVisible();
  await expectNoAxeViolations(page);

  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await page.getByRole('link', { name: w.newReferral, exact: true }).click();
  await expect(heading(page, w.newReferral)).toBeVisible();
  await expectNoAxeViolations(page);

  // The first listed referral is an open one (the list shows open referrals first).
  await menu.getByRole('link', { name: w.nav, exact: true }).click();
  await page.getByRole('table', { name: w.heading }).getByRole('link').first().click();
  await expect(heading(page, w.referralTitle)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('group', { name: w.actions }).getByRole('button').first().click();
  const moving = page.getByRole('dialog');
  await expect(moving).toBeVisible();
  await expectNoAxeViolations(page);
  await moving.getByRole('button', { name: w.cancel, exact: true }).click();
  await expect(moving).toBeHidden();

  await page.getByRole('button', { name: w.print }).first().click();
  const printing = page.getByRole('dialog', { name: w.printDialog });
  await expect(printing.getByRole('article')).toBeVisible();
  await expectNoAxeViolations(page);
  // The dialog's own Close (beside the print button), not the corner one.
  await printing.getByRole('button', { name: w.close, exact: true }).last().click();
  await expect(printing).toBeHidden();
}

test('the referral screens and their dialogs have no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await sweepReferralScreens(page, ENGLISH);
});

test('in Arabic the referral screens read right to left and have no axe violations', async ({ page }, testInfo) => {
  await withDemoForum(page);
  await switchToArabic(page);

  await page.getByRole('navigation', { name: ARABIC.menu }).getByRole('link', { name: ARABIC.nav, exact: true }).click();
  await expect(heading(page, 'الإحالات')).toBeVisible();
  await expect(page.getByRole('button', { name: 'المفتوحة' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('columnheader', { name: 'الحالة' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'referrals-ar.png');

  await sweepReferralScreens(page, ARABIC);
});

/** The words a person finds the report by, in one language. */
interface ReportWords {
  menu: string;
  nav: string;
  build: string;
  preview: string;
  title: string;
  whoCame: string;
}

const REPORT_ENGLISH: ReportWords = {
  menu: 'Main',
  nav: 'Reports',
  build: 'Build the report',
  preview: 'Report preview',
  title: 'Community Intelligence Report',
  whoCame: 'Who came',
};

const REPORT_ARABIC: ReportWords = {
  menu: 'القائمة الرئيسية',
  nav: 'التقارير',
  build: 'أعدّ التقرير',
  preview: 'معاينة التقرير',
  title: 'تقرير معلومات المجتمع',
  whoCame: 'من جاء',
};

/** The Reports screen before and after a report is built, checked by axe. */
async function sweepReports(page: Page, w: ReportWords): Promise<void> {
  await page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.nav, exact: true }).click();
  await expect(heading(page, w.nav)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.build }).click();
  const preview = page.getByRole('article', { name: w.preview });
  await expect(preview.getByRole('heading', { name: w.title })).toBeVisible();
  await expect(preview.getByRole('region', { name: w.whoCame })).toBeVisible();
  await expectNoAxeViolations(page);
}

test('the Reports screen and a built report have no axe violations in English', async ({ page }) => {
  await withDemoForum(page);
  await sweepReports(page, REPORT_ENGLISH);
});

test('in Arabic the report reads in Arabic, with nationalities named in Arabic, and has no axe violations', async ({ page }, testInfo) => {
  await withDemoForum(page);
  await switchToArabic(page);
  await sweepReports(page, REPORT_ARABIC);
  const preview = page.getByRole('article', { name: REPORT_ARABIC.preview });
  await expect(page.getByRole('group', { name: 'صدّر التقرير' }).getByRole('button', { name: 'جدول بيانات (.xlsx)' })).toBeVisible();
  const whoCame = preview.getByRole('region', { name: REPORT_ARABIC.whoCame });
  await expect(whoCame.getByRole('table', { name: /^الجنسية \(/ }).getByRole('columnheader', { name: 'الجنسية' })).toBeVisible();
  // Countries are named by Intl in Arabic, not in English.
  await expect(whoCame.getByRole('table', { name: /^الجنسية \(/ }).getByRole('rowheader').first()).toHaveText(/[\u0600-\u06FF]/);
  await expect(whoCame.getByRole('table', { name: /^الجنس \(/ })).toContainText('امرأة');
  await expect(preview.getByRole('region', { name: 'كيف تُحمى الأرقام' })).toContainText('لا تُعرض الأعداد من 1 إلى');
  await keepScreenshot(page, testInfo, 'report-ar.png');
});

const stamp = '2026-06-01T09:00:00.000Z';
const consents = {
  storage: { given: true, date: '2026-06-01', recordedBy: 'Fatima' },
  sharing: { given: true, date: '2026-06-01', recordedBy: 'Fatima' },
};

function client(id: string, ref: string, name: string, languages: string[]) {
  return { id, ref, name, languages, consents, interpreterNeeded: false, createdAt: stamp, updatedAt: stamp };
}

function referral(id: string, clientId: string) {
  return {
    id,
    clientId,
    serviceId: 's-law',
    reasonCategory: 'housing',
    sharedFields: ['name', 'languages', 'reason'],
    date: '2026-06-03',
    referredBy: 'Fatima Hassan',
    status: 'sent',
    history: [
      { status: 'draft', at: stamp },
      { status: 'sent', at: stamp },
    ],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

test('a referral summary prints in the client’s own language while the app is in English, or in the app’s if the volunteer chooses', async ({ page }) => {
  await pinClock(page.context());
  const app = new SignpostApp(page);
  await app.open('/referrals');
  await plantRecords(page, 'services', [
    { id: 's-law', name: 'Govanhill Law Centre', categories: ['housing'], languages: [], interpretationOffered: false, active: true, createdAt: stamp, updatedAt: stamp },
  ]);
  await plantRecords(page, 'clients', [
    client('c-uk', 'C-00077', 'Оксана Коваленко', ['ukr', 'eng']),
    // Levantine Arabic: the app prints for her in (Modern Standard) Arabic.
    client('c-ar', 'C-00078', 'ليلى حداد', ['apc']),
  ]);
  await plantRecords(page, 'referrals', [referral('r-uk', 'c-uk'), referral('r-ar', 'c-ar')]);

  await app.open('/referrals/r-uk');
  await expect(heading(page, /^Referral to \u2068?Govanhill Law Centre/)).toBeVisible();
  await page.getByRole('button', { name: 'Print or save summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the referral summary' });
  const choice = dialog.getByRole('group', { name: 'Language of the summary' });
  await expect(choice.getByRole('radio', { name: 'Українська (the client’s language)' })).toBeChecked();
  const ukrainian = dialog.getByRole('article', { name: 'Підсумок направлення' });
  await expect(ukrainian).toHaveAttribute('lang', 'uk');
  await expect(ukrainian).toHaveAttribute('dir', 'ltr');
  await expect(ukrainian.getByRole('heading', { name: 'Направлення до: Govanhill Law Centre' })).toBeVisible();
  await expect(ukrainian).toContainText('Номер клієнтаC-00077');
  await expect(ukrainian).toContainText('Оксана Коваленко');
  // Language names in Ukrainian, from Intl.
  await expect(ukrainian).toContainText(/українська.+англійська/);
  // Signpost's own issue category, named in Ukrainian too.
  await expect(ukrainian).toContainText('Причина направленняЖитло та бездомність');
  await expect(ukrainian).toContainText('Згоду на передання даних записано');
  await expect(ukrainian).toContainText('Направляє: Fatima Hassan');
  // The app around it is still in English.
  await expect(dialog.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expectNoAxeViolations(page);

  await choice.getByRole('radio', { name: 'English (the app’s language)' }).check();
  const english = dialog.getByRole('article', { name: 'Referral summary' });
  await expect(english).toHaveAttribute('lang', 'en-GB');
  await expect(english.getByRole('heading', { name: 'Referral to Govanhill Law Centre' })).toBeVisible();
  await expect(english).toContainText('Consent to share recorded on');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  await app.open('/referrals/r-ar');
  await page.getByRole('button', { name: 'Print or save summary' }).click();
  const arabic = page.getByRole('dialog', { name: 'Print the referral summary' }).getByRole('article', { name: 'ملخص الإحالة' });
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByRole('heading', { name: 'إحالة إلى Govanhill Law Centre' })).toBeVisible();
  await expect(arabic).toContainText('ليلى حداد');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});
