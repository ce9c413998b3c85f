/**
 * The canary: nothing personal is readable in the browser profile on disk. The demo forum
 * is loaded and a person registered with advice notes, in a real Chromium profile
 * directory; then every file of that directory is scanned, byte for byte, for 50 of the
 * demo's names, phones and note words (words the app itself never writes) and for the person's own, as UTF-8 and as UTF-16
 * (the two ways Chromium stores strings): 0 hits, before and after the person is erased
 * and the demo data removed; and the erasure key that wrapped the erased people's data keys
 * is gone from the disk. A control proves the scan would see plain text: the client
 * reference numbers, which are stored in the clear on purpose, are found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FrontDesk } from '../pages/front-desk';
import { SettingsPage } from '../pages/signpost-app';
import { rightsPanel } from '../privacy/support';
import { demoForum } from '../support/demo-forum';
import { makeProfileDir, openWithProfile } from '../support/persistent-browser';

const PERSON = { name: 'Zephyrine Quillfeather', phone: '07700 900417', notes: 'Marmalade kestrel thimbleweed lanternfish' };
const PERSON_STRINGS = [PERSON.name, 'Quillfeather', PERSON.phone, '900417', 'kestrel thimbleweed', 'lanternfish'];

/**
 * Every file under the profile, as bytes (files Chromium holds open are read as they are).
 * Chromium, still running, may delete a file (its cache's) between the listing and the
 * read: a file gone holds nothing readable, and only that error is passed over.
 */
function profileFiles(dir: string): Buffer[] {
  const found: Buffer[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) found.push(...profileFiles(path));
      else if (entry.isFile() && statSync(path).size > 0) found.push(readFileSync(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}

/** The strings found anywhere in the profile, as UTF-8 or UTF-16LE bytes. */
function foundOnDisk(dir: string, strings: readonly string[]): string[] {
  const files = profileFiles(dir);
  return strings.filter((text) => {
    const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
    return files.some((file) => forms.some((form) => file.includes(form)));
  });
}

/**
 * The app's own code and words (renderer/ and shared/, but not the demo generator, which
 * is where the demo's people come from): a note word found there may be on screen, in a
 * title or in Chromium's code cache, and is not a person's.
 */
function appText(dir = process.cwd(), within = ['renderer', 'shared']): string {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => within.includes(entry.name) || (dir !== process.cwd() && entry.name !== 'demo'))
    .map((entry) => (entry.isDirectory() ? appText(join(dir, entry.name), []) : readFileSync(join(dir, entry.name), 'utf8')))
    .join('\n');
}

/** 50 of the demo forum's personal strings: 30 names, up to 15 phones, and words of advice notes that are not the app's own. */
async function demoCanaries(): Promise<string[]> {
  const forum = await demoForum();
  const names = [...new Set(forum.clients.map((c) => c.name))].slice(0, 30);
  const phones = [...new Set(forum.clients.flatMap((c) => (c.phone ? [c.phone] : [])))].slice(0, 15);
  const app = appText().toLowerCase();
  const noteWords = [...new Set(forum.adviceEntries.flatMap((e) => (e.notes ?? '').split(/[^\p{L}]+/u)))].filter((w) => w.length >= 6 && !app.includes(w.toLowerCase()));
  return [...names, ...phones, ...noteWords.slice(0, 50 - names.length - phones.length)];
}

/** The current erasure key, wrapped, as its file in the origin private file system holds it. */
async function currentErasureKeyOnDisk(page: Page): Promise<string> {
  const text = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle('erasure-keys-signpost.json')).getFile();
    return file.text();
  });
  return (JSON.parse(text) as { current: { wrapped: string } }).current.wrapped;
}

test('no name, phone or note word is readable in the profile on disk, before or after erasure and removal', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const canaries = await demoCanaries();
  expect(canaries).toHaveLength(50);
  const profile = makeProfileDir();
  const browser = await openWithProfile(profile.dir, baseURL ?? '');
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const desk = new FrontDesk(page);
    await desk.app.open('/settings');
    await new SettingsPage(desk.app).loadDemoData();

    await desk.register({ name: PERSON.name, phone: PERSON.phone });
    await page.getByRole('link', { name: 'Log advice' }).click();
    await page.getByLabel('Adviser').fill('Fatima');
    await page.getByRole('checkbox', { name: 'Benefits and welfare' }).check();
    await page.getByLabel('Notes').fill(PERSON.notes);
    await page.getByRole('button', { name: 'Save advice' }).click();
    await expect(desk.app.status('Advice logged')).toBeVisible();
    const ref = (await page.getByText(/^C-\d{5}$/).first().textContent()) ?? '';

    // The control: a reference number, stored in the clear, is seen by the same scan.
    expect(foundOnDisk(profile.dir, [ref])).toEqual([ref]);
    expect(foundOnDisk(profile.dir, canaries)).toEqual([]);
    expect(foundOnDisk(profile.dir, PERSON_STRINGS)).toEqual([]);

    // The erasure key wrapping every data key now, as its file holds it (wrapped by the forum key).
    const erasureKeyBefore = await currentErasureKeyOnDisk(page);
    expect(foundOnDisk(profile.dir, [erasureKeyBefore])).toEqual([erasureKeyBefore]);

    await rightsPanel(page).getByRole('button', { name: 'Erase this person' }).click();
    await page.getByRole('alertdialog', { name: 'Erase this person for good?' }).getByRole('button', { name: 'Erase for good' }).click();
    await expect(desk.app.status('Erased')).toBeVisible();
    await desk.app.goTo('Settings');
    await new SettingsPage(desk.app).removeDemoData();

    expect(foundOnDisk(profile.dir, canaries)).toEqual([]);
    expect(foundOnDisk(profile.dir, PERSON_STRINGS)).toEqual([]);
    // The erasure key that wrapped the erased people's data keys is gone from the disk, so a
    // stale copy of their key rows (which IndexedDB may keep) opens with nothing, passphrase
    // or not; the key that replaced it is there (the scan sees the file).
    const erasureKeyAfter = await currentErasureKeyOnDisk(page);
    expect(erasureKeyAfter).not.toBe(erasureKeyBefore);
    expect(foundOnDisk(profile.dir, [erasureKeyBefore, erasureKeyAfter])).toEqual([erasureKeyAfter]);
  } finally {
    await browser.close();
    profile.remove();
  }
});
