/**
 * Today and the clinic screens, with the demo forum loaded, read in Arabic right to left and
 * have no WCAG 2.2 AA violations that axe can find, in English and in Arabic, screen by
 * screen and dialog by dialog. An appointment slip prints in the client's own language
 * (Arabic, right to left) while the app stays in English. The Arabic clinics calendar is kept
 * as a screenshot for a reviewer (not compared pixel by pixel).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { expectNoAxeViolations } from '../support/axe';
import { pinClock, pinnedDate } from '../support/clock';
import { plantRecords } from '../support/plant-records';
import { keepScreenshot, switchToArabic } from '../support/languages';

test.describe.configure({ timeout: 300_000 });

const TODAY = pinnedDate();
const JOB_CLUB_TODAY = `gen-session-job-club-${TODAY}`;
const stamp = `${TODAY}T08:00:00.000Z`;

/** A client who reads Arabic (Levantine, which the app prints as Modern Standard Arabic), booked into today's job club. */
const LAYLA = {
  id: 'c-layla',
  ref: 'C-00901',
  name: 'ليلى حداد',
  languages: ['apc', 'eng'],
  consents: { storage: { given: true, date: TODAY, recordedBy: 'Fatima' } },
  interpreterNeeded: true,
  interpreterLanguage: 'ara',
  createdAt: stamp,
  updatedAt: stamp,
};
const LAYLA_BOOKED = {
  id: 'a-layla',
  clientId: LAYLA.id,
  sessionId: JOB_CLUB_TODAY,
  clinicId: 'gen-clinic-job-club',
  date: TODAY,
  kind: 'booked',
  slotTime: '15:00',
  status: 'booked',
  interpreterLanguage: 'ara',
  createdAt: stamp,
  updatedAt: stamp,
};

/**
 * The demo forum, plus Layla's booking in today's job club. Records written straight into
 * IndexedDB are not seen by the live queries of a page already open, so the forum is then
 * opened afresh in a new page (same profile, same pinned clock), at Settings.
 */
async function withDemoForum(first: Page): Promise<{ page: Page; app: SignpostApp }> {
  await pinClock(first.context());
  const setup = new SignpostApp(first);
  await setup.open('/settings');
  await new SettingsPage(setup).loadDemoData();
  await plantRecords(first, 'clients', [LAYLA]);
  await plantRecords(first, 'appointments', [LAYLA_BOOKED]);
  const page = await first.context().newPage();
  await first.close();
  const app = new SignpostApp(page);
  await app.open('/settings');
  return { page, app };
}

/** A task dialog or a confirmation (which may be an alert dialog). */
const dialogNamed = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name }));

/** Checks the open dialog with axe, then closes it with Escape as a keyboard user would. */
async function checkDialog(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The words a person finds the clinic screens by, in one language. */
interface ClinicWords {
  menu: string;
  today: string;
  todaysSessions: string;
  clinics: string;
  day: string;
  newClinic: string;
  createClinic: string;
  needsADay: string;
  editDropIn: string;
  addToQueue: string;
  addDialog: string;
  printDaySheet: string;
  daySheetDialog: string;
  move: string;
  moveDialog: string;
  newDate: string;
  cancelSession: string;
  cancelSessionDialog: string;
  bookSlot: RegExp;
  bookSlotDialog: RegExp;
  printSlip: RegExp;
  slipDialog: string;
  laylasActions: string;
  cancelAppointment: string;
  cancelAppointmentDialog: RegExp;
  reason: string;
  confirmCancel: string;
  rebook: string;
  rebookDialog: RegExp;
  bookFromClient: RegExp;
  bookingDialog: RegExp;
}

const ENGLISH: ClinicWords = {
  menu: 'Main',
  today: 'Today',
  todaysSessions: 'Today’s sessions',
  clinics: 'Clinics & appointments',
  day: 'Day',
  newClinic: 'New clinic',
  createClinic: 'Create clinic',
  needsADay: 'Choose at least one day of the week',
  editDropIn: 'Edit Daily drop-in advice',
  addToQueue: 'Add to queue',
  addDialog: 'Add someone to the queue',
  printDaySheet: 'Print day sheet',
  daySheetDialog: 'Print the day sheet',
  move: 'Move…',
  moveDialog: 'Move this session',
  newDate: 'New date',
  cancelSession: 'Cancel session…',
  cancelSessionDialog: 'Cancel this session?',
  bookSlot: /^Book /,
  bookSlotDialog: /^Book the .+ slot$/,
  printSlip: /^Print the appointment slip for/,
  slipDialog: 'Print the appointment slip',
  laylasActions: 'Actions for ليلى حداد',
  cancelAppointment: 'Cancel…',
  cancelAppointmentDialog: /^Cancel the appointment for/,
  reason: 'Reason',
  confirmCancel: 'Cancel appointment',
  rebook: 'Rebook',
  rebookDialog: /^Rebook/,
  bookFromClient: /Book an appointment/,
  bookingDialog: /^Book an appointment for/,
};

const ARABIC: ClinicWords = {
  menu: 'القائمة الرئيسية',
  today: 'اليوم',
  todaysSessions: 'جلسات اليوم',
  clinics: 'العيادات والمواعيد',
  day: 'يوم',
  newClinic: 'عيادة جديدة',
  createClinic: 'إنشاء العيادة',
  needsADay: 'اختر يومًا واحدًا على الأقل من أيام الأسبوع',
  editDropIn: 'تعديل Daily drop-in advice',
  addToQueue: 'إضافة إلى قائمة الانتظار',
  addDialog: 'إضافة شخص إلى قائمة الانتظار',
  printDaySheet: 'طباعة ورقة اليوم',
  daySheetDialog: 'طباعة ورقة اليوم',
  move: 'نقل…',
  moveDialog: 'نقل هذه الجلسة',
  newDate: 'التاريخ الجديد',
  cancelSession: 'إلغاء الجلسة…',
  cancelSessionDialog: 'إلغاء هذه الجلسة؟',
  bookSlot: /^حجز الساعة /,
  bookSlotDialog: /^حجز موعد الساعة /,
  printSlip: /^طباعة بطاقة الموعد لـ/,
  slipDialog: 'طباعة بطاقة الموعد',
  laylasActions: 'إجراءات لـ ليلى حداد',
  cancelAppointment: 'إلغاء…',
  cancelAppointmentDialog: /^إلغاء موعد/,
  reason: 'السبب',
  confirmCancel: 'إلغاء الموعد',
  rebook: 'إعادة الحجز',
  rebookDialog: /^إعادة حجز موعد/,
  // The client page's own button is the clients area's words (English until it is translated).
  bookFromClient: /Book an appointment|حجز موعد/,
  bookingDialog: /^حجز موعد لـ/,
};

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });

