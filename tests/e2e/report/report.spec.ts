/**
 * The one place data leaves the machine. From the demo forum: build a year's report,
 * preview it, export all four formats, and check the files hold no personal data and no
 * number that the disclosure rules forbid. The PDF is checked page by page.
 */
import { expect, test, type Download } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SettingsPage, SignpostApp } from '../pages/signpost-app';
import { chooseMonth } from '../pages/month-picker';
import { demoForum } from '../support/demo-forum';

const THRESHOLD = 10;
const ROUNDING = 5;

/** Names, phones, refs and free text of the forum, read back from its own database. */
/** The demo forum's personal strings (sealed in IndexedDB, so known from the generator). */
async function personalStrings(): Promise<string[]> {
  const forum = await demoForum();
  const strings = [
    ...forum.clients.flatMap((c) => [c.name, c.nameLatin, c.phone, c.email, c.ref]),
    ...forum.adviceEntries.flatMap((e) => [e.notes, e.actions]),
    ...forum.referrals.flatMap((r) => [r.details, r.outcome]),
  ];
  return strings.filter((s): s is string => typeof s === 'string' && s.trim().length >= 6);
}

async function saved(download: Promise<Download>): Promise<Buffer> {
  const file = await download;
  const path = await file.path();
  return readFileSync(path);
}

/** The personal strings that appear in an export's text (there should be none). */
const leaksIn = (text: string, personal: readonly string[]) => personal.filter((p) => text.includes(p));

function expectPublishable(values: number[]) {
  expect(values.length).toBeGreaterThan(20);
  for (const value of values) {
    expect(value % ROUNDING, `${value} is a multiple of ${ROUNDING}`).toBe(0);
    expect(value === 0 || value >= THRESHOLD, `${value} is not a small count`).toBe(true);
  }
}

test('a year’s report is previewed, exported in four formats, and holds no personal data or small counts', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new SignpostApp(page);
  await app.open('/settings');
  await new SettingsPage(app).loadDemoData();
  const personal = await personalStrings();
  expect(personal.length).toBeGreaterThan(200);

  await app.goTo('Reports');
  await page.getByRole('radio', { name: 'A year' }).check();
  const now = new Date();
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await chooseMonth(page, 'Year ending with', thisMonth);
  await page.getByRole('button', { name: 'Build the report' }).click();
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'Community Intelligence Report' })).toBeVisible();
  for (const section of ['At a glance', 'Who came', 'What people needed help with', 'Interpreting', 'Referrals to other services', 'Volunteering']) {
    await expect(preview.getByRole('region', { name: section })).toBeVisible();
  }
  await expect(preview.getByRole('region', { name: 'How the numbers are protected' })).toContainText(`Counts from 1 to ${THRESHOLD - 1} are not shown`);
  await expect(preview.getByText('suppressed').first()).toBeAttached();

  const exports = page.getByRole('group', { name: 'Export the report' });

  // JSON: a documented, versioned structure; every published number passes the rules.
  const json = JSON.parse((await saved(Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'JSON' }).click()]).then(([d]) => d))).toString('utf8'));
  expect(json).toMatchObject({ format: 'signpost-community-report', version: 1, rules: { threshold: THRESHOLD, rounding: ROUNDING } });
  const jsonNumbers: number[] = [];
  for (const section of json.sections) {
    for (const table of section.tables) {
      for (const row of table.rows) jsonNumbers.push(...row.values, ...(row.total === undefined ? [] : [row.total]));
      if (table.totals) jsonNumbers.push(...table.totals.values, table.totals.total);
    }
  }
  expectPublishable(jsonNumbers.filter((v): v is number => v !== null));
  const jsonText = JSON.stringify(json);
  expect(leaksIn(jsonText, personal), 'no personal data in the JSON').toEqual([]);

  // CSV: one file a table, zipped.
  const zip = await saved(Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'CSV files (.zip)' }).click()]).then(([d]) => d));
  const files = unzipSync(new Uint8Array(zip));
  const csvNames = Object.keys(files).filter((name) => name.endsWith('.csv'));
  expect(csvNames.length).toBeGreaterThan(10);
  const csvNumbers: number[] = [];
  for (const name of csvNames) {
    const text = strFromU8(files[name]!);
    expect(leaksIn(text, personal), `no personal data in ${name}`).toEqual([]);
    for (const line of text.trim().split('\r\n').slice(1)) {
      for (const cell of line.split(',').slice(1)) if (/^\d+$/.test(cell)) csvNumbers.push(Number(cell));
    }
  }
  expectPublishable(csvNumbers);

  // Spreadsheet: a real .xlsx (a zip with a workbook inside).
  const xlsx = await saved(Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Spreadsheet (.xlsx)' }).click()]).then(([d]) => d));
  expect(Object.keys(unzipSync(new Uint8Array(xlsx)))).toContain('xl/workbook.xml');

  // PDF: printing is the browser's here; the page printed is the report alone.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await exports.getByRole('button', { name: 'PDF (print)' }).click();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'signpost-report-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'report.pdf'), join(dir, 'page')]);
  const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
  expect(pages.length).toBeGreaterThanOrEqual(4);
  for (const png of pages) expect(statSync(join(dir, png)).size, `${png} has content`).toBeGreaterThan(3_000);
  const pdfText = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-']).toString('utf8');
  expect(pdfText).toContain('Community Intelligence Report');
  expect(pdfText).not.toContain('Signpost\nMy forum'); // the app's navigation is not printed
  expect(leaksIn(pdfText, personal), 'no personal data in the PDF').toEqual([]);

  // Every export is in the log, with its period and rules but nothing else.
  await app.goTo('Settings');
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row').filter({ hasText: 'Report exported' })).toHaveCount(4);
  await expect(log).toContainText('Hidden below: 10');
});

test('the report rules cannot go below a threshold of 5, said next to the field', async ({ page }) => {
  const app = new SignpostApp(page);
  await app.open('/settings');
  const rules = page.getByRole('region', { name: 'Report rules' });
  await rules.getByLabel('Hide counts below').fill('3');
  await rules.getByRole('button', { name: 'Save report rules' }).click();
  await expect(rules.getByText('The threshold cannot be below 5')).toBeVisible();
  await rules.getByLabel('Hide counts below').fill('20');
  await rules.getByRole('button', { name: 'Save report rules' }).click();
  await expect(app.status('Report rules saved')).toBeVisible();
  await app.goTo('Reports');
  await expect(page.getByText('Counts below 20 are hidden')).toBeVisible();
});
