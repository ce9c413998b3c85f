/**
 * Settings (the forum, backups and restore, storage, records that need attention, closure
 * days, issue categories, demo data, the activity log), with the demo forum loaded, reads
 * in Arabic right to left and has no WCAG 2.2 AA violations that axe can find, in English
 * and in Arabic: the screen, its forms with their messages showing, and every dialog it
 * opens. The Arabic Settings screen is kept as a screenshot for a reviewer (not compared).
 */
import { expect, test, type Page } from '@playwright/test';
import { BackupsPage } from '../pages/backups';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { expectNoAxeViolations } from '../support/axe';
import { pinClock } from '../support/clock';
import { plantRecords } from '../support/plant-records';
import { keepScreenshot } from '../support/languages';

test.describe.configure({ timeout: 240_000 });

/**
 * The demo forum, one client record damaged on disk (so "Records that need attention" and
 * its dialog have something to show), and a backup file to restore from.
 */
async function withDemoForumAndBackup(page: Page): Promise<{ backup: string }> {
  await pinClock(page.context());
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
  const at = '2026-06-01T10:00:00.000Z';
  await plantRecords(page, 'clients', [
    { id: 'c-damaged', ref: 'C-09999', name: 42, languages: ['ara'], interpreterNeeded: false, createdAt: at, updatedAt: at },
  ]);
  // Planted from outside the app, as a damaged file would be: read at the app's next start.
  await app.reload();
  const backup = await new BackupsPage(page).makeBackup();
  return { backup };
}

/** The words a person finds Settings by, in one language. */
interface SettingsWords {
  heading: string;
  makeBackup: string;
  backups: string;
  passphrase: string;
  repeat: string;
  notSame: string;
  restore: string;
  backupFile: string;
  restoreDialog: string;
  attention: string;
  correct: string;
  correctDialog: string;
  closures: string;
  addClosure: string;
  addClosureForm: string;
  addClosureSubmit: string;
  categories: string;
  rename: RegExp;
  newName: RegExp;
  demo: string;
  removeDemo: string;
  removeDemoDialog: string;
  cancel: string;
  activityLog: string;
  demoLoaded: string;
}

const ENGLISH: SettingsWords = {
  heading: 'Settings',
  makeBackup: 'Make a backup now',
  backups: 'Backups',
  passphrase: 'Backup passphrase (optional)',
  repeat: 'Repeat the passphrase',
  notSame: 'The two passphrases are not the same.',
  restore: 'Restore a backup',
  backupFile: 'Backup file',
  restoreDialog: 'Replace this computer’s records with the backup?',
  attention: 'Records that need attention',
  correct: 'Correct fields',
  correctDialog: 'Correct this client',
  closures: 'Closure days',
  addClosure: 'Add a closure day',
  addClosureForm: 'Add a closure day',
  addClosureSubmit: 'Add closure day',
  categories: 'Issue categories',
  rename: /^Rename /,
  newName: /^New name for /,
  demo: 'Demo data',
  removeDemo: 'Remove demo data',
  removeDemoDialog: 'Remove the demo data?',
  cancel: 'Cancel',
  activityLog: 'Audit log',
  demoLoaded: 'Demo data loaded',
};

const ARABIC: SettingsWords = {
  heading: 'الإعدادات',
  makeBackup: 'اصنع نسخة احتياطية الآن',
  backups: 'النسخ الاحتياطية',
  passphrase: 'عبارة مرور النسخة الاحتياطية (اختيارية)',
  repeat: 'أعد كتابة عبارة المرور',
  notSame: 'عبارتا المرور غير متطابقتين.',
  restore: 'استعادة نسخة احتياطية',
  backupFile: 'ملف النسخة الاحتياطية',
  restoreDialog: 'هل تستبدل سجلات هذا الكمبيوتر بالنسخة الاحتياطية؟',
  attention: 'سجلات تحتاج إلى مراجعة',
  correct: 'صحّح الحقول',
  correctDialog: 'صحّح سجل هذا المراجع',
  closures: 'أيام الإغلاق',
  addClosure: 'أضف يوم إغلاق',
  addClosureForm: 'إضافة يوم إغلاق',
  addClosureSubmit: 'أضف يوم الإغلاق',
  categories: 'فئات المسائل',
  rename: /^غيّر اسم /,
  newName: /^الاسم الجديد لـ /,
  demo: 'بيانات تجريبية',
  removeDemo: 'احذف البيانات التجريبية',
  removeDemoDialog: 'هل تحذف البيانات التجريبية؟',
  cancel: 'إلغاء',
  activityLog: 'سجل التدقيق',
  demoLoaded: 'حُمّلت البيانات التجريبية',
};