/** Today, the calendar and the clinic forms, checked by axe as a person reaches them. */
async function sweepCalendarScreens(page: Page, w: ClinicWords): Promise<void> {
  const menu = page.getByRole('navigation', { name: w.menu });

  // Today, with the day's figures and panels.
  await menu.getByRole('link', { name: w.today, exact: true }).click();
  await expect(heading(page, w.today)).toBeVisible();
  const sessionsToday = page.getByRole('region', { name: w.todaysSessions });
  await expect(sessionsToday.getByRole('link', { name: 'Daily drop-in advice' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The calendar, week then day.
  await menu.getByRole('link', { name: w.clinics, exact: true }).click();
  await expect(heading(page, w.clinics)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Job club/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.day, exact: true }).click();
  await expect(page.getByRole('button', { name: w.day, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);

  // A new clinic, refused with its reason next to the days; then an existing one.
  await page.getByRole('link', { name: w.newClinic, exact: true }).click();
  await expect(heading(page, w.newClinic)).toBeVisible();
  await page.getByRole('button', { name: w.createClinic }).click();
  await expect(page.getByText(w.needsADay)).toBeVisible();
  await expectNoAxeViolations(page);
  await menu.getByRole('link', { name: w.clinics, exact: true }).click();
  await page.getByRole('link', { name: w.editDropIn }).click();
  await expect(heading(page, /Daily drop-in advice/)).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Today's two sessions (a drop-in queue and a job club's slots) and every dialog they open. */
async function sweepSessionDialogs(page: Page, w: ClinicWords): Promise<void> {
  const menu = page.getByRole('navigation', { name: w.menu });
  const sessionsToday = page.getByRole('region', { name: w.todaysSessions });

  // Today's drop-in: the queue and the session's dialogs.
  await menu.getByRole('link', { name: w.today, exact: true }).click();
  await sessionsToday.getByRole('link', { name: 'Daily drop-in advice' }).click();
  await expect(heading(page, /Daily drop-in advice/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.addToQueue, exact: true }).click();
  await checkDialog(page, dialogNamed(page, w.addDialog));
  await page.getByRole('button', { name: w.printDaySheet, exact: true }).click();
  const daySheet = dialogNamed(page, w.daySheetDialog);
  await expect(daySheet.getByRole('article')).toBeVisible();
  await checkDialog(page, daySheet);
  await page.getByRole('button', { name: w.move, exact: true }).click();
  const moving = dialogNamed(page, w.moveDialog);
  await expect(moving.getByRole('group', { name: w.newDate })).toBeVisible();
  await checkDialog(page, moving);
  await page.getByRole('button', { name: w.cancelSession, exact: true }).click();
  await checkDialog(page, dialogNamed(page, w.cancelSessionDialog));

  // Today's job club: slots, booking a slot, Layla's slip, cancelling and rebooking her.
  await menu.getByRole('link', { name: w.today, exact: true }).click();
  await sessionsToday.getByRole('link', { name: 'Job club' }).click();
  await expect(heading(page, /Job club/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: w.bookSlot }).first().click();
  await checkDialog(page, dialogNamed(page, w.bookSlotDialog));
  await page.getByRole('button', { name: w.printSlip }).click();
  const slip = dialogNamed(page, w.slipDialog);
  await expect(slip.getByRole('article')).toBeVisible();
  await checkDialog(page, slip);
  await page.getByRole('group', { name: w.laylasActions }).getByRole('button', { name: w.cancelAppointment, exact: true }).click();
  const cancelling = dialogNamed(page, w.cancelAppointmentDialog);
  await expect(cancelling).toBeVisible();
  await expectNoAxeViolations(page);
  await cancelling.getByLabel(w.reason).fill('Moved away');
  await cancelling.getByRole('button', { name: w.confirmCancel, exact: true }).click();
  await expect(cancelling).toBeHidden();
  await page.getByRole('group', { name: w.laylasActions }).getByRole('button', { name: w.rebook, exact: true }).click();
  await checkDialog(page, dialogNamed(page, w.rebookDialog));

  // Booking from the client's page (the clinics area's dialog).
  await page.getByRole('link', { name: LAYLA.name }).click();
  await page.getByRole('button', { name: w.bookFromClient }).click();
  await checkDialog(page, dialogNamed(page, w.bookingDialog));
}

test('Today, the calendar and the clinic forms have no axe violations in English', async ({ page: first }) => {
  const { page } = await withDemoForum(first);
  await sweepCalendarScreens(page, ENGLISH);
});

test('the session pages and every dialog they open have no axe violations in English', async ({ page: first }) => {
  const { page } = await withDemoForum(first);
  await sweepSessionDialogs(page, ENGLISH);
});

test('in Arabic Today, the calendar and the clinic forms read right to left and have no axe violations', async ({ page: first }, testInfo) => {
  const { page } = await withDemoForum(first);
  await switchToArabic(page);

  const menu = page.getByRole('navigation', { name: ARABIC.menu });
  await menu.getByRole('link', { name: ARABIC.today, exact: true }).click();
  await expect(heading(page, 'اليوم')).toBeVisible();
  await expect(page.getByRole('link', { name: 'سجّل شخصًا جديدًا' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'قائمة الانتظار دون موعد' })).toBeVisible();

  await menu.getByRole('link', { name: ARABIC.clinics, exact: true }).click();
  await expect(heading(page, 'العيادات والمواعيد')).toBeVisible();
  await expect(page.getByRole('button', { name: 'الأسبوع التالي' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The week starts on Monday, named in Arabic, and the first day sits on the right.
  const week = page.getByRole('list', { name: /^أسبوع / });
  const days = week.getByRole('listitem');
  await expect(days.first().getByRole('heading')).toContainText('الاثنين');
  expect((await days.first().boundingBox())!.x).toBeGreaterThan((await days.last().boundingBox())!.x);
  await keepScreenshot(page, testInfo, 'clinics-week-ar.png');

  await sweepCalendarScreens(page, ARABIC);
});

test('in Arabic the session pages and every dialog they open have no axe violations', async ({ page: first }) => {
  const { page } = await withDemoForum(first);
  await switchToArabic(page);
  await sweepSessionDialogs(page, ARABIC);
});

test('an appointment slip prints in the client’s Arabic, right to left, while the app is in English, or in English if chosen', async ({ page: first }) => {
  const { page, app } = await withDemoForum(first);
  await app.open(`/clinics/sessions/${JOB_CLUB_TODAY}`);
  await page.getByRole('button', { name: 'Print the appointment slip for ليلى حداد' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the appointment slip' });
  const choice = dialog.getByRole('group', { name: 'Language of the slip' });
  await expect(choice.getByRole('radio', { name: /العربية.*\(the client’s language\)/ })).toBeChecked();

  const arabic = dialog.getByRole('article', { name: 'بطاقة الموعد' });
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic.getByRole('heading', { name: 'موعدك' })).toBeVisible();
  await expect(arabic).toContainText('ليلى حداد');
  await expect(arabic).toContainText('C-00901');
  // The date and time in Arabic: the weekday's and month's names, and the afternoon's mark.
  await expect(arabic).toContainText(/الأربعاء، 10 يونيو 2026/);
  await expect(arabic).toContainText(/03:00\s?م/);
  await expect(arabic).toContainText('سيكون هناك مترجم يتحدث العربية.');
  // The app around it is still in English.
  await expect(dialog.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expectNoAxeViolations(page);

  // Printed alone, the sheet is the Arabic slip.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-only').getByRole('article', { name: 'بطاقة الموعد' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await choice.getByRole('radio', { name: /English.*\(the app’s language\)/ }).check();
  const english = dialog.getByRole('article', { name: 'Appointment slip' });
  await expect(english).toHaveAttribute('lang', 'en-GB');
  await expect(english).toHaveAttribute('dir', 'ltr');
  await expect(english.getByRole('heading', { name: 'Your appointment' })).toBeVisible();
  await expect(english).toContainText(/Wednesday,? 10 June 2026/);
  await expect(english).toContainText('An interpreter who speaks Arabic will be there.');
});
