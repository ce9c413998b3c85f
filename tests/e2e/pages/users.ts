/**
 * Settings → Users as the administrator uses it, and changing who is signed in: lock,
 * then sign in as someone else, as a volunteer at the shared laptop would.
 */
import { expect, type Page } from '@playwright/test';
import { AccessGate } from './access';
import { SignpostApp } from './signpost-app';

export type RoleName = 'Administrator' | 'Coordinator' | 'Adviser' | 'Front desk' | 'Committee';

export interface NewUser {
  name: string;
  role: RoleName;
  kind: 'PIN' | 'Passphrase';
  secret: string;
}

export class UsersPanel {
  readonly app: SignpostApp;
  constructor(readonly page: Page) {
    this.app = new SignpostApp(page);
  }

  panel() {
    return this.page.getByRole('region', { name: 'Users' });
  }

  /** Opens Settings from the rail and waits for the Users panel. */
  async open() {
    await this.app.goTo('Settings');
    await expect(this.panel()).toBeVisible();
  }

  row(name: string) {
    return this.panel().getByRole('row').filter({ has: this.page.getByRole('cell', { name: new RegExp(`^${name}`) }) });
  }

  async add(user: NewUser) {
    await this.panel().getByRole('button', { name: 'Add a user' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name', { exact: true }).fill(user.name);
    await dialog.getByLabel('Role', { exact: true }).selectOption({ label: user.role });
    await dialog.getByRole('radio', { name: user.kind === 'PIN' ? 'A PIN (digits)' : 'A passphrase (words)' }).check();
    await dialog.getByLabel(user.kind, { exact: true }).fill(user.secret);
    await dialog.getByLabel('Type it again').fill(user.secret);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    // The typed name is isolated in the sentence, so it keeps its own direction.
    await expect(this.app.status(`\u2068${user.name}\u2069 can now sign in.`)).toBeVisible();
    await expect(dialog).toBeHidden();
  }
}

/** Locks the app with its Lock button, then signs in as this person. */
export async function signInAs(page: Page, name: string, secret: string): Promise<void> {
  const app = new SignpostApp(page);
  await app.nav().getByRole('button', { name: 'Lock', exact: true }).click();
  const gate = new AccessGate(page);
  await gate.expectLocked();
  await gate.signIn(name, secret);
  await expect(app.nav()).toBeVisible();
}