/** Settings, each form with its messages showing, and each dialog, checked by axe one at a time. */
async function checkSettingsAndDialogs(page: Page, words: SettingsWords, backup: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: words.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: words.activityLog })).toContainText(words.demoLoaded);
  const attention = page.getByRole('region', { name: words.attention });
  await expect(attention.getByRole('listitem').filter({ hasText: 'C-09999' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The backup form with a problem said next to its field.
  const backups = page.getByRole('region', { name: words.backups, exact: true });
  await backups.getByLabel(words.passphrase).fill('a long enough passphrase');
  await backups.getByLabel(words.repeat).fill('another passphrase');
  await backups.getByRole('button', { name: words.makeBackup }).click();
  await expect(backups.getByText(words.notSame)).toBeVisible();
  await expectNoAxeViolations(page);

  // A closure day added with nothing filled in: both fields say what is missing.
  const closures = page.getByRole('region', { name: words.closures });
  await closures.getByRole('button', { name: words.addClosure }).click();
  const addClosure = closures.getByRole('form', { name: words.addClosureForm });
  await addClosure.getByRole('button', { name: words.addClosureSubmit }).click();
  await expect(addClosure.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await addClosure.getByRole('button', { name: words.cancel }).click();

  // Renaming an issue category.
  const categories = page.getByRole('region', { name: words.categories });
  await categories.getByRole('button', { name: words.rename }).first().click();
  await expect(categories.getByRole('textbox', { name: words.newName })).toBeVisible();
  await expectNoAxeViolations(page);
  await categories.getByRole('button', { name: words.cancel }).click();

  // Correcting the damaged record.
  await attention.getByRole('listitem').filter({ hasText: 'C-09999' }).getByRole('button', { name: words.correct }).click();
  const correct = page.getByRole('dialog', { name: words.correctDialog });
  await expect(correct).toBeVisible();
  await expectNoAxeViolations(page);
  await correct.getByRole('button', { name: words.cancel }).click();
  await expect(correct).toHaveCount(0);

  // Removing the demo data asks first.
  await page.getByRole('region', { name: words.demo, exact: true }).getByRole('button', { name: words.removeDemo }).click();
  const removeDemo = page.getByRole('alertdialog', { name: words.removeDemoDialog });
  await expect(removeDemo).toBeVisible();
  await expectNoAxeViolations(page);
  await removeDemo.getByRole('button', { name: words.cancel }).click();
  await expect(removeDemo).toHaveCount(0);

  // Restoring asks first, once the backup has been checked.
  await page.getByRole('region', { name: words.restore }).getByLabel(words.backupFile).setInputFiles(backup);
  const restore = page.getByRole('alertdialog', { name: words.restoreDialog });
  await expect(restore).toBeVisible();
  await expectNoAxeViolations(page);
  await restore.getByRole('button', { name: words.cancel }).click();
  await expect(restore).toHaveCount(0);
}

test('Settings and its dialogs have no axe violations in English', async ({ page }) => {
  const { backup } = await withDemoForumAndBackup(page);
  await checkSettingsAndDialogs(page, ENGLISH, backup);
});

test('in Arabic Settings reads right to left in Arabic, and it and its dialogs have no axe violations', async ({ page }, testInfo) => {
  const { backup } = await withDemoForumAndBackup(page);
  await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: ARABIC.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: ARABIC.makeBackup })).toBeVisible();
  // Counts, dates and the demo table's rows are in Arabic too.
  await expect(page.getByRole('table', { name: 'السجلات المحفوظة على هذا الكمبيوتر' }).getByRole('row', { name: /^المراجعون / })).toBeVisible();
  // The file chooser speaks Arabic too, not the browser's own "Choose File / No file chosen".
  await expect(page.getByRole('region', { name: ARABIC.restore })).toContainText('اختر ملف نسخة احتياطية');
  await expect(page.getByRole('region', { name: ARABIC.restore })).toContainText('لم يُختر أي ملف');
  await keepScreenshot(page, testInfo, 'settings-ar.png');

  await checkSettingsAndDialogs(page, ARABIC, backup);
});
