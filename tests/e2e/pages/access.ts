/**
 * The sign-in gate as a person meets it: first run on a fresh profile, sign-in after a
 * reload or a lock. Every test opens the app through here (SignpostApp.open / reload), so
 * each passes the gate the same way, for a test forum with a known passphrase. Labels come
 * from the catalogue of the language the page is showing, so a test that switched to
 * Arabic signs in again in Arabic, as its user would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const TEST_FORUM = { name: 'Riverside Migrants Forum', admin: 'Test Administrator', passphrase: 'kettle lantern orchard' } as const;

type Catalogue = Record<string, Record<string, string>>;
const catalogues = new Map<string, { access: Catalogue; common: Catalogue }>();

function cataloguesFor(lang: string) {
  const code = lang === 'en' || lang === '' ? 'en-GB' : lang;
  let found = catalogues.get(code);
  if (!found) {
    const read = (ns: string) => JSON.parse(readFileSync(join(process.cwd(), 'renderer/i18n/locales', code, `${ns}.json`), 'utf8')) as Catalogue;
    found = { access: read('access'), common: read('common') };
    catalogues.set(code, found);
  }
  return found;
}

export class AccessGate {
  constructor(readonly page: Page) {}

  async words() {
    return cataloguesFor((await this.page.locator('html').getAttribute('lang')) ?? 'en-GB');
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Waits for whichever the app shows (first run, sign-in, or the app itself) and gets past it. */
  async pass(secret: string = TEST_FORUM.passphrase): Promise<void> {
    // Right after a load the page may not have taken its stored language yet, so the words
    // are read again until one of the three screens shows in the language the page is in.
    const screens = async () => {
      const { access, common } = await this.words();
      return {
        nav: this.page.getByRole('navigation', { name: common.nav!.label! }),
        firstRun: this.heading(access.firstRun!.title!),
        signIn: this.heading(access.signIn!.title!),
      };
    };
    await expect
      .poll(async () => {
        const { nav, firstRun, signIn } = await screens();
        return nav.or(firstRun).or(signIn).first().isVisible();
      })
      .toBe(true);
    const { nav, firstRun, signIn } = await screens();
    if (await firstRun.isVisible()) await this.setUp();
    else if (await signIn.isVisible()) await this.signIn(TEST_FORUM.admin, secret);
    await expect(nav).toBeVisible();
  }

  /** First run for the test forum, through to the app (the recovery key is returned). */
  async setUp(forum: { name: string; admin: string; passphrase: string } = TEST_FORUM): Promise<string> {
    const { access } = await this.words();
    const page = this.page;
    await page.getByLabel(access.firstRun!.forumName!, { exact: true }).fill(forum.name);
    await page.getByLabel(access.firstRun!.adminName!, { exact: true }).fill(forum.admin);
    await page.getByLabel(access.firstRun!.passphrase!, { exact: true }).fill(forum.passphrase);
    await page.getByLabel(access.firstRun!.confirm!, { exact: true }).fill(forum.passphrase);
    await page.getByRole('button', { name: access.firstRun!.submit! }).click();
    await expect(this.heading(access.recoveryKey!.title!)).toBeVisible();
    const recoveryKey = (await page.locator('.recovery-key__value').textContent())!.trim();
    await page.getByRole('checkbox', { name: access.recoveryKey!.confirm! }).check();
    await page.getByRole('button', { name: access.recoveryKey!.continue! }).click();
    return recoveryKey;
  }

  async signIn(name: string = TEST_FORUM.admin, secret: string = TEST_FORUM.passphrase): Promise<void> {
    const { access } = await this.words();
    await expect(this.heading(access.signIn!.title!)).toBeVisible();
    await this.page.getByRole('combobox', { name: access.signIn!.who! }).selectOption({ label: name });
    await this.page.getByLabel(access.signIn!.secret!, { exact: true }).fill(secret);
    await this.page.getByRole('button', { name: access.signIn!.submit!, exact: true }).click();
  }

  async expectLocked(): Promise<void> {
    const { access } = await this.words();
    await expect(this.heading(access.signIn!.title!)).toBeVisible();
  }
}
