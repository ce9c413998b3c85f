/** The app as a person meets it: the navigation, a screen's heading, the status messages. */
import { expect, type Page } from '@playwright/test';
import { AccessGate } from './access';

export const AREAS = [
  { link: 'Today', heading: 'Today' },
  { link: 'Clients', heading: 'Clients' },
  { link: 'Clinics & appointments', heading: 'Clinics & appointments' },
  { link: 'Advice log', heading: 'Advice log' },
  { link: 'Referrals', heading: 'Referrals' },
  { link: 'Volunteers & rota', heading: 'Volunteers & rota' },
  { link: 'Reports', heading: 'Reports' },
  { link: 'Settings', heading: 'Settings' },
] as const;

export class SignpostApp {
  constructor(readonly page: Page) {}

  /** Opens the app at `path`, through first run (a fresh profile) or sign-in. */
  async open(path = '/') {
    await this.page.goto(`/#${path}`);
    await new AccessGate(this.page).pass();
  }

  /** Reloads the page, which locks the app, and signs in again. */
  async reload() {
    await this.page.reload();
    await new AccessGate(this.page).pass();
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  /**
   * Follows an address inside the running app (a bookmark, a link, a typed address)
   * without reloading it, so whoever is signed in stays signed in.
   */
  async followAddress(path: string) {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, path);
  }

  /** The names of the areas the rail offers, in order. */
  areaLinks() {
    return this.nav().getByRole('list').first().getByRole('link');
  }

  async goTo(link: string) {
    await this.nav().getByRole('link', { name: link, exact: true }).click();
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** The newest status message with this text (earlier ones may still be showing): news is a status, an error an alert. */
  status(text: string | RegExp) {
    return this.nav().getByRole('status').or(this.nav().getByRole('alert')).getByText(text).last();
  }
}

export class SettingsPage {
  constructor(readonly app: SignpostApp) {}

  demoPanel() {
    return this.app.page.getByRole('region', { name: 'Demo data' });
  }

  /**
   * Settings looks up bank holidays and checks every record as it opens, and the panels
   * below those move down when the answers arrive: a click aimed at a button that moves
   * between press and release lands beside it (CI lost "Load demo data" that way). A
   * person waits for the page to stop moving; so does a test. `panel` is rendered with the
   * panels above it, so once it shows, their loading lines are either showing or done.
   */
  async settled(panel = this.demoPanel()) {
    await expect(panel).toBeVisible();
    await expect(this.app.page.getByText('Looking up bank holidays…')).toHaveCount(0);
    await expect(this.app.page.getByText('Checking every record…')).toHaveCount(0);
  }

  async loadDemoData() {
    await this.settled();
    await this.demoPanel().getByRole('button', { name: 'Load demo data' }).click();
    // 1,500 records, each person's sealed under their own key: on a busy two-core machine
    // (CI beside other jobs) this took longer than the usual ten seconds a person waits for a click.
    await expect(this.app.status('Demo data loaded')).toBeVisible({ timeout: 30_000 });
  }

  async removeDemoData() {
    await this.settled();
    await this.demoPanel().getByRole('button', { name: 'Remove demo data' }).click();
    const dialog = this.app.page.getByRole('alertdialog', { name: 'Remove the demo data?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove demo data' }).click();
    await expect(this.app.status('Demo data removed')).toBeVisible();
  }
}
